import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../support/databases.ts';
import { couple, startTestServer, type TestServer } from '../support/server.ts';

describe.each(testDatabases())('the monthly review on $name', (database) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(database);
  });
  afterAll(async () => server?.stop());

  it('sums up a month against the one before, with my own check-ins', async () => {
    const { a, b, circleId, aMember, bMember } = await couple(server);
    const month = new Date(server.clock.now()).toISOString().slice(0, 7);
    const act = (
      await a.post(
        '/api/circles/{circleId}/acts',
        { circleId },
        { toMemberId: bMember, form: 'future' },
      )
    ).body;
    await b.post(
      '/api/circles/{circleId}/acts',
      { circleId },
      {
        toMemberId: aMember,
        form: 'appreciation',
      },
    );
    await b.post('/api/circles/{circleId}/acts/{actId}/acknowledge', { circleId, actId: act.id });
    const checkin = (
      await a.post('/api/circles/{circleId}/checkins', { circleId }, { instrument: 'csi4' })
    ).body;
    await a.post(
      '/api/circles/{circleId}/checkins/{checkinId}/answers',
      { circleId, checkinId: checkin.id },
      {
        answers: [4, 4, 4, 4],
      },
    );

    const review = await a.get(
      '/api/circles/{circleId}/review',
      { circleId },
      { query: { month } },
    );
    expect(review.status).toBe(200);
    expect(review.body.month).toBe(month);
    expect(review.body.acts.acts).toBe(2);
    expect(review.body.acts.noticedRate).toBe(0.5);
    expect(review.body.myCheckins).toEqual({ csi4: [16] });
    expect(review.body.changes).toEqual({ acts: 'up', noticedRate: null });
    expect((await b.get('/api/circles/{circleId}/review', { circleId })).body.myCheckins).toEqual(
      {},
    );
  });

  it('refuses a malformed or future month, and outsiders', async () => {
    const { a, circleId } = await couple(server);
    for (const month of ['2026-13', 'march', '2026-3', '2999-01']) {
      const reply = await a.get(
        '/api/circles/{circleId}/review',
        { circleId },
        { query: { month } },
      );
      expect(reply.status, month).toBe(400);
      expect(reply.error.code).toBe('validation_failed');
    }
    const outsider = await server.signUp('Outsider');
    expect((await outsider.get('/api/circles/{circleId}/review', { circleId })).status).toBe(404);
  });
});
