import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../support/databases.ts';
import { couple, startMailingServer, startTestServer, type TestServer } from '../support/server.ts';
import type { SmtpSink } from '../support/smtp-sink.ts';

const COUNSELLOR = 'counsellor@example.org';

/**
 * A report's PDF by email (issue 18): to an address everyone agreed to (setting it asks everyone
 * again), once they all have, when the server sends email; the mail carries the PDF.
 */
describe.each(testDatabases())('a report emailed to a counsellor on $name', (database) => {
  let server: TestServer;
  let sink: SmtpSink;
  let stop: () => Promise<void>;
  beforeAll(async () => {
    ({ server, sink, stop } = await startMailingServer(database));
  });
  afterAll(async () => stop?.());

  const day = (offset: number) =>
    new Date(server.clock.t + offset * 86_400_000).toISOString().slice(0, 10);

  it('sends the PDF only to the address everyone agreed to, once they all have', async () => {
    const { a, b, circleId } = await couple(server);
    const report = (
      await a.post('/api/circles/{circleId}/reports', { circleId }, { from: day(-30), to: day(1) })
    ).body;
    expect(report.email).toEqual({ to: null, sentAt: null, available: true });
    const ids = { circleId, reportId: report.id };
    const agree = async () => {
      await a.post('/api/circles/{circleId}/reports/{reportId}/consent', ids);
      await b.post('/api/circles/{circleId}/reports/{reportId}/consent', ids);
    };
    await agree();
    // No address yet: nothing to send to.
    expect(
      (await a.post('/api/circles/{circleId}/reports/{reportId}/email/send', ids)).status,
    ).toBe(409);
    // Choosing the address asks everyone again.
    const bad = await a.put('/api/circles/{circleId}/reports/{reportId}/email', ids, {
      address: 'not an address',
    });
    expect(bad.status).toBe(400);
    const set = await a.put('/api/circles/{circleId}/reports/{reportId}/email', ids, {
      address: COUNSELLOR,
    });
    expect(set.body.email.to).toBe(COUNSELLOR);
    expect(set.body.status).toBe('awaiting_consent');
    const early = await b.post('/api/circles/{circleId}/reports/{reportId}/email/send', ids);
    expect(early.status).toBe(409);
    const toCounsellor = () => sink.received.filter((m) => m.to.includes(COUNSELLOR));
    expect(toCounsellor()).toHaveLength(0);

    await agree();
    const sent = await b.post('/api/circles/{circleId}/reports/{reportId}/email/send', ids);
    expect(sent.status).toBe(200);
    expect(sent.body.email.sentAt).not.toBeNull();
    // Answered once the mail server took it: it is there already (account emails may be too).
    const [mail] = toCounsellor();
    expect(toCounsellor()).toHaveLength(1);
    expect(mail?.to).toEqual([COUNSELLOR]);
    expect(mail?.raw).toContain('A report from recipro, shared with you');
    expect(mail?.raw).toContain('application/pdf');
    expect(mail?.raw).toContain('report.pdf');
  });

  it('says so when the server sends no email', async () => {
    const plain = await startTestServer(database);
    try {
      const { a, b, circleId } = await couple(plain);
      const report = (
        await a.post(
          '/api/circles/{circleId}/reports',
          { circleId },
          { from: day(-30), to: day(1) },
        )
      ).body;
      expect(report.email.available).toBe(false);
      const ids = { circleId, reportId: report.id };
      await a.put('/api/circles/{circleId}/reports/{reportId}/email', ids, { address: COUNSELLOR });
      await a.post('/api/circles/{circleId}/reports/{reportId}/consent', ids);
      await b.post('/api/circles/{circleId}/reports/{reportId}/consent', ids);
      const reply = await a.post('/api/circles/{circleId}/reports/{reportId}/email/send', ids);
      expect(reply.status).toBe(409);
      expect(reply.error.code).toBe('conflict');
    } finally {
      await plain.stop();
    }
  });
});
