import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../config.ts';
import { AppError } from '../errors.ts';
import type { UserRecord } from '../repositories/users.ts';
import type { AuthService, SessionOrigin, SignedIn } from '../services/auth.ts';

export const SESSION_COOKIE = 'recipro_session';

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * The route finds its user itself, together with what else it reads in the same query
     * (http/circle-reads.ts): the session hook only notes the token.
     */
    lazySession?: boolean;
  }
}

/** Reads the session cookie on every request and sets `request.user` (see `lazySession`). */
export function installSession(app: FastifyInstance, auth: AuthService): void {
  app.decorateRequest('user', null);
  app.decorateRequest('sessionToken', null);
  app.addHook('onRequest', async (request) => {
    const token = request.cookies[SESSION_COOKIE];
    if (!token) return;
    request.sessionToken = token;
    if (request.routeOptions.config.lazySession) return;
    request.user = (await auth.userForToken(token)) ?? null;
  });
}

/** The signed-in user; 401 for anonymous requests. */
export function requireUser(request: FastifyRequest): UserRecord {
  if (!request.user) throw new AppError('unauthenticated', 'Please sign in first.');
  return request.user;
}

/** What a new session remembers about where it was started. */
export const sessionOrigin = (request: FastifyRequest): SessionOrigin => ({
  userAgent: request.headers['user-agent'] ?? null,
});

export function setSessionCookie(reply: FastifyReply, config: Config, session: SignedIn): void {
  reply.setCookie(SESSION_COOKIE, session.token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: config.cookieSecure,
    path: '/',
    expires: session.expiresAt,
  });
}

export function clearSessionCookie(reply: FastifyReply, config: Config): void {
  reply.clearCookie(SESSION_COOKIE, {
    httpOnly: true,
    sameSite: 'lax',
    secure: config.cookieSecure,
    path: '/',
  });
}
