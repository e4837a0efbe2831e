import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { Clock } from '../clock.ts';
import type { UserRecord } from '../repositories/users.ts';
import type { AuthService } from '../services/auth.ts';
import type { CirclesService } from '../services/circles.ts';
import { ReadCache } from './read-cache.ts';
import { requireUser } from './session.ts';

/**
 * How long an answer computed from unchanged data stays the answer. Views of balance count whole
 * UTC days, and a minute boundary is a day boundary too; within a minute the decayed view moves
 * by less than a thousandth of a percent and a season may end up to a minute late.
 */
export const READ_RESOLUTION_MS = 60_000;

/** The 304 a route that answers through `CircleReads` documents next to its 200. */
export const NotModified = Type.Null({
  description: 'Unchanged since the answer whose ETag was sent in If-None-Match',
});

/**
 * Reads that cost nothing twice: a circle's derived views (balance, series, summary, load,
 * review) are answered from memory, or with 304 Not Modified, while nothing in the circle has
 * changed. Each answer is keyed by what it is computed from: the request (path and query), who
 * asks (private items and "your" views differ per person), the circle's version (which every
 * write to the circle moves in its own transaction, so the key is right across processes) and
 * the minute (what passing time changes). Membership is checked on every request, cached or not.
 */
export class CircleReads {
  private readonly cache: ReadCache;

  /** `cacheMb`: what the process keeps, keys and answers together (0: nothing, only 304s). */
  constructor(
    private readonly auth: AuthService,
    private readonly circles: CirclesService,
    private readonly clock: Clock,
    cacheMb: number,
  ) {
    // Answers are JSON, nearly all one byte per character.
    this.cache = new ReadCache(cacheMb * 1024 * 1024);
  }

  /** Answers `request` with what `compute` gives for its user, or what it gave before. */
  async answer(
    request: FastifyRequest,
    reply: FastifyReply,
    circleId: string,
    compute: (user: UserRecord) => Promise<unknown>,
  ): Promise<FastifyReply> {
    // The user, their membership and the circle's version in one query (the routes that answer
    // through here take `lazySession`). First the version, then the data: what is cached under
    // a version is never older than it.
    const found = request.sessionToken
      ? await this.auth.userInCircle(request.sessionToken, circleId)
      : undefined;
    request.user = found?.user ?? null;
    const user = requireUser(request);
    // Not a member: the same refusal as every other read of the circle (pending or not found).
    const version = found?.version ?? (await this.circles.refuse(user, circleId));
    const minute = Math.floor(this.clock.now() / READ_RESOLUTION_MS);
    const key = `${request.url}\n${user.id}\n${version}\n${minute}`;
    const etag = `W/"${createHash('sha256').update(key).digest('base64url').slice(0, 27)}"`;
    // The browser may keep it, never a shared cache, and asks again each time (If-None-Match).
    void reply.header('etag', etag).header('cache-control', 'private, no-cache');
    if (matches(request.headers['if-none-match'], etag)) return reply.code(304).send();

    let body = this.cache.get(key);
    if (body === undefined) {
      // The route's own serializer (its response schema), as Fastify would have used.
      const serialized = reply.serialize(await compute(user));
      body = typeof serialized === 'string' ? serialized : new TextDecoder().decode(serialized);
      this.cache.set(key, body);
    }
    return reply.type('application/json; charset=utf-8').send(body);
  }

  /** What the process holds (for tests and benchmarks). */
  get stats(): { entries: number; chars: number } {
    return this.cache.stats;
  }
}

/** If-None-Match against an ETag, by weak comparison (RFC 9110 §13.1.2). */
export function matches(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  if (header.trim() === '*') return true;
  const opaque = etag.replace(/^W\//, '');
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === opaque);
}
