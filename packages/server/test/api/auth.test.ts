import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../support/databases.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

describe.each(testDatabases())('auth on $name', (database) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(database);
  });
  afterAll(async () => server?.stop());

  it('signs up, reads /me, signs out and back in', async () => {
    const c = server.client();
    const up = await c.post('/api/auth/signup', {
      email: 'Maya@Example.test',
      password: 'correct horse',
      name: 'Maya',
    });
    expect(up.status).toBe(201);
    expect(up.body).toMatchObject({ email: 'Maya@Example.test', name: 'Maya' });
    expect(typeof up.body.id).toBe('string');
    const cookie = up.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);

    expect((await c.get('/api/me')).body).toEqual(up.body);
    expect((await c.post('/api/auth/signout')).status).toBe(204);
    expect((await c.get('/api/me')).status).toBe(401);

    const again = await c.post('/api/auth/signin', {
      email: 'maya@example.test',
      password: 'correct horse',
    });
    expect(again.status).toBe(200);
    expect((await c.get('/api/me')).body.id).toBe(up.body.id);
  });

  it('a signed-out session token stops working even if replayed', async () => {
    const c = await server.signUp('Replay');
    const stolen = c.cookie;
    await c.post('/api/auth/signout');
    c.cookie = stolen;
    expect((await c.get('/api/me')).status).toBe(401);
  });

  it('stores passwords as argon2id hashes, never as sent', async () => {
    await server.client().post('/api/auth/signup', {
      email: 'hash@example.test',
      password: 'hunter2hunter2',
      name: 'H',
    });
    const row = await server.recipro.database.db
      .selectFrom('users')
      .select('password_hash')
      .where('email_key', '=', 'hash@example.test')
      .executeTakeFirstOrThrow();
    expect(row.password_hash.startsWith('$argon2id$')).toBe(true);
    expect(row.password_hash).not.toContain('hunter2hunter2');
  });

  it('answers a wrong password and an unknown email the same way', async () => {
    await server.client().post('/api/auth/signup', {
      email: 'known@example.test',
      password: 'the real one',
      name: 'K',
    });
    const wrongPassword = await server
      .client()
      .post('/api/auth/signin', { email: 'known@example.test', password: 'not it at all' });
    const unknownEmail = await server
      .client()
      .post('/api/auth/signin', { email: 'nobody@example.test', password: 'not it at all' });
    expect(wrongPassword.status).toBe(401);
    expect(unknownEmail.status).toBe(401);
    expect(wrongPassword.body).toEqual(unknownEmail.body);
    expect(wrongPassword.body.error.code).toBe('unauthenticated');
  });

  it('refuses a second account for the same email, whatever its case', async () => {
    await server.client().post('/api/auth/signup', {
      email: 'twice@example.test',
      password: 'password one',
      name: 'One',
    });
    const second = await server.client().post('/api/auth/signup', {
      email: 'TWICE@example.test',
      password: 'password two',
      name: 'Two',
    });
    expect(second.status).toBe(409);
    expect(second.body.error.code).toBe('conflict');
  });

  it.each([
    ['a short password', { email: 'x@example.test', password: 'short', name: 'X' }],
    ['a missing name', { email: 'x@example.test', password: 'long enough' }],
    ['a blank name', { email: 'x@example.test', password: 'long enough', name: '   ' }],
    ['an email without @', { email: 'not-an-email', password: 'long enough', name: 'X' }],
    [
      'an unknown field',
      { email: 'x@example.test', password: 'long enough', name: 'X', admin: true },
    ],
    ['a number for a name', { email: 'x@example.test', password: 'long enough', name: 42 }],
  ])('refuses sign-up with %s', async (_label, body) => {
    const reply = await server.client().post('/api/auth/signup', body);
    expect(reply.status).toBe(400);
    expect(reply.body.error.code).toBe('validation_failed');
    expect(typeof reply.body.error.message).toBe('string');
  });

  it('answers anonymous requests with 401', async () => {
    const c = server.client();
    for (const path of [
      '/api/me',
      '/api/circles',
      '/api/circles/some-id',
      '/api/circles/some-id/acts',
      '/api/circles/some-id/summary',
    ]) {
      const reply = await c.get(path);
      expect(reply.status, path).toBe(401);
      expect(reply.body.error.code).toBe('unauthenticated');
    }
    expect((await c.post('/api/circles', { name: 'x', kind: 'couple' })).status).toBe(401);
  });
});

describe.each(testDatabases())('request safety on $name', (database) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(database, { SIGNIN_PER_MINUTE: '3' });
  });
  afterAll(async () => server?.stop());

  it('limits sign-in attempts per account and address', async () => {
    const c = server.client();
    const attempt = () =>
      c.post('/api/auth/signin', { email: 'limit@example.test', password: 'wrong password' });
    for (let i = 0; i < 3; i += 1) expect((await attempt()).status).toBe(401);
    const limited = await attempt();
    expect(limited.status).toBe(429);
    expect(limited.body.error.code).toBe('rate_limited');
  });

  it('refuses state-changing requests from another site', async () => {
    const c = await server.signUp('Careful');
    const fromElsewhere = await c.post(
      '/api/circles',
      { name: 'x', kind: 'couple' },
      { origin: 'https://evil.example' },
    );
    expect(fromElsewhere.status).toBe(403);
    expect(fromElsewhere.body.error.code).toBe('forbidden');
    const crossSite = await c.post(
      '/api/circles',
      { name: 'x', kind: 'couple' },
      { 'sec-fetch-site': 'cross-site' },
    );
    expect(crossSite.status).toBe(403);
    const asForm = await c.post('/api/circles', 'name=x&kind=couple', {
      'content-type': 'application/x-www-form-urlencoded',
    });
    expect(asForm.status).toBe(415);
    const asText = await c.post('/api/circles', '{"name":"x","kind":"couple"}', {
      'content-type': 'text/plain',
    });
    expect(asText.status).toBe(415);
    expect(asText.body.error.code).toBe('unsupported_media_type');
    expect((await c.get('/api/circles')).body.circles).toEqual([]);

    const sameOrigin = await c.post(
      '/api/circles',
      { name: 'ok', kind: 'couple' },
      { origin: server.url },
    );
    expect(sameOrigin.status).toBe(201);
  });
});
