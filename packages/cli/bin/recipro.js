#!/usr/bin/env node
// The `recipro` command. The sources are TypeScript, run through tsx so that the CLI, the
// server and the tests all execute the same files with no separate compile step.
//
// `recipro analyze` is a one-off command over a file, where start-up counts: tsx's loader
// (Node 20 runs it on its own thread and passes every module through it) takes about 0.3 s
// before the first line of the analysis runs. So `analyze` runs from a bundle of its modules
// that esbuild makes on first use and remakes whenever a source changes (bundle-cache.js),
// and from the sources through tsx when no bundle can be made or kept.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const argv = process.argv.slice(2);
if (argv[0] === 'analyze') {
  process.exitCode = await (await loadAnalyze()).analyzeMain(argv.slice(1));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  const { main } = await import('../src/main.ts');
  process.exitCode = await main(argv);
}

async function loadAnalyze() {
  const entry = fileURLToPath(new URL('../src/analyze-main.ts', import.meta.url));
  try {
    const { importBundled } = await import('./bundle-cache.js');
    // node_modules/esbuild/lib/main.js → node_modules/.cache/recipro, where tools keep caches.
    const esbuild = createRequire(import.meta.url).resolve('esbuild');
    const modules = dirname(dirname(dirname(esbuild)));
    return await importBundled(entry, join(modules, '.cache', 'recipro'));
  } catch {
    const { register } = await import('tsx/esm/api');
    register();
    return import('../src/analyze-main.ts');
  }
}
