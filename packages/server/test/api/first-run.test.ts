import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../support/databases.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

/**
 * The first-run path after sign-up: a new account starts 'open'; "Not now" ('skipped') and
 * finishing ('done') are kept on the account, so every device and session reads the same; a
 * value outside the three is refused and changes nothing.
 */
describe.each(testDatabases())('the first-run path on $name', (database) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(database);
  });
  afterAll(async () => server?.stop());

  it('starts open for a new account, in the sign-up answer and in /api/me', async () => {
    const c = await server.signUp('Nova');
    expect(c.user.firstRun).toBe('open');
    expect((await c.get('/api/me')).body.firstRun).toBe('open');
  });

  it('keeps "Not now" on the account: another session reads it too', async () => {
    const c = await server.signUp('Skipper');
    const skipped = await c.patch('/api/me', {}, { firstRun: 'skipped' });
    expect(skipped.status).toBe(200);
    expect(skipped.body).toMatchObject({ name: 'Skipper', firstRun: 'skipped' });

    const elsewhere = server.client();
    const signedIn = await elsewhere.post(
      '/api/auth/signin',
      {},
      { email: c.user.email, password: 'a good long password' },
    );
    expect(signedIn.body.firstRun).toBe('skipped');
    expect((await elsewhere.get('/api/me')).body.firstRun).toBe('skipped');
  });

  it('can be reopened and finished, and a name change leaves it as it is', async () => {
    const c = await server.signUp('Finisher');
    await c.patch('/api/me', {}, { firstRun: 'skipped' });
    expect((await c.patch('/api/me', {}, { firstRun: 'open' })).body.firstRun).toBe('open');
    expect((await c.patch('/api/me', {}, { firstRun: 'done' })).body.firstRun).toBe('done');
    const renamed = await c.patch('/api/me', {}, { name: 'Finisher R.' });
    expect(renamed.body).toMatchObject({ name: 'Finisher R.', firstRun: 'done' });
    // Saying the same again changes nothing and is not an error.
    expect((await c.patch('/api/me', {}, { firstRun: 'done' })).body.firstRun).toBe('done');
  });

  it('refuses a value outside open, skipped and done, changing nothing', async () => {
    const c = await server.signUp('Careful');
    for (const firstRun of ['finished', '', null, 1, true]) {
      const refused = await c.raw('PATCH', '/api/me', { name: 'Not applied', firstRun });
      expect(refused.status).toBe(400);
      expect(refused.error.code).toBe('validation_failed');
    }
    expect((await c.get('/api/me')).body).toMatchObject({ name: 'Careful', firstRun: 'open' });
  });

  it('is only for the signed-in person', async () => {
    const anyone = server.client();
    const refused = await anyone.raw('PATCH', '/api/me', { firstRun: 'done' });
    expect(refused.status).toBe(401);
    expect(refused.error.code).toBe('unauthenticated');
  });
});
