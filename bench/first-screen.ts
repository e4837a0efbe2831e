// The JavaScript the first screen loads, gzipped, against the budget of issue 14 (120 KB):
// the app's entry chunk and every chunk it imports statically, read from Vite's manifest of
// the last build (packages/web/dist/.vite/manifest.json). Exits 1 over budget. For the screens
// a visit most often starts on, it also prints that plus the screen's own chunk (loaded at the
// same time, see Routes.tsx), and each other language's catalogue, to watch.
//
//   npm run build && npm run check:bundle
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 120;
const DIST = new URL('../packages/web/dist/', import.meta.url);

/** One entry of Vite's manifest (only what is read here). */
interface Chunk {
  readonly file: string;
  readonly isEntry?: boolean;
  readonly imports?: readonly string[];
}

/** The screens a visit most often starts on: signed out, the list of circles, a circle's home. */
const FIRST_SCREENS = [
  'src/screens/SignInScreen.tsx',
  'src/screens/HomeScreen.tsx',
  'src/screens/CircleScreen.tsx',
];

const manifest = JSON.parse(await readFile(new URL('.vite/manifest.json', DIST), 'utf8')) as Record<
  string,
  Chunk
>;

/** `key` and every chunk it imports statically, as manifest keys. */
function closure(key: string, into = new Set<string>()): Set<string> {
  if (into.has(key)) return into;
  const chunk = manifest[key];
  if (!chunk) throw new Error(`first-screen: "${key}" is not in the manifest`);
  into.add(key);
  for (const imported of chunk.imports ?? []) closure(imported, into);
  return into;
}

const gzipped = new Map<string, number>();
async function gzipKb(key: string): Promise<number> {
  const file = manifest[key]!.file;
  if (!gzipped.has(file)) {
    gzipped.set(file, gzipSync(await readFile(new URL(file, DIST)), { level: 9 }).length / 1024);
  }
  return gzipped.get(file)!;
}

async function sizeOf(keys: Iterable<string>): Promise<number> {
  let total = 0;
  for (const key of keys) if (manifest[key]!.file.endsWith('.js')) total += await gzipKb(key);
  return total;
}

const entry = Object.keys(manifest).find((key) => key.endsWith('index.html'));
if (!entry || !manifest[entry]?.isEntry) throw new Error('first-screen: no index.html entry');
const shell = closure(entry);
const rows: { name: string; kb: number }[] = [{ name: 'app shell', kb: await sizeOf(shell) }];
for (const screen of FIRST_SCREENS) {
  rows.push({ name: screen, kb: await sizeOf(closure(screen, new Set(shell))) });
}

// A reader of another language also loads its catalogue before the first screen (main.tsx).
const languages: { name: string; kb: number }[] = [];
for (const locale of ['es', 'hi', 'ar']) {
  const key = `src/i18n/${locale}.ts`;
  if (manifest[key]) {
    languages.push({
      name: `+ ${locale} catalogue`,
      kb: (await sizeOf(closure(key, new Set(shell)))) - rows[0]!.kb,
    });
  }
}

for (const [i, { name, kb }] of rows.entries()) {
  const verdict = i > 0 ? '(with the screen)' : kb <= BUDGET_KB ? 'ok' : 'OVER';
  console.log(`${name.padEnd(34)} ${kb.toFixed(1).padStart(6)} KB gzipped  ${verdict}`);
}
for (const { name, kb } of languages) {
  const total = (rows[0]!.kb + kb).toFixed(1);
  console.log(
    `${name.padEnd(34)} ${kb.toFixed(1).padStart(6)} KB gzipped  (shell with it: ${total} KB)`,
  );
}
console.log(`budget: ${BUDGET_KB} KB gzipped for the app shell the first screen loads`);
if (rows[0]!.kb > BUDGET_KB) process.exit(1);
