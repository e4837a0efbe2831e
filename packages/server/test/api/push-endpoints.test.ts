import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toIso } from '../../src/clock.ts';
import { PushSubscriptionsRepository } from '../../src/repositories/push-subscriptions.ts';
import { RemindersRepository } from '../../src/repositories/reminders.ts';
import { testDatabases } from '../support/databases.ts';
import { startPushService } from '../support/push-service.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

/**
 * A push endpoint is an address the browser hands over and the server then requests: without
 * PUSH_ALLOW_PRIVATE (the default) only https: host names with public addresses are saved,
 * each send checks again, and a push service on this machine never receives a request.
 */
describe.each(testDatabases())('push endpoints on $name', (database) => {
  let server: TestServer;
  let push: Awaited<ReturnType<typeof startPushService>>;
  beforeAll(async () => {
    push = await startPushService();
    server = await startTestServer(database, { REMINDER_INTERVAL_SECONDS: '0' });
  });
  afterAll(async () => {
    await server?.stop();
    await push?.close();
  });

  const subscriptions = () => new PushSubscriptionsRepository(server.recipro.database.db);

  it('refuses every endpoint that is not an https: host name with public addresses', async () => {
    const c = await server.signUp('Curious');
    const { keys, endpoint: local } = push.subscription();
    const port = new URL(local).port;
    const refused = [
      local,
      local.replace('http:', 'https:'),
      `http://localhost:${port}/push/1`,
      'https://localhost/push',
      'https://localhost./push',
      'https://0.0.0.0/push',
      'https://2130706433/push',
      'https://0x7f000001/push',
      'https://0177.0.0.1/push',
      'https://127.1/push',
      'https://169.254.169.254/latest/meta-data/',
      'https://10.0.0.1/push',
      'https://192.168.1.1/push',
      'https://100.64.0.1/push',
      'https://224.0.0.1/push',
      'https://[::1]/push',
      'https://[::]/push',
      'https://[::ffff:127.0.0.1]/push',
      'https://[::ffff:a9fe:a9fe]/push',
      'https://[fd00::1]/push',
      'https://[fe80::1]/push',
      'https://[ff02::1]/push',
      'https://user:password@localhost/push',
      'https://push.nowhere.invalid/send/1',
    ];
    for (const endpoint of refused) {
      const reply = await c.post('/api/me/push-subscriptions', {}, { endpoint, keys });
      expect(reply.status, endpoint).toBe(400);
      expect(reply.error.code, endpoint).toBe('validation_failed');
      expect(reply.error.details, endpoint).toEqual([
        { field: 'endpoint', message: expect.stringContaining('cannot be used') },
      ]);
    }
    expect((await c.get('/api/me/push-subscriptions')).body).toEqual({ subscriptions: [] });
    expect(push.requests).toBe(0);
  });

  it('never sends to a local push service, even to a subscription saved before the check', async () => {
    const c = await server.signUp('Old device');
    await c.put('/api/me/notifications', {}, { email: false, push: true });
    // As if saved by an earlier version, or by a server run with PUSH_ALLOW_PRIVATE.
    const subscription = push.subscription();
    await subscriptions().save(c.user.id, subscription, toIso(server.clock.now()));
    expect((await c.post('/api/me/notifications/test', {})).status).toBe(202);
    await server.recipro.scheduler.tick();
    expect(push.requests).toBe(0);
    // A subscription this server will not send to is forgotten.
    expect(await subscriptions().forUser(c.user.id)).toEqual([]);
  });
});

describe.each(testDatabases())('a push service that redirects, on $name', (database) => {
  it('is not followed: the send fails and is retried later', async () => {
    const push = await startPushService();
    const server = await startTestServer(database, {
      REMINDER_INTERVAL_SECONDS: '0',
      PUSH_ALLOW_PRIVATE: 'true',
    });
    try {
      const c = await server.signUp('Moved');
      await c.put('/api/me/notifications', {}, { email: false, push: true });
      const moved = push.subscription();
      const elsewhere = push.subscription();
      push.redirect(moved.endpoint, elsewhere.endpoint);
      expect((await c.post('/api/me/push-subscriptions', {}, moved)).status).toBe(201);
      await c.post('/api/me/notifications/test', {});
      await server.recipro.scheduler.tick();
      expect(push.requests).toBe(1);
      expect(push.received).toEqual([]);
      const [reminder] = await new RemindersRepository(
        server.recipro.database.db,
        server.recipro.database.dialect,
      ).forUser(c.user.id);
      expect(reminder).toMatchObject({ status: 'pending', attempts: 1 });
      expect(reminder!.lastError).toContain('307');
    } finally {
      await server.stop();
      await push.close();
    }
  });
});
