import type { FastifyRequest } from 'fastify';
import type { Config } from '../config.ts';

/**
 * This server's own origin, as people reach it: `PUBLIC_URL` when set (behind a proxy), else the
 * request's protocol and host. Addresses the API hands out (invitations, the calendar feed,
 * report links) start with it; the cross-site check compares `Origin` with it.
 */
export const originOf = (request: FastifyRequest, config: Config): string =>
  config.publicUrl ?? `${request.protocol}://${request.host}`;
