import { createECDH, randomBytes, type ECDH } from 'node:crypto';
import http from 'node:http';
// @ts-expect-error http_ece ships no types; its decrypt(buffer, params) is all we use.
import ece from 'http_ece';

export interface ReceivedPush {
  readonly path: string;
  readonly headers: http.IncomingHttpHeaders;
  /** The decrypted payload, parsed as JSON. */
  readonly message: unknown;
}

/**
 * A local stand-in for a browser's push service: it hands out subscriptions whose keys it holds
 * (as a browser would), decrypts what the server sends (aes128gcm), and can answer 410 Gone,
 * 503 or a redirect. `requests` counts every request that reached it, whatever the answer.
 */
export async function startPushService() {
  const received: ReceivedPush[] = [];
  const keys = new Map<string, { ecdh: ECDH; auth: Buffer }>();
  const gone = new Set<string>();
  const failing = new Set<string>();
  const redirects = new Map<string, string>();
  let requests = 0;
  const server = http.createServer((request, response) => {
    requests += 1;
    const chunks: Buffer[] = [];
    request.on('data', (c: Buffer) => chunks.push(c));
    request.on('end', () => {
      const path = request.url ?? '';
      if (gone.has(path)) {
        response.writeHead(410).end();
        return;
      }
      const location = redirects.get(path);
      if (location) {
        response.writeHead(307, { location }).end();
        return;
      }
      if (failing.has(path)) {
        response.writeHead(503).end();
        return;
      }
      const key = keys.get(path);
      if (!key) {
        response.writeHead(404).end();
        return;
      }
      const plain: Buffer = ece.decrypt(Buffer.concat(chunks), {
        version: 'aes128gcm',
        privateKey: key.ecdh,
        authSecret: key.auth,
      });
      received.push({
        path,
        headers: request.headers,
        message: JSON.parse(plain.toString('utf8')),
      });
      response.writeHead(201).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  let n = 0;
  return {
    received,
    /** How many requests reached this service, answered or not. */
    get requests() {
      return requests;
    },
    /** The address the service listens at, e.g. http://127.0.0.1:41234 */
    base,
    /** A new subscription, as `PushManager.subscribe()` would return it. */
    subscription() {
      const ecdh = createECDH('prime256v1');
      ecdh.generateKeys();
      const auth = randomBytes(16);
      const path = `/push/${(n += 1)}`;
      keys.set(path, { ecdh, auth });
      return {
        endpoint: `${base}${path}`,
        keys: {
          p256dh: ecdh.getPublicKey().toString('base64url'),
          auth: auth.toString('base64url'),
        },
      };
    },
    /** From now on, answer 503 (a push service having a bad moment) for this endpoint. */
    fail(endpoint: string) {
      failing.add(new URL(endpoint).pathname);
    },
    /** From now on, answer 307 for this endpoint, pointing at `location`. */
    redirect(endpoint: string, location: string) {
      redirects.set(new URL(endpoint).pathname, location);
    },
    /** From now on, answer 410 Gone for this endpoint. */
    expire(endpoint: string) {
      gone.add(new URL(endpoint).pathname);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
