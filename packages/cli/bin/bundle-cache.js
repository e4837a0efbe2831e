// Runs a TypeScript entry module from one ES-module bundle that esbuild (the compiler tsx uses)
// makes on first use and keeps in node_modules/.cache/recipro. A bundle is used only while
// every file it was made from (sources, package.json and tsconfig files) holds the same bytes
// (compared by SHA-256; a few dozen small files, read in about a millisecond). Nothing here is
// a step to run by hand; when anything fails, the caller falls back to tsx.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Bump when the way bundles are made changes, so old ones are not reused. */
const FORMAT = 4;

/**
 * Imports the bundle of `entry` (an absolute path), made in `cacheDir` when missing or stale.
 * Rejects when the bundle can neither be found nor made.
 *
 * With `packages: 'external'`, only the project's own sources (relative imports and the
 * `@recipro/*` workspaces) and the packages in INLINED go into the bundle; every other package
 * is imported from the file it resolves to from the importing source. That keeps native modules
 * (better-sqlite3, argon2), packages that find their own files (PGlite's WebAssembly) and
 * packages that one workspace holds in another version (each workspace's own node_modules)
 * exactly as they are when the sources run through tsx.
 */
export async function importBundled(entry, cacheDir, { packages = 'bundle' } = {}) {
  const name = createHash('sha256')
    .update(`${FORMAT}\0${packages}\0${entry}`)
    .digest('hex')
    .slice(0, 16);
  const manifestPath = join(cacheDir, `${name}.json`);
  const manifest = readManifest(manifestPath);
  if (manifest !== null && manifest.inputs.every(isUnchanged)) {
    return import(pathToFileURL(join(cacheDir, manifest.bundle)).href);
  }
  const bundle = await makeBundle(entry, packages === 'external');
  mkdirSync(cacheDir, { recursive: true });
  // Content-addressed bundle files never change once written; the manifest is replaced whole.
  const bundleName = `${name}-${createHash('sha256').update(bundle.code).digest('hex').slice(0, 16)}.mjs`;
  writeAtomically(join(cacheDir, bundleName), bundle.code);
  writeAtomically(
    manifestPath,
    JSON.stringify({ bundle: bundleName, inputs: bundle.inputs.map(fingerprint) }),
  );
  // Earlier bundles of this entry are never used again.
  for (const file of readdirSync(cacheDir)) {
    if (file.startsWith(`${name}-`) && file.endsWith('.mjs') && file !== bundleName) {
      rmSync(join(cacheDir, file), { force: true });
    }
  }
  return import(pathToFileURL(join(cacheDir, bundleName)).href);
}

/**
 * Pure ES-module packages of hundreds of small files that only recipro's own sources import:
 * bundled in even with `packages: 'external'`, because finding and loading their files one by
 * one took about 0.5 s of every command's start. Each counts as one input, its package.json.
 */
const INLINED = new Set(['kysely', 'typebox']);

/** The package a bare import names: `kysely` for `kysely/helpers/sqlite`, `@a/b` for `@a/b/c`. */
const packageOf = (specifier) =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');

/**
 * The files a bundle depends on, for its fingerprint: each source, except that a bundled
 * package's files count as its package.json (a package changes only with its version).
 */
function inputsOf(metafileInputs) {
  const inputs = new Set();
  for (const input of metafileInputs.map((path) => resolve(path))) {
    const inPackage = /^(.*[\\/]node_modules[\\/](?:@[^\\/]+[\\/])?[^\\/]+)[\\/]/.exec(input);
    inputs.add(inPackage ? join(inPackage[1], 'package.json') : input);
  }
  return [...inputs];
}

async function makeBundle(entry, externalPackages) {
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    write: false,
    metafile: true,
    logLevel: 'silent',
    plugins: externalPackages ? [packagesWhereTheyAre] : [],
  });
  const sources = inputsOf(Object.keys(result.metafile.inputs));
  // Files that change how the sources are read without being sources themselves.
  const settings = new Set();
  for (const source of sources.filter((path) => !/[\\/]node_modules[\\/]/.test(path))) {
    for (let dir = dirname(source); dir !== dirname(dir); dir = dirname(dir)) {
      for (const file of ['package.json', 'tsconfig.json', 'tsconfig.base.json']) {
        settings.add(join(dir, file));
      }
    }
  }
  return { code: result.outputFiles[0].contents, inputs: [...sources, ...settings] };
}

/**
 * Leaves every package but the project's own workspaces out of the bundle, imported by the
 * absolute path it resolves to from the source that imports it.
 */
const packagesWhereTheyAre = {
  name: 'packages-where-they-are',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, async (args) => {
      if (args.pluginData === 'resolving' || args.path.startsWith('node:')) return undefined;
      if (args.path.startsWith('@recipro/') || INLINED.has(packageOf(args.path))) return undefined;
      const found = await build.resolve(args.path, {
        kind: args.kind,
        importer: args.importer,
        resolveDir: args.resolveDir,
        pluginData: 'resolving',
      });
      if (found.errors.length > 0) return undefined;
      return { path: found.path, external: true };
    });
  },
};

/** Path and content hash of a file; a missing file is recorded as missing. */
function fingerprint(path) {
  try {
    return { path, sha256: createHash('sha256').update(readFileSync(path)).digest('hex') };
  } catch {
    return { path, sha256: null };
  }
}

function isUnchanged(recorded) {
  return fingerprint(recorded.path).sha256 === recorded.sha256;
}

function readManifest(path) {
  try {
    const manifest = JSON.parse(readFileSync(path, 'utf8'));
    return typeof manifest.bundle === 'string' && Array.isArray(manifest.inputs) ? manifest : null;
  } catch {
    return null;
  }
}

function writeAtomically(path, data) {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, data);
  renameSync(temporary, path);
}
