import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { precompileMessages } from './build/precompile-messages.ts';
import { serviceWorkerShell } from './build/service-worker-shell.ts';

/** Files from public/ that the app shell needs offline (hashed build files are added too). */
const PUBLIC_SHELL = ['/', '/manifest.webmanifest', '/icon.svg', '/icon-maskable.svg'];

const here = (relative: string): string =>
  decodeURIComponent(new URL(relative, import.meta.url).pathname);

/**
 * Two entries: the app (index.html) and the hand-written service worker, which must be served
 * from the site root as /sw.js so that its scope covers every page.
 */
export default defineConfig(({ command }) => ({
  plugins: [
    react(),
    precompileMessages(),
    serviceWorkerShell({ entryName: 'sw', publicFiles: PUBLIC_SHELL }),
  ],
  // Messages are compiled by the build (build/precompile-messages.ts), so the app ships
  // FormatJS's parser-less build; development parses messages as they are first shown.
  resolve:
    command === 'build'
      ? {
          alias: {
            '@formatjs/icu-messageformat-parser': '@formatjs/icu-messageformat-parser/no-parser.js',
          },
        }
      : {},
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // dist/.vite/manifest.json: what each chunk imports, for `npm run check:bundle`.
    manifest: true,
    rolldownOptions: {
      input: { main: here('./index.html'), sw: here('./src/sw.ts') },
      output: {
        entryFileNames: (chunk) => (chunk.name === 'sw' ? 'sw.js' : 'assets/[name]-[hash].js'),
      },
    },
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:3000' },
  },
}));
