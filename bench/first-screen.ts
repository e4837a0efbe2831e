// The JavaScript the first screen loads, gzipped, against the budget of issue 14 (120 KB):
// the app's entry chunk, every chunk it imports statically, and the English catalogue's chunk
// (main.tsx loads the reader's language before the first render), read from Vite's manifest of
// the last build (packages/web/dist/.vite/manifest.json). Exits 1 over budget. For the screens
// a visit most often starts on, it also prints that plus the screen's own chunk (loaded at the
// same time, see Routes.tsx), and the shell with each other language's catalogue, to watch.
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
const shellKb = await sizeOf(shell);

/** A language's catalogue chunk, which main.tsx loads before the first render, beside the shell. */
async function catalogueKb(locale: string): Promise<number> {
  const key = `src/i18n/${locale}.ts`;
  if (!manifest[key]) throw new Error(`first-screen: no catalogue chunk for ${locale}`);
  return (await sizeOf(closure(key, new Set(shell)))) - shellKb;
}

// What the first screen loads is the shell and the reader's language: held to the budget in
// English (the catalogue every other language translates), printed for the others to watch.
const english = shellKb + (await catalogueKb('en'));
const rows: { name: string; kb: number; verdict: string }[] = [
  { name: 'app shell', kb: shellKb, verdict: '' },
  { name: 'app shell + en catalogue', kb: english, verdict: english <= BUDGET_KB ? 'ok' : 'OVER' },
];
for (const locale of ['es', 'hi', 'ar']) {
  rows.push({
    name: `app shell + ${locale} catalogue`,
    kb: shellKb + (await catalogueKb(locale)),
    verdict: '(to watch)',
  });
}
for (const screen of FIRST_SCREENS) {
  rows.push({
    name: `${screen} (+ en)`,
    kb: english - shellKb + (await sizeOf(closure(screen, new Set(shell)))),
    verdict: '(with the screen)',
  });
}

for (const { name, kb, verdict } of rows) {
  console.log(`${name.padEnd(40)} ${kb.toFixed(1).padStart(6)} KB gzipped  ${verdict}`);
}
console.log(
  `budget: ${BUDGET_KB} KB gzipped for the app shell and the English catalogue the first screen loads`,
);
if (english > BUDGET_KB) process.exit(1);
