import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../support/databases.ts';
import { startPushService } from '../support/push-service.ts';
import { couple, startTestServer, type TestServer } from '../support/server.ts';

describe.each(testDatabases())('web push on $name', (database) => {
  let server: TestServer;
  let push: Awaited<ReturnType<typeof startPushService>>;
  beforeAll(async () => {
    push = await startPushService();
    // The local push service listens on 127.0.0.1: private addresses are allowed here.
    server = await startTestServer(database, {
      REMINDER_INTERVAL_SECONDS: '0',
      PUSH_ALLOW_PRIVATE: 'true',
    });
  });
  afterAll(async () => {
    await server?.stop();
    await push?.close();
  });

  it('keeps one VAPID key pair, made on first start', async () => {
    const first = (await server.client().get('/api/push/public-key')).body.publicKey;
    expect(first).toMatch(/^[A-Za-z0-9_-]{80,}$/);
    expect((await server.client().get('/api/push/public-key')).body.publicKey).toBe(first);
  });

  it('sends an encrypted, VAPID-signed reminder that the push service can decrypt', async () => {
    const c = await server.signUp('Pushy');
    await c.put('/api/me/notifications', {}, { email: false, push: true });
    const subscription = push.subscription();
    expect((await c.post('/api/me/push-subscriptions', {}, subscription)).status).toBe(201);
    expect((await c.post('/api/me/notifications/test', {})).body).toEqual({
      push: { status: 'sending', devices: 1 },
      email: { status: 'not_configured' },
    });
    await server.recipro.scheduler.tick();
    const got = push.received.filter((r) => subscription.endpoint.endsWith(r.path));
    expect(got).toHaveLength(1);
    expect(got[0]!.message).toEqual({
      title: 'A test reminder from recipro',
      body: 'This is how your reminders will arrive.',
      url: '/',
    });
    const publicKey = (await c.get('/api/push/public-key')).body.publicKey;
    expect(got[0]!.headers.authorization).toMatch(new RegExp(`^vapid t=[^,]+, k=${publicKey}$`));
    expect(got[0]!.headers['content-encoding']).toBe('aes128gcm');
    expect(Number(got[0]!.headers.ttl)).toBeGreaterThan(0);
  });

  it('speaks the language of the account: a test reminder, and a ritual’s when it goes', async () => {
    const sofia = await server.signUp('Sofía', { locale: 'es' });
    await sofia.put('/api/me/notifications', {}, { email: false, push: true });
    const phone = push.subscription();
    await sofia.post('/api/me/push-subscriptions', {}, phone);
    await sofia.post('/api/me/notifications/test', {});
    await server.recipro.scheduler.tick();
    const toPhone = () =>
      push.received.filter((r) => phone.endpoint.endsWith(r.path)).map((r) => r.message);
    expect(toPhone()).toEqual([
      {
        title: 'Un recordatorio de prueba de recipro',
        body: 'Así te llegarán los recordatorios.',
        url: '/',
      },
    ]);

    // A ritual's reminder, planned before Asha chose Arabic and sent after: in Arabic.
    const { a, circleId } = await couple(server);
    const device = push.subscription();
    await a.post('/api/me/push-subscriptions', {}, device);
    const soon = server.clock.now() + 3_600_000;
    const ritual = (
      await a.post(
        '/api/circles/{circleId}/rituals',
        { circleId },
        {
          kind: 'appreciation',
          title: 'Two kind words',
          rrule: 'FREQ=DAILY',
          time: new Date(soon).toISOString().slice(11, 16),
          timezone: 'UTC',
        },
      )
    ).body;
    await server.recipro.scheduler.plan();
    await a.patch('/api/me', {}, { locale: 'ar' });
    server.clock.advance(3_600_000);
    await server.recipro.scheduler.deliver();
    expect(
      push.received.filter((r) => device.endpoint.endsWith(r.path)).map((r) => r.message),
    ).toEqual([
      {
        title: 'Two kind words',
        body: 'حان وقت «\u2068Two kind words\u2069». بضع دقائق معًا تكفي.',
        url: `/circles/${circleId}/rituals/${ritual.id}`,
      },
    ]);
  });

  it('forgets a subscription the push service says is gone', async () => {
    const c = await server.signUp('Gone');
    await c.put('/api/me/notifications', {}, { email: false, push: true });
    const subscription = push.subscription();
    await c.post('/api/me/push-subscriptions', {}, subscription);
    push.expire(subscription.endpoint);
    await c.post('/api/me/notifications/test', {});
    await server.recipro.scheduler.tick();
    const { PushSubscriptionsRepository } =
      await import('../../src/repositories/push-subscriptions.ts');
    expect(
      await new PushSubscriptionsRepository(server.recipro.database.db).forUser(c.user.id),
    ).toEqual([]);
  });

  it('retries a push service that fails, with back-off, without holding up the request', async () => {
    const c = await server.signUp('Later');
    await c.put('/api/me/notifications', {}, { email: false, push: true });
    const subscription = push.subscription();
    await c.post('/api/me/push-subscriptions', {}, subscription);
    push.fail(subscription.endpoint);
    expect((await c.post('/api/me/notifications/test', {})).status).toBe(202);
    await server.recipro.scheduler.tick();
    const { RemindersRepository } = await import('../../src/repositories/reminders.ts');
    const [reminder] = await new RemindersRepository(
      server.recipro.database.db,
      server.recipro.database.dialect,
    ).forUser(c.user.id);
    expect(reminder).toMatchObject({ status: 'pending', attempts: 1 });
    expect(reminder!.lastError).toContain('503');
    expect(await server.recipro.scheduler.deliver()).toBe(0);
  });

  it('refuses a malformed subscription or one that belongs to someone else', async () => {
    const a = await server.signUp('A');
    const b = await server.signUp('B');
    const subscription = push.subscription();
    expect((await a.post('/api/me/push-subscriptions', {}, subscription)).status).toBe(201);
    const stolen = await b.post('/api/me/push-subscriptions', {}, subscription);
    expect(stolen.status).toBe(409);
    expect(stolen.error.code).toBe('conflict');
    for (const bad of [
      { endpoint: 'not a url', keys: subscription.keys },
      { endpoint: subscription.endpoint },
      {
        endpoint: 'https://push.example/x',
        keys: { p256dh: 'short', auth: subscription.keys.auth },
      },
      { endpoint: 'https://push.example/y', keys: { ...subscription.keys, extra: 'x' } },
    ]) {
      expect(
        (await b.raw('POST', '/api/me/push-subscriptions', bad)).status,
        JSON.stringify(bad),
      ).toBe(400);
    }
    expect(
      (
        await b.delete(
          '/api/me/push-subscriptions',
          {},
          { query: { endpoint: subscription.endpoint } },
        )
      ).status,
    ).toBe(204);
    const { PushSubscriptionsRepository } =
      await import('../../src/repositories/push-subscriptions.ts');
    expect(
      await new PushSubscriptionsRepository(server.recipro.database.db).forUser(a.user.id),
    ).toHaveLength(1);
  });

  it('lists my own subscriptions by address, and forgets one when this device turns push off', async () => {
    const a = await server.signUp('Lister');
    const b = await server.signUp('Other');
    const phone = push.subscription();
    const laptop = push.subscription();
    await a.post('/api/me/push-subscriptions', {}, phone);
    await a.post('/api/me/push-subscriptions', {}, laptop);
    await b.post('/api/me/push-subscriptions', {}, push.subscription());
    const listed = await a.get('/api/me/push-subscriptions');
    expect(listed.status).toBe(200);
    expect(listed.body.subscriptions.map((s: { endpoint: string }) => s.endpoint).sort()).toEqual(
      [phone.endpoint, laptop.endpoint].sort(),
    );
    expect(Object.keys(listed.body.subscriptions[0]!)).toEqual(['endpoint']);

    const off = await a.delete(
      '/api/me/push-subscriptions',
      {},
      { query: { endpoint: phone.endpoint } },
    );
    expect(off.status).toBe(204);
    expect((await a.get('/api/me/push-subscriptions')).body).toEqual({
      subscriptions: [{ endpoint: laptop.endpoint }],
    });
    expect((await server.client().get('/api/me/push-subscriptions')).status).toBe(401);
  });
});
