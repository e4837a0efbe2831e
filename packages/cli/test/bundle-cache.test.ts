// bin/bundle-cache.js: the bundle `recipro analyze` runs from is remade whenever a file it
// was made from changes, and reused while none does.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const cacheModule = pathToFileURL(join(import.meta.dirname, '..', 'bin', 'bundle-cache.js')).href;

/** Imports `entry` through the bundle cache in a fresh process; prints its `value` export. */
const valueOf = (entry: string, cache: string, packages = 'bundle'): string => {
  const script = `const { importBundled } = await import(${JSON.stringify(cacheModule)});
const m = await importBundled(${JSON.stringify(entry)}, ${JSON.stringify(cache)}, { packages: ${JSON.stringify(packages)} });
console.log(m.value);`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    encoding: 'utf8',
  });
  expect(r.stderr).toBe('');
  return r.stdout.trim();
};

describe('bundle cache', () => {
  it('reuses a bundle while its sources are unchanged and remakes it when one changes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'recipro-bundle-'));
    const cache = join(dir, 'cache');
    const entry = join(dir, 'entry.ts');
    const part = join(dir, 'part.ts');
    writeFileSync(entry, "import { n } from './part.ts';\nexport const value: number = n + 1;\n");
    writeFileSync(part, 'export const n = 1;\n');
    expect(valueOf(entry, cache)).toBe('2');
    const bundles = readdirSync(cache).filter((f) => f.endsWith('.mjs'));
    expect(bundles).toHaveLength(1);

    expect(valueOf(entry, cache)).toBe('2');
    expect(readdirSync(cache).filter((f) => f.endsWith('.mjs'))).toEqual(bundles);

    // Same size and (at this clock's resolution, maybe) the same modification time.
    writeFileSync(part, 'export const n = 5;\n');
    expect(valueOf(entry, cache)).toBe('6');
    // The old bundle is gone; only the new one is kept.
    const now = readdirSync(cache).filter((f) => f.endsWith('.mjs'));
    expect(now).toHaveLength(1);
    expect(now).not.toEqual(bundles);

    // A file that changes how sources are read (here a tsconfig.json appearing) counts too.
    const manifest = readdirSync(cache).find((f) => f.endsWith('.json'))!;
    const before = readFileSync(join(cache, manifest), 'utf8');
    writeFileSync(join(dir, 'tsconfig.json'), '{}\n');
    expect(valueOf(entry, cache)).toBe('6');
    expect(readFileSync(join(cache, manifest), 'utf8')).not.toBe(before);
  });

  it('leaves packages out of an "external" bundle, each loaded from where its importer finds it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'recipro-bundle-'));
    const cache = join(dir, 'cache');
    const source = join(dir, 'src');
    // The source's own node_modules holds a version that a bundle elsewhere would not find.
    const pkg = join(source, 'node_modules', 'shelf');
    mkdirSync(pkg, { recursive: true });
    writeFileSync(join(pkg, 'package.json'), '{"name":"shelf","main":"index.js"}\n');
    writeFileSync(join(pkg, 'index.js'), 'module.exports = { n: 41, where: __dirname };\n');
    const entry = join(source, 'entry.ts');
    writeFileSync(
      entry,
      "import shelf from 'shelf';\nexport const value = `${shelf.n + 1} ${shelf.where}`;\n",
    );

    expect(valueOf(entry, cache, 'external')).toBe(`42 ${pkg}`);
    const bundle = readdirSync(cache).find((f) => f.endsWith('.mjs'))!;
    const code = readFileSync(join(cache, bundle), 'utf8');
    expect(code).not.toContain('__dirname');
    expect(code).toContain(join(pkg, 'index.js'));
  });
});
