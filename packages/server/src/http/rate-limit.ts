import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../errors.ts';
import type { RateLimiter, RateRule } from '../services/rate-limits.ts';

/**
 * A preHandler that counts the request under `key` in the database and refuses it (429, with
 * Retry-After) past the rule. It runs after the body is parsed and validated, so a key may use
 * the body (e.g. the email of a sign-in); a null key counts nothing.
 */
export const limitRequests =
  (limiter: RateLimiter, rule: RateRule, key: (request: FastifyRequest) => string | null) =>
  async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    const k = key(request);
    if (k === null) return;
    const verdict = await limiter.hit(k, rule);
    if (!verdict.allowed) {
      void reply.header('retry-after', String(verdict.retryAfterSeconds));
      throw new AppError('rate_limited', verdict.message);
    }
  };
