import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../support/databases.ts';
import { couple, startTestServer, type TestServer } from '../support/server.ts';

/**
 * A check-in the circle's schedule opens is opened by nobody: everyone in the circle hears of
 * it (the one who set the schedule too), in words that say the schedule did it, once per
 * check-in however often the scheduler runs.
 */
describe.each(testDatabases())('a scheduled check-in on $name', (database) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(database);
  });
  afterAll(async () => server?.stop());

  it('tells everyone in the circle that it opened, naming nobody', async () => {
    const { a, b, circleId } = await couple(server);
    const set = await b.put(
      '/api/circles/{circleId}/checkin-schedule',
      { circleId },
      { cadence: 'weekly', instrument: 'csi4' },
    );
    expect(set.status).toBe(200);
    await server.recipro.scheduler.tick();
    await server.recipro.scheduler.tick();
    const { checkins } = (await a.get('/api/circles/{circleId}/checkins', { circleId })).body;
    expect(checkins).toHaveLength(1);

    for (const who of [a, b]) {
      const { updates } = (await who.get('/api/me/updates', {})).body;
      const opened = updates.filter((u) => u.kind === 'checkin_opened');
      expect(opened).toHaveLength(1);
      expect(opened[0]).toMatchObject({
        circleId,
        subjectId: checkins[0]?.id,
        actorMemberId: null,
        actorName: null,
        readAt: null,
      });
    }
  });
});
