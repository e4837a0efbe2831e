import { AppError } from '../../errors.ts';
import { perMinute } from '../../services/rate-limits.ts';
import { limitRequests } from '../rate-limit.ts';
import { clearSessionCookie, requireUser } from '../session.ts';
import { User, errors } from '../schemas.ts';
import {
  AcceptedEmpty,
  ChangePasswordBody,
  SessionList,
  SessionParams,
  UpdateProfileBody,
} from '../schemas-account.ts';
import type { App, AppContext } from '../types.ts';
import { presentUser } from './auth.ts';
import { PageQuery } from '../schemas-paging.ts';

const tags = ['account'];

/** The token of the request's own session (there is one whenever a user is signed in). */
const sessionToken = (request: { sessionToken: string | null }): string => {
  if (!request.sessionToken) throw new AppError('unauthenticated', 'Please sign in first.');
  return request.sessionToken;
};

export function accountRoutes(app: App, { config, services }: AppContext): void {
  app.patch(
    '/me',
    {
      schema: {
        tags,
        summary:
          'Change your name (also in every circle), email (with email on, the new address waits for its confirmation link) or language, or leave or reopen the first-run path',
        body: UpdateProfileBody,
        response: { 200: User, ...errors(400, 401, 409, 429) },
      },
    },
    async (request) =>
      presentUser(await services.profile.update(requireUser(request), request.body)),
  );

  app.put(
    '/me/password',
    {
      preHandler: limitRequests(
        services.rateLimits,
        perMinute(config.signInPerMinute),
        (request) => (request.user ? `password|${request.user.id}` : null),
      ),
      schema: {
        tags,
        summary: 'Change your password; every other session ends, this one stays signed in',
        body: ChangePasswordBody,
        response: { 204: { type: 'null' }, ...errors(400, 401, 403, 429) },
      },
    },
    async (request, reply) => {
      const user = requireUser(request);
      await services.auth.changePassword(user, sessionToken(request), request.body);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/me/email/confirmation',
    {
      schema: {
        tags,
        summary:
          'Send a new confirmation link to your pending (or unconfirmed) address; at most three an hour',
        response: { 202: AcceptedEmpty, ...errors(401, 409, 429) },
      },
    },
    async (request, reply) => {
      await services.profile.resendConfirmation(requireUser(request));
      return reply.status(202).send();
    },
  );

  app.get(
    '/me/sessions',
    {
      schema: {
        tags,
        summary: 'Where you are signed in (unexpired sessions, newest first, a page at a time)',
        querystring: PageQuery,
        response: { 200: SessionList, ...errors(400, 401) },
      },
    },
    async (request) => {
      const page = await services.sessions.list(
        requireUser(request),
        sessionToken(request),
        request.query,
      );
      return { sessions: page.items, next: page.next };
    },
  );

  app.delete(
    '/me/sessions/:id',
    {
      schema: {
        tags,
        summary: 'End one of your sessions (ending this one signs you out here)',
        params: SessionParams,
        response: { 204: { type: 'null' }, ...errors(400, 401, 404) },
      },
    },
    async (request, reply) => {
      const user = requireUser(request);
      const wasCurrent = await services.sessions.end(
        user,
        sessionToken(request),
        request.params.id,
      );
      if (wasCurrent) clearSessionCookie(reply, config);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/me/sessions/end-others',
    {
      schema: {
        tags,
        summary: 'End every session but this one',
        response: { 204: { type: 'null' }, ...errors(401) },
      },
    },
    async (request, reply) => {
      await services.sessions.endOthers(requireUser(request), sessionToken(request));
      return reply.status(204).send(null);
    },
  );
}
