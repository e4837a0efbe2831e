import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../support/databases.ts';
import { confirmEmailFromSink } from '../support/mail-links.ts';
import type { SmtpSink } from '../support/smtp-sink.ts';
import { startMailingServer, type TestServer } from '../support/server.ts';

/** Each test reminder makes the server send mail and push messages: a person gets a few. */
describe.each(testDatabases())('test reminders on $name', (database) => {
  let server: TestServer;
  let sink: SmtpSink;
  let stop: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    ({ server, sink, stop } = await startMailingServer(database));
  });
  afterAll(async () => stop?.());

  it('sends at most three in ten minutes per person, then answers 429 and queues nothing', async () => {
    const eager = await server.signUp('Eager');
    const other = await server.signUp('Other');
    for (const c of [eager, other]) {
      // Reminder emails go only to a confirmed address.
      await confirmEmailFromSink(sink.received, c, c.user.email);
      await c.put('/api/me/notifications', {}, { email: true, push: false });
    }
    const confirmations = sink.received.length;
    for (let i = 0; i < 3; i += 1)
      expect((await eager.post('/api/me/notifications/test', {})).status).toBe(202);
    const refused = await eager.post('/api/me/notifications/test', {});
    expect(refused.status).toBe(429);
    expect(refused.parsed).toEqual({
      error: { code: 'rate_limited', message: expect.stringContaining('3 test reminders') },
    });
    // Someone else is not held back by it.
    expect((await other.post('/api/me/notifications/test', {})).status).toBe(202);
    await server.recipro.scheduler.tick();
    const mails = (await sink.waitFor(confirmations + 4)).slice(confirmations);
    expect(mails.filter((m) => m.to.includes(eager.user.email))).toHaveLength(3);

    server.clock.advance(10 * 60_000);
    expect((await eager.post('/api/me/notifications/test', {})).status).toBe(202);
  });
});
