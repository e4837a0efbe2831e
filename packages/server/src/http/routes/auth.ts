import { clearSessionCookie, requireUser, setSessionCookie } from '../session.ts';
import { SignInBody, SignUpBody, User, errors } from '../schemas.ts';
import type { App, AppContext } from '../types.ts';

const present = (u: { id: string; email: string; name: string }) => ({
  id: u.id,
  email: u.email,
  name: u.name,
});

export function authRoutes(app: App, { config, services }: AppContext): void {
  const perAddress = (max: number) => ({ rateLimit: { max, timeWindow: '1 minute' } });

  app.post(
    '/auth/signup',
    {
      config: perAddress(config.signUpPerMinute),
      schema: {
        tags: ['auth'],
        summary: 'Create an account and sign in',
        security: [],
        body: SignUpBody,
        response: { 201: User, ...errors(400, 409, 429) },
      },
    },
    async (request, reply) => {
      const session = await services.auth.signUp(request.body);
      setSessionCookie(reply, config, session);
      return reply.status(201).send(present(session.user));
    },
  );

  app.post(
    '/auth/signin',
    {
      config: {
        rateLimit: {
          max: config.signInPerMinute,
          timeWindow: '1 minute',
          // Per address and account, so one person's typos do not lock out a shared network.
          keyGenerator: (request) => {
            const body = request.body as { email?: unknown } | undefined;
            const email = typeof body?.email === 'string' ? body.email.trim().toLowerCase() : '';
            return `${request.ip}|${email}`;
          },
        },
      },
      schema: {
        tags: ['auth'],
        summary: 'Sign in',
        security: [],
        body: SignInBody,
        response: { 200: User, ...errors(400, 401, 429) },
      },
    },
    async (request, reply) => {
      const session = await services.auth.signIn(request.body);
      setSessionCookie(reply, config, session);
      return present(session.user);
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
    '/me',
    {
      schema: {
        tags: ['auth'],
        summary: 'The signed-in user',
        response: { 200: User, ...errors(401) },
      },
    },
    async (request) => present(requireUser(request)),
  );
}
