/**
 * The service worker: keeps the app shell (HTML, scripts, styles, icons) so recipro opens
 * without a network. It never caches /api responses: care data always comes from the server.
 */

declare const self: ServiceWorkerGlobalScope;
/** Replaced at build time by build/service-worker-shell.ts. */
declare const RECIPRO_SHELL_FILES: { readonly version: string; readonly files: readonly string[] };

const SHELL = RECIPRO_SHELL_FILES;
const CACHE_PREFIX = 'recipro-shell-';
const CACHE_NAME = `${CACHE_PREFIX}${SHELL.version}`;
const SHELL_PATHS = new Set(SHELL.files);

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE_NAME)
      .then((cache) => cache.addAll([...SHELL.files]))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(
          names
            .filter((name) => name.startsWith(CACHE_PREFIX) && name !== CACHE_NAME)
            .map((name) => caches.delete(name)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

/** Page loads: the network first, so a new build shows at once; the cached shell offline. */
async function fromNetworkOrShell(request: Request): Promise<Response> {
  try {
    return await fetch(request);
  } catch (error) {
    const cached = (await caches.match('/index.html')) ?? (await caches.match('/'));
    if (cached) return cached;
    throw error;
  }
}

/** Shell files carry content hashes in their names, so a cached copy is always right. */
async function fromCacheOrNetwork(request: Request): Promise<Response> {
  const cached = await caches.match(request);
  return cached ?? fetch(request);
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  // The API is never served from or written to a cache.
  if (url.pathname === '/api' || url.pathname.startsWith('/api/')) return;
  if (request.mode === 'navigate') {
    event.respondWith(fromNetworkOrShell(request));
    return;
  }
  if (SHELL_PATHS.has(url.pathname)) {
    event.respondWith(fromCacheOrNetwork(request));
  }
});

export {};
