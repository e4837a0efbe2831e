import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from '../support/client.ts';
import { testDatabases, type TestDatabase } from '../support/databases.ts';
import { serverProcesses } from '../support/processes.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

describe.each(testDatabases())('auth on $name', (database) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(database);
  });
  afterAll(async () => server?.stop());

  it('signs up, reads /me, signs out and back in', async () => {
    const c = server.client();
    const up = await c.post(
      '/api/auth/signup',
      {},
      { email: 'Maya@Example.test', password: 'correct horse', name: 'Maya' },
    );
    expect(up.status).toBe(201);
    expect(up.body).toMatchObject({ email: 'Maya@Example.test', name: 'Maya' });
    expect(typeof up.body.id).toBe('string');
    const cookie = up.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);

    expect((await c.get('/api/me')).body).toEqual(up.body);
    expect((await c.post('/api/auth/signout', {})).status).toBe(204);
    expect((await c.get('/api/me')).status).toBe(401);

    const again = await c.post(
      '/api/auth/signin',
      {},
      { email: 'maya@example.test', password: 'correct horse' },
    );
    expect(again.status).toBe(200);
    expect((await c.get('/api/me')).body.id).toBe(up.body.id);
  });

  it('a signed-out session token stops working even if replayed', async () => {
    const c = await server.signUp('Replay');
    const stolen = c.cookie;
    await c.post('/api/auth/signout', {});
    c.cookie = stolen;
    expect((await c.get('/api/me')).status).toBe(401);
  });

  it('stores passwords as argon2id hashes, never as sent', async () => {
    await server
      .client()
      .post(
        '/api/auth/signup',
        {},
        { email: 'hash@example.test', password: 'hunter2hunter2', name: 'H' },
      );
    const row = await server.recipro.database.db
      .selectFrom('users')
      .select('password_hash')
      .where('email_key', '=', 'hash@example.test')
      .executeTakeFirstOrThrow();
    expect(row.password_hash.startsWith('$argon2id$')).toBe(true);
    expect(row.password_hash).not.toContain('hunter2hunter2');
  });

  it('answers a wrong password and an unknown email the same way', async () => {
    await server
      .client()
      .post(
        '/api/auth/signup',
        {},
        { email: 'known@example.test', password: 'the real one', name: 'K' },
      );
    const signIn = (email: string) =>
      server.client().post('/api/auth/signin', {}, { email, password: 'not it at all' });
    const wrongPassword = await signIn('known@example.test');
    const unknownEmail = await signIn('nobody@example.test');
    expect(wrongPassword.status).toBe(401);
    expect(unknownEmail.status).toBe(401);
    expect(wrongPassword.parsed).toEqual(unknownEmail.parsed);
    expect(wrongPassword.error.code).toBe('unauthenticated');
  });

  it('refuses a second account for the same email, whatever its case', async () => {
    await server
      .client()
      .post(
        '/api/auth/signup',
        {},
        { email: 'twice@example.test', password: 'password one', name: 'One' },
      );
    const second = await server
      .client()
      .post(
        '/api/auth/signup',
        {},
        { email: 'TWICE@example.test', password: 'password two', name: 'Two' },
      );
    expect(second.status).toBe(409);
    expect(second.error.code).toBe('conflict');
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
    // Bodies the schema refuses, sent as they are.
    const reply = await server.client().raw('POST', '/api/auth/signup', body);
    expect(reply.status).toBe(400);
    expect(reply.error.code).toBe('validation_failed');
    expect(typeof reply.error.message).toBe('string');
  });

  it('answers anonymous requests with 401', async () => {
    const c = server.client();
    const circleId = 'some-id';
    for (const [path, reply] of [
      ['/api/me', await c.get('/api/me')],
      ['/api/circles', await c.get('/api/circles')],
      ['/api/circles/some-id', await c.get('/api/circles/{circleId}', { circleId })],
      ['/api/circles/some-id/acts', await c.get('/api/circles/{circleId}/acts', { circleId })],
      [
        '/api/circles/some-id/summary',
        await c.get('/api/circles/{circleId}/summary', { circleId }),
      ],
    ] as const) {
      expect(reply.status, path).toBe(401);
      expect(reply.error.code).toBe('unauthenticated');
    }
    expect((await c.post('/api/circles', {}, { name: 'x', kind: 'couple' })).status).toBe(401);
  });
});

describe.each(testDatabases())('request safety on $name', (database) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(database, { SIGNIN_PER_MINUTE: '3', SIGNUP_PER_MINUTE: '3' });
  });
  afterAll(async () => server?.stop());

  /** Moves past every rate-limit window opened so far (the clock only moves forward here). */
  const nextWindow = () => server.clock.advance(61_000);

  it('limits sign-in attempts per account and address', async () => {
    const c = server.client();
    const attempt = () =>
      c.post('/api/auth/signin', {}, { email: 'limit@example.test', password: 'wrong password' });
    for (let i = 0; i < 3; i += 1) expect((await attempt()).status).toBe(401);
    const limited = await attempt();
    expect(limited.status).toBe(429);
    expect(limited.error.code).toBe('rate_limited');
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    // Once its window has passed, the same pair may try again.
    nextWindow();
    expect((await attempt()).status).toBe(401);
  });

  it('does not let many wrong emails from one address lock out another email', async () => {
    nextWindow();
    const owner = await server.signUp('Untried');
    const c = server.client();
    for (let i = 0; i < 10; i += 1) {
      const reply = await c.post(
        '/api/auth/signin',
        {},
        { email: `wrong${i}@example.test`, password: 'a good long password' },
      );
      expect(reply.status, `wrong email ${i}`).toBe(401);
    }
    const right = await c.post(
      '/api/auth/signin',
      {},
      { email: owner.user.email, password: 'a good long password' },
    );
    expect(right.status).toBe(200);
  });

  it('limits sign-ups and reset requests per address', async () => {
    nextWindow();
    for (let i = 0; i < 3; i += 1) await server.signUp(`Newcomer ${i}`);
    const fourth = await server
      .client()
      .post(
        '/api/auth/signup',
        {},
        { email: 'one-too-many@example.test', password: 'a good long password', name: 'Late' },
      );
    expect(fourth.status).toBe(429);
    expect(fourth.error.code).toBe('rate_limited');
    expect(
      (
        await server
          .client()
          .post('/api/auth/signin', {}, { email: 'one-too-many@example.test', password: 'x' })
      ).status,
    ).toBe(401);

    const resetRequest = (email: string) =>
      server.client().post('/api/auth/reset-request', {}, { email });
    for (let i = 0; i < 3; i += 1) {
      const reply = await resetRequest(`reset${i}@example.test`);
      expect(reply.status).toBe(202);
    }
    const limited = await resetRequest('reset9@example.test');
    expect(limited.status).toBe(429);
    expect(limited.error.code).toBe('rate_limited');
  });

  it('limits password changes per account', async () => {
    nextWindow();
    const c = await server.signUp('Guessing');
    const guess = () =>
      c.put('/api/me/password', {}, { current: 'a guess', next: 'a new password' });
    for (let i = 0; i < 3; i += 1) expect((await guess()).status).toBe(403);
    expect((await guess()).status).toBe(429);
  });

  it('sweeps away counters whose windows have long passed', async () => {
    const db = server.recipro.database.db;
    expect((await db.selectFrom('rate_limits').select('key').execute()).length).toBeGreaterThan(1);
    server.clock.advance(2 * 3_600_000);
    await server
      .client()
      .post('/api/auth/signin', {}, { email: 'sweep@example.test', password: 'x' });
    const left = await db.selectFrom('rate_limits').select('key').execute();
    expect(left.map((r) => r.key)).toEqual(['signin|127.0.0.1|sweep@example.test']);
  });

  it('refuses state-changing requests from another site', async () => {
    const c = await server.signUp('Careful');
    const create = (headers: Readonly<Record<string, string>>) =>
      c.post('/api/circles', {}, { name: 'x', kind: 'couple' }, { headers });
    const fromElsewhere = await create({ origin: 'https://evil.example' });
    expect(fromElsewhere.status).toBe(403);
    expect(fromElsewhere.error.code).toBe('forbidden');
    const crossSite = await create({ 'sec-fetch-site': 'cross-site' });
    expect(crossSite.status).toBe(403);
    // Bodies that are not JSON, sent as they are.
    const asForm = await c.raw('POST', '/api/circles', 'name=x&kind=couple', {
      'content-type': 'application/x-www-form-urlencoded',
    });
    expect(asForm.status).toBe(415);
    const asText = await c.raw('POST', '/api/circles', '{"name":"x","kind":"couple"}', {
      'content-type': 'text/plain',
    });
    expect(asText.status).toBe(415);
    expect(asText.error.code).toBe('unsupported_media_type');
    expect((await c.get('/api/circles')).body.circles).toEqual([]);

    const sameOrigin = await c.post(
      '/api/circles',
      {},
      { name: 'ok', kind: 'couple' },
      { headers: { origin: server.url } },
    );
    expect(sameOrigin.status).toBe(201);
  });
});

/**
 * Rate limits are counted in the database, so server processes sharing one count together:
 * two processes over one SQLite file here, and over one PostgreSQL server when there is one.
 */
const shared: {
  name: string;
  url: (dir: string) => Promise<string>;
  drop?: () => Promise<void>;
}[] = [
  { name: 'one SQLite file', url: async (dir) => `sqlite:${path.join(dir, 'shared.sqlite')}` },
];
const postgres: TestDatabase | undefined = testDatabases().find(
  (d) => d.name === 'postgres (server)',
);
if (postgres) {
  let drop: (() => Promise<void>) | undefined;
  shared.push({
    name: 'one PostgreSQL server',
    url: async () => {
      const created = await postgres.create();
      drop = created.drop;
      if (created.config.kind !== 'postgres') throw new Error('expected a PostgreSQL server');
      return created.config.url;
    },
    drop: async () => drop?.(),
  });
} else {
  console.warn(
    'rate limits across two processes are tested on SQLite only: set TEST_DATABASE_URL to test them on a PostgreSQL server too.',
  );
}

describe.each(shared)('rate limits across two server processes on $name', (target) => {
  const processes = serverProcesses();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'recipro-shared-'));
  afterAll(async () => {
    await processes.stopAll();
    await target.drop?.();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('counts sign-ins and sign-ups of both processes together', async () => {
    const env = {
      DATABASE_URL: await target.url(dir),
      SIGNIN_PER_MINUTE: '4',
      SIGNUP_PER_MINUTE: '3',
      REMINDER_INTERVAL_SECONDS: '0',
      LOG_LEVEL: 'silent',
    };
    // One after the other: the first start migrates the new database.
    const one = await processes.start(env);
    const two = await processes.start(env);
    const clients = [new Client(one), new Client(two)];
    const person = { email: 'shared@example.test', password: 'a good long password' };
    expect(
      (await clients[0]!.post('/api/auth/signup', {}, { ...person, name: 'Shared' })).status,
    ).toBe(201);

    const wrong = { email: person.email, password: 'not the password' };
    for (let i = 0; i < 4; i += 1) {
      expect(
        (await clients[i % 2]!.post('/api/auth/signin', {}, wrong)).status,
        `attempt ${i}`,
      ).toBe(401);
    }
    for (const client of clients) {
      const limited = await client.post('/api/auth/signin', {}, person);
      expect(limited.status).toBe(429);
      expect(limited.error.code).toBe('rate_limited');
    }

    const newcomer = (i: number) => ({
      email: `newcomer${i}@example.test`,
      password: 'a good long password',
      name: `Newcomer ${i}`,
    });
    expect((await clients[1]!.post('/api/auth/signup', {}, newcomer(1))).status).toBe(201);
    expect((await clients[0]!.post('/api/auth/signup', {}, newcomer(2))).status).toBe(201);
    expect((await clients[1]!.post('/api/auth/signup', {}, newcomer(3))).status).toBe(429);
  }, 90_000);
});
