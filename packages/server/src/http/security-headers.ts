import type { FastifyInstance } from 'fastify';

/**
 * Headers on every response. The content security policy lets the app load only its own
 * scripts and talk only to its own origin; `no-referrer` keeps invitation tokens in page
 * addresses from leaking to other sites; framing is refused (no clickjacking).
 */
export const HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "manifest-src 'self'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "object-src 'none'",
  ].join('; '),
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
};

const NAMES = Object.keys(HEADERS);

export function installSecurityHeaders(app: FastifyInstance): void {
  // A callback hook, not an async one: it runs on every answer and never waits for anything.
  app.addHook('onSend', (_request, reply, payload, done) => {
    for (const name of NAMES) if (!reply.hasHeader(name)) void reply.header(name, HEADERS[name]);
    done(null, payload);
  });
}
