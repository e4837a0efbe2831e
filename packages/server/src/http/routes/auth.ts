import { emailKey, type UserRecord } from '../../repositories/users.ts';
import { perMinute } from '../../services/rate-limits.ts';
import { limitRequests } from '../rate-limit.ts';
import { clearSessionCookie, requireUser, sessionOrigin, setSessionCookie } from '../session.ts';
import { SignInBody, SignUpBody, User, errors } from '../schemas.ts';
import {
  AcceptedEmpty,
  AuthOptions,
  ConfirmEmailBody,
  ResetBody,
  ResetRequestBody,
} from '../schemas-account.ts';
import type { App, AppContext } from '../types.ts';

/** The User shape of every answer that carries the signed-in person. */
export const presentUser = (u: UserRecord) => ({
  id: u.id,
  email: u.email,
  name: u.name,
  emailConfirmed: u.emailConfirmed,
  pendingEmail: u.pendingEmail,
  firstRun: u.firstRun,
  locale: u.locale,
});

/** The email of a validated body, as the account key it names. */
const bodyEmail = (body: unknown): string => emailKey((body as { email: string }).email);

export function authRoutes(app: App, { config, services }: AppContext): void {
  const limiter = services.rateLimits;

  app.post(
    '/auth/signup',
    {
      preHandler: limitRequests(
        limiter,
        perMinute(config.signUpPerMinute),
        (request) => `signup|${request.ip}`,
      ),
      schema: {
        tags: ['auth'],
        summary: 'Create an account and sign in (with email on, a confirmation link is sent)',
        security: [],
        body: SignUpBody,
        response: { 201: User, ...errors(400, 409, 429) },
      },
    },
    async (request, reply) => {
      const session = await services.auth.signUp(request.body, sessionOrigin(request));
      setSessionCookie(reply, config, session);
      return reply.status(201).send(presentUser(session.user));
    },
  );

  app.post(
    '/auth/signin',
    {
      // Per address and account, so one person's typos do not lock out a shared network, and
      // many wrong emails from one address do not lock out an account they never tried.
      preHandler: limitRequests(
        limiter,
        perMinute(config.signInPerMinute),
        (request) => `signin|${request.ip}|${bodyEmail(request.body)}`,
      ),
      schema: {
        tags: ['auth'],
        summary: 'Sign in',
        security: [],
        body: SignInBody,
        response: { 200: User, ...errors(400, 401, 429) },
      },
    },
    async (request, reply) => {
      const session = await services.auth.signIn(request.body, sessionOrigin(request));
      setSessionCookie(reply, config, session);
      return presentUser(session.user);
    },
  );

  app.post(
    '/auth/signout',
    {
      schema: {
        tags: ['auth'],
        summary: 'Sign out (ends this session)',
        response: { 204: { type: 'null' } },
      },
    },
    async (request, reply) => {
      if (request.sessionToken) await services.auth.signOut(request.sessionToken);
      clearSessionCookie(reply, config);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/auth/options',
    {
      schema: {
        tags: ['auth'],
        summary: 'What this server offers for signing in (works signed out)',
        security: [],
        response: { 200: AuthOptions },
      },
    },
    async () => ({ passwordResetByEmail: services.passwordReset.byEmail }),
  );

  app.post(
    '/auth/reset-request',
    {
      preHandler: limitRequests(
        limiter,
        perMinute(config.signInPerMinute),
        (request) => `reset|${request.ip}`,
      ),
      schema: {
        tags: ['auth'],
        summary:
          'Ask for a password reset link by email (valid 30 minutes). The same answer for every address; without email on the server, nothing is sent',
        security: [],
        body: ResetRequestBody,
        response: { 202: AcceptedEmpty, ...errors(400, 429) },
      },
    },
    async (request, reply) => {
      services.passwordReset.request(request.body.email);
      return reply.status(202).send();
    },
  );

  app.post(
    '/auth/reset',
    {
      schema: {
        tags: ['auth'],
        summary: 'Set a new password with a reset link’s token; every session of the account ends',
        security: [],
        body: ResetBody,
        response: { 204: { type: 'null' }, ...errors(400, 404) },
      },
    },
    async (request, reply) => {
      await services.passwordReset.reset(request.body.token, request.body.password);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/auth/confirm-email',
    {
      schema: {
        tags: ['auth'],
        summary: 'Confirm an email address with the token of the link sent to it (valid 24 hours)',
        security: [],
        body: ConfirmEmailBody,
        response: { 204: { type: 'null' }, ...errors(400, 404, 409) },
      },
    },
    async (request, reply) => {
      await services.profile.confirmEmail(request.body.token);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/me',
    {
      schema: {
        tags: ['auth'],
        summary: 'The signed-in user',
        response: { 200: User, ...errors(401) },
      },
    },
    async (request) => presentUser(requireUser(request)),
  );
}
