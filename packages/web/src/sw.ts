/**
 * The service worker: keeps the app shell (HTML, scripts, styles, icons) so recipro opens
 * without a network. It never caches /api responses: care data always comes from the server.
 * It also shows ritual reminders that arrive by web push, and opens the app when one is tapped.
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

/** A reminder from the server: JSON `{title, body, url}`; anything else still shows gently. */
interface PushPayload {
  readonly title: string;
  readonly body: string;
  readonly url: string;
}

function readPush(data: PushMessageData | null): PushPayload {
  const fallback: PushPayload = { title: 'recipro', body: '', url: '/' };
  if (!data) return fallback;
  try {
    const parsed = data.json() as Partial<Record<keyof PushPayload, unknown>>;
    return {
      title: typeof parsed.title === 'string' && parsed.title ? parsed.title : fallback.title,
      body: typeof parsed.body === 'string' ? parsed.body : '',
      url: typeof parsed.url === 'string' ? parsed.url : '/',
    };
  } catch {
    return { ...fallback, body: data.text() };
  }
}

/** Only addresses of this app are opened from a notification. */
function sameOriginUrl(url: string): string {
  try {
    const target = new URL(url, self.location.origin);
    return target.origin === self.location.origin ? target.href : self.location.origin + '/';
  } catch {
    return self.location.origin + '/';
  }
}

self.addEventListener('push', (event) => {
  const { title, body, url } = readPush(event.data);
  event.waitUntil(
    self.registration.showNotification(title, {
      body,
      icon: '/icon.svg',
      badge: '/icon.svg',
      data: { url: sameOriginUrl(url) },
    }),
  );
});

/** A tap on a reminder: focus a recipro window (moving it to the reminder's page) or open one. */
async function openFromNotification(url: string): Promise<void> {
  const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
  const existing = windows.find((client) => new URL(client.url).origin === self.location.origin);
  if (existing) {
    const focused = await existing.focus();
    if (focused.url !== url) await focused.navigate(url);
    return;
  }
  await self.clients.openWindow(url);
}

self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const data = event.notification.data as { url?: unknown } | null;
  const url = typeof data?.url === 'string' ? data.url : self.location.origin + '/';
  event.waitUntil(openFromNotification(url));
});

export {};
