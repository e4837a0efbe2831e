import { CIRCLE_KINDS } from '@recipro/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CheckinSchedulesRepository } from '../../src/repositories/checkin-schedules.ts';
import { makeScope } from '../../src/repositories/membership.ts';
import { testDatabases } from '../support/databases.ts';
import { couple, join, startTestServer, type TestServer } from '../support/server.ts';

const NOT_COUPLES = CIRCLE_KINDS.filter((kind) => kind !== 'couple');
const WEEK = 7 * 86_400_000;

/**
 * A CSI schedule set in a family, friends or team circle before the CSI was for couples only
 * (an old release stored it; today's API refuses it) opens no check-in: recipro does not put
 * questions about "your partner" to such a circle, nor questions it did not choose. The circle
 * is told the schedule stopped, and can choose recipro's own questions instead.
 */
describe.each(testDatabases())('an old CSI schedule outside a couple on $name', (database) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(database);
  });
  afterAll(async () => server?.stop());

  /** Stores a schedule straight through the repository, as an old release would have. */
  const storeOldSchedule = async (
    circleId: string,
    memberId: string,
    userId: string,
    instrument: 'csi4' | 'csi16',
  ) =>
    new CheckinSchedulesRepository(server.recipro.database.db).set(
      makeScope(circleId, memberId, userId),
      { instrument, cadence: 'weekly' },
      new Date(server.clock.now() - 90 * 86_400_000).toISOString(),
    );

  it.each(NOT_COUPLES)(
    'opens no CSI check-in in a %s circle, says it stopped, and opens recipro’s own once chosen',
    async (kind) => {
      const a = await server.signUp('Ama');
      const b = await server.signUp('Bo');
      const circle = (await a.post('/api/circles', {}, { name: 'Ours', kind })).body;
      await join(a, b, circle.id);
      await storeOldSchedule(circle.id, circle.myMemberId, a.user.id, 'csi4');

      // A couple with the same schedule, so the scheduler is seen to run.
      const pair = await couple(server);
      await pair.a.put(
        '/api/circles/{circleId}/checkin-schedule',
        { circleId: pair.circleId },
        {
          cadence: 'weekly',
          instrument: 'csi4',
        },
      );

      await server.recipro.scheduler.tick();
      server.clock.advance(WEEK);
      try {
        await server.recipro.scheduler.tick();
        expect(
          (await a.get('/api/circles/{circleId}/checkins', { circleId: circle.id })).body.checkins,
        ).toEqual([]);
        expect(
          (await b.get('/api/circles/{circleId}/checkins', { circleId: circle.id })).body.checkins,
        ).toEqual([]);
        const opened = (
          await pair.a.get('/api/circles/{circleId}/checkins', { circleId: pair.circleId })
        ).body.checkins;
        expect(opened).toHaveLength(2);
        expect(opened[0]).toMatchObject({ instrument: 'csi4' });

        const told = {
          cadence: 'off',
          stopped: { cadence: 'weekly', instrument: 'csi4', code: 'not_for_circle_kind' },
        };
        expect(
          (await a.get('/api/circles/{circleId}/checkin-schedule', { circleId: circle.id })).body,
        ).toEqual(told);
        expect(
          (await b.get('/api/circles/{circleId}/checkin-schedule', { circleId: circle.id })).body,
        ).toEqual(told);
        const exported = await a.get('/api/me/export');
        expect(exported.status).toBe(200);
        expect(
          exported.body.circles.find((c) => c.circle.id === circle.id)?.checkinSchedule,
        ).toEqual(told);

        // Choosing recipro's own questions replaces it; they open, worded for the kind.
        const chosen = await b.put(
          '/api/circles/{circleId}/checkin-schedule',
          { circleId: circle.id },
          {
            cadence: 'weekly',
            instrument: 'reciprocity',
          },
        );
        expect(chosen.status).toBe(200);
        expect(
          (await a.get('/api/circles/{circleId}/checkin-schedule', { circleId: circle.id })).body,
        ).toEqual({
          cadence: 'weekly',
          instrument: 'reciprocity',
        });
        await server.recipro.scheduler.tick();
        const own = (await a.get('/api/circles/{circleId}/checkins', { circleId: circle.id })).body
          .checkins;
        expect(own).toHaveLength(1);
        expect(own[0]).toMatchObject({ instrument: 'reciprocity', status: 'open' });
      } finally {
        server.clock.advance(-WEEK);
      }
    },
  );

  it('leaves a CSI-16 schedule stopped too, and "off" clears it', async () => {
    const a = await server.signUp('Ama');
    const circle = (await a.post('/api/circles', {}, { name: 'The Okafors', kind: 'family' })).body;
    await storeOldSchedule(circle.id, circle.myMemberId, a.user.id, 'csi16');
    await server.recipro.scheduler.tick();
    expect(
      (await a.get('/api/circles/{circleId}/checkins', { circleId: circle.id })).body.checkins,
    ).toEqual([]);
    expect(
      (await a.get('/api/circles/{circleId}/checkin-schedule', { circleId: circle.id })).body,
    ).toMatchObject({
      cadence: 'off',
      stopped: { instrument: 'csi16' },
    });
    expect(
      (
        await a.put(
          '/api/circles/{circleId}/checkin-schedule',
          { circleId: circle.id },
          { cadence: 'off' },
        )
      ).status,
    ).toBe(200);
    expect(
      (await a.get('/api/circles/{circleId}/checkin-schedule', { circleId: circle.id })).body,
    ).toEqual({ cadence: 'off' });
  });
});
