import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../support/databases.ts';
import { couple, startTestServer, type TestServer } from '../support/server.ts';

const all = (n: number) => Array.from({ length: n }, (_, i) => i).join(',');

/**
 * A ritual's rule fires at most once a day: rules that would fire more often (one took a server
 * down by asking for every second of a year) and parts the app never makes are refused whole.
 */
describe.each(testDatabases())('ritual rules on $name', (database) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(database, { REMINDER_INTERVAL_SECONDS: '0' });
  });
  afterAll(async () => server?.stop());

  const refused = [
    `FREQ=DAILY;BYHOUR=${all(24)};BYMINUTE=${all(60)};BYSECOND=${all(60)}`,
    `FREQ=DAILY;BYHOUR=${all(24)};BYMINUTE=${all(60)}`,
    'FREQ=DAILY;BYHOUR=9',
    'FREQ=WEEKLY;BYDAY=MO;BYMINUTE=0,30',
    'FREQ=HOURLY',
    'FREQ=MINUTELY',
    'FREQ=SECONDLY',
    'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1',
    'FREQ=DAILY;COUNT=5',
  ];

  it('refuses a rule that fires more than once a day, or with parts the app never makes', async () => {
    const { a, circleId } = await couple(server);
    for (const rrule of refused) {
      const reply = await a.post(
        '/api/circles/{circleId}/rituals',
        { circleId },
        {
          kind: 'custom',
          rrule,
          time: '09:00',
          timezone: 'UTC',
        },
      );
      expect(reply.status, rrule).toBe(400);
      expect(reply.error.code, rrule).toBe('validation_failed');
      expect(reply.error.details, rrule).toEqual([
        { field: 'rrule', message: expect.stringContaining('cannot be used') },
      ]);
    }
    expect((await a.get('/api/circles/{circleId}/rituals', { circleId })).body.rituals).toEqual([]);
  });

  it('refuses the same rules in an edit, changing nothing', async () => {
    const { a, circleId } = await couple(server);
    const ritual = (
      await a.post(
        '/api/circles/{circleId}/rituals',
        { circleId },
        {
          kind: 'weekly_checkin',
          rrule: 'FREQ=WEEKLY;BYDAY=SU',
          time: '18:00',
          timezone: 'Europe/London',
        },
      )
    ).body;
    for (const rrule of refused) {
      const reply = await a.patch(
        '/api/circles/{circleId}/rituals/{ritualId}',
        { circleId, ritualId: ritual.id },
        {
          rrule,
        },
      );
      expect(reply.status, rrule).toBe(400);
      expect(reply.error.code, rrule).toBe('validation_failed');
    }
    expect((await a.get('/api/circles/{circleId}/rituals', { circleId })).body.rituals).toEqual([
      ritual,
    ]);
  });

  it('takes every rule the app’s schedule picker and suggestions make', async () => {
    const { a, circleId } = await couple(server);
    for (const rrule of [
      'FREQ=DAILY',
      'FREQ=WEEKLY;BYDAY=MO,TH',
      'FREQ=WEEKLY;INTERVAL=2;BYDAY=FR',
      'FREQ=MONTHLY;BYMONTHDAY=28',
      'FREQ=MONTHLY;BYDAY=1SU',
    ]) {
      const reply = await a.post(
        '/api/circles/{circleId}/rituals',
        { circleId },
        {
          kind: 'custom',
          rrule,
          time: '09:00',
          timezone: 'Asia/Kolkata',
        },
      );
      expect(reply.status, rrule).toBe(201);
      expect(reply.body.nextAt, rrule).toEqual(expect.any(String));
    }
  });
});
