import type { Plugin } from 'vite';

/** The identifier in src/sw.ts that this plugin replaces with the list of shell files. */
const PLACEHOLDER = 'RECIPRO_SHELL_FILES';

export interface ServiceWorkerShellOptions {
  /** Name of the build entry that is the service worker. */
  readonly entryName: string;
  /** Root-relative URLs of files copied from public/ that belong to the app shell. */
  readonly publicFiles: readonly string[];
}

/** A small, stable, non-cryptographic hash (FNV-1a, 32 bit) as 8 hex digits. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/**
 * Writes the app shell's file list into the service worker after bundling, so the worker can
 * precache exactly the files of this build. Build file names carry content hashes, so a hash of
 * the list changes whenever the shell does; it names the cache, and old caches are dropped.
 */
export function serviceWorkerShell(options: ServiceWorkerShellOptions): Plugin {
  return {
    name: 'recipro-service-worker-shell',
    apply: 'build',
    enforce: 'post',
    generateBundle(_output, bundle) {
      const worker = Object.values(bundle).find(
        (item) => item.type === 'chunk' && item.isEntry && item.name === options.entryName,
      );
      if (!worker || worker.type !== 'chunk') {
        this.error(`service worker entry "${options.entryName}" not found in the bundle`);
      }
      const built = Object.keys(bundle)
        // The build's own manifest (.vite/) is for tools, never served to the app.
        .filter(
          (file) =>
            file !== worker.fileName && !file.endsWith('.map') && !file.startsWith('.vite/'),
        )
        .map((file) => `/${file}`);
      const files = [...options.publicFiles, ...built].sort();
      const shell = { version: fnv1a(files.join('\n')), files };
      if (!worker.code.includes(PLACEHOLDER)) {
        this.error(`service worker does not reference ${PLACEHOLDER}`);
      }
      worker.code = worker.code.split(PLACEHOLDER).join(JSON.stringify(shell));
    },
  };
}
