import type { FastifyInstance } from 'fastify';
import type { Config } from '../config.ts';
import { AppError } from '../errors.ts';
import { originOf } from './origin.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Defence against cross-site request forgery for cookie sessions, in three layers:
 * 1. the cookie is SameSite=Lax, so browsers leave it off cross-site POSTs;
 * 2. bodies must be JSON (the text/plain parser is removed), which a cross-site form cannot send
 *    without a CORS preflight that this server never grants;
 * 3. a state-changing request whose `Sec-Fetch-Site` says cross-site, or whose `Origin` is not
 *    this server's, is refused before any handler runs.
 */
export function installCsrfDefence(app: FastifyInstance, config: Config): void {
  // A callback hook, not an async one: it runs on every request and never waits for anything.
  app.addHook('onRequest', (request, _reply, done) => {
    if (SAFE_METHODS.has(request.method)) return done();
    if (request.headers['sec-fetch-site'] === 'cross-site') return done(refused());
    const origin = request.headers.origin;
    if (origin !== undefined && origin !== originOf(request, config)) return done(refused());
    done();
  });
}

const refused = () =>
  new AppError('forbidden', 'This request came from another site and was refused.');
