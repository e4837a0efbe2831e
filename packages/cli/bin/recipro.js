#!/usr/bin/env node
// The `recipro` command. The sources are TypeScript; nobody runs a build step.
//
// Start-up counts (`npm start`, every `recipro` a script or test runs): through tsx, Node 20
// passes each of the server's few hundred modules through a loader on its own thread, about
// 2 s of work before `serve` listens. So a command runs from one ES-module bundle of the
// project's own sources that esbuild (tsx's compiler) makes on first use and remakes whenever
// a source changes (bundle-cache.js); other packages are imported where they are installed.
// `recipro analyze` has a bundle of its own, with nothing of the server in it, which its worker
// threads load too. When no bundle can be made or kept, or RECIPRO_NO_BUNDLE is set, the
// sources run through tsx.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const argv = process.argv.slice(2);
if (argv[0] === 'analyze') {
  const { analyzeMain } = await load('../src/analyze-main.ts', 'bundle');
  process.exitCode = await analyzeMain(argv.slice(1));
} else {
  const { main } = await load('../src/main.ts', 'external');
  process.exitCode = await main(argv);
}

async function load(source, packages) {
  const entry = fileURLToPath(new URL(source, import.meta.url));
  if (!process.env.RECIPRO_NO_BUNDLE) {
    try {
      const { importBundled } = await import('./bundle-cache.js');
      // node_modules/esbuild/lib/main.js → node_modules/.cache/recipro, where tools keep caches.
      const esbuild = createRequire(import.meta.url).resolve('esbuild');
      const modules = dirname(dirname(dirname(esbuild)));
      return await importBundled(entry, join(modules, '.cache', 'recipro'), { packages });
    } catch {
      // Run from the sources below.
    }
  }
  const { register } = await import('tsx/esm/api');
  register();
  return import(entry);
}
