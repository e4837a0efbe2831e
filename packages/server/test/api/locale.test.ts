import { LOCALES } from '@recipro/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../support/databases.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

const PASSWORD = 'a good long password';

/**
 * The language an account keeps: none until chosen, one given at sign-up or by PATCH /api/me is
 * kept on the account (so every device and session reads the same) and in the data export; a
 * language recipro does not speak is refused and changes nothing.
 */
describe.each(testDatabases())('the account’s language on $name', (database) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(database);
  });
  afterAll(async () => server?.stop());

  let counter = 0;
  const freshEmail = (what: string) => `${what}${(counter += 1)}.${Date.now()}@example.test`;

  it('is null for a new account that sent none', async () => {
    const c = await server.signUp('Nova');
    expect(c.user.locale).toBeNull();
    expect((await c.get('/api/me')).body.locale).toBeNull();
  });

  it('keeps the language a sign-up sent', async () => {
    const client = server.client();
    const email = freshEmail('sofia');
    const reply = await client.post(
      '/api/auth/signup',
      {},
      { email, password: PASSWORD, name: 'Sofia', locale: 'es' },
    );
    expect(reply.status).toBe(201);
    expect(reply.body).toMatchObject({ email, name: 'Sofia', locale: 'es' });
    expect((await client.get('/api/me')).body.locale).toBe('es');

    const elsewhere = server.client();
    const signedIn = await elsewhere.post('/api/auth/signin', {}, { email, password: PASSWORD });
    expect(signedIn.body.locale).toBe('es');
  });

  it('refuses a sign-up with a language recipro does not speak, making no account', async () => {
    for (const locale of ['fr', 'EN', '', null, 5]) {
      const email = freshEmail('refused');
      const reply = await server
        .client()
        .raw('POST', '/api/auth/signup', { email, password: PASSWORD, name: 'Refused', locale });
      expect(reply.status).toBe(400);
      expect(reply.error.code).toBe('validation_failed');
      const signIn = await server.client().raw('POST', '/api/auth/signin', {
        email,
        password: PASSWORD,
      });
      expect(signIn.status).toBe(401);
    }
  });

  it('is changed by PATCH /api/me and kept, leaving name and email as they are', async () => {
    const c = await server.signUp('Amal');
    const changed = await c.patch('/api/me', {}, { locale: 'ar' });
    expect(changed.status).toBe(200);
    expect(changed.body).toEqual({ ...c.user, locale: 'ar' });
    expect((await c.get('/api/me')).body).toEqual({ ...c.user, locale: 'ar' });

    const elsewhere = server.client();
    await elsewhere.post('/api/auth/signin', {}, { email: c.user.email, password: PASSWORD });
    expect((await elsewhere.get('/api/me')).body.locale).toBe('ar');

    expect((await c.patch('/api/me', {}, { locale: 'hi' })).body.locale).toBe('hi');
    const renamed = await c.patch('/api/me', {}, { name: 'Amal K.' });
    expect(renamed.body).toMatchObject({ name: 'Amal K.', locale: 'hi' });
    // Saying the same again changes nothing and is not an error.
    expect((await c.patch('/api/me', {}, { locale: 'hi' })).body.locale).toBe('hi');
  });

  it('refuses a language recipro does not speak, changing nothing', async () => {
    const c = await server.signUp('Careful');
    await c.patch('/api/me', {}, { locale: 'es' });
    for (const locale of ['fr', 5]) {
      const refused = await c.raw('PATCH', '/api/me', { name: 'Not applied', locale });
      expect(refused.status).toBe(400);
      expect(refused.error).toEqual({
        code: 'validation_failed',
        message: expect.any(String),
        details: [{ field: 'locale', message: `must be one of: ${LOCALES.join(', ')}` }],
      });
    }
    for (const locale of ['', 'ES', 'es-MX', null, true]) {
      const refused = await c.raw('PATCH', '/api/me', { locale });
      expect(refused.status).toBe(400);
      expect(refused.error.code).toBe('validation_failed');
    }
    expect((await c.get('/api/me')).body).toEqual({ ...c.user, locale: 'es' });
  });

  it('is in the data export', async () => {
    const c = await server.signUp('Exporter');
    expect((await c.get('/api/me/export')).body.account.user.locale).toBeNull();
    await c.patch('/api/me', {}, { locale: 'hi' });
    const exported = await c.get('/api/me/export');
    expect(exported.status).toBe(200);
    expect(exported.body.account.user).toEqual({
      ...c.user,
      locale: 'hi',
      createdAt: expect.any(String),
    });
  });

  it('is only for the signed-in person', async () => {
    const refused = await server.client().raw('PATCH', '/api/me', { locale: 'es' });
    expect(refused.status).toBe(401);
    expect(refused.error.code).toBe('unauthenticated');
  });
});
