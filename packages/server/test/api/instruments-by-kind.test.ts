import { CIRCLE_KINDS } from '@recipro/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Reply } from '../../../web/src/api/typed.ts';
import { testDatabases } from '../support/databases.ts';
import { couple, startTestServer, type TestServer } from '../support/server.ts';

const NOT_COUPLES = CIRCLE_KINDS.filter((kind) => kind !== 'couple');

/** The CSI asks about "your partner": couple circles only (PRODUCT.md principle 3). */
describe.each(testDatabases())('instruments by circle kind on $name', (database) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(database);
  });
  afterAll(async () => server?.stop());

  const ids = (body: Reply<'get', '/api/instruments'>) => body.instruments.map(({ id }) => id);

  it('lists every instrument without a kind, and only those a kind may use with one', async () => {
    const client = server.client();
    expect(ids((await client.get('/api/instruments')).body)).toEqual([
      'csi4',
      'csi16',
      'reciprocity',
    ]);
    expect(
      ids((await client.get('/api/instruments', {}, { query: { kind: 'couple' } })).body),
    ).toEqual(['csi4', 'csi16', 'reciprocity']);
    for (const kind of NOT_COUPLES) {
      expect(ids((await client.get('/api/instruments', {}, { query: { kind } })).body)).toEqual([
        'reciprocity',
      ]);
    }
    const unknown = await client.raw('GET', '/api/instruments?kind=household');
    expect(unknown.status).toBe(400);
    expect(unknown.error.code).toBe('validation_failed');
  });

  it('words recipro’s own items for the kind asked, with the same ids and scores', async () => {
    const client = server.client();
    const asCouple = (
      await client.get('/api/instruments/{instrumentId}', { instrumentId: 'reciprocity' })
    ).body;
    expect(JSON.stringify(asCouple)).toContain('I feel valued by my partner.');
    expect(
      (
        await client.get(
          '/api/instruments/{instrumentId}',
          { instrumentId: 'reciprocity' },
          { query: { kind: 'couple' } },
        )
      ).body,
    ).toEqual(asCouple);
    for (const kind of NOT_COUPLES) {
      const worded = await client.get(
        '/api/instruments/{instrumentId}',
        { instrumentId: 'reciprocity' },
        { query: { kind } },
      );
      expect(worded.status).toBe(200);
      const items = worded.body.items;
      const words = items.map((item) => ({
        text: 'text' in item ? item.text : undefined,
        options: 'options' in item ? item.options : undefined,
      }));
      expect(JSON.stringify(words)).not.toMatch(/partner/i);
      expect(items.map(({ id }) => id)).toEqual(asCouple.items.map(({ id }) => id));
      expect(worded.body.version).toBe(asCouple.version);
      const listed = (await client.get('/api/instruments', {}, { query: { kind } })).body
        .instruments;
      expect(listed).toEqual([worded.body]);
    }
    // The CSI is never reworded, whatever kind is asked.
    expect(
      (
        await client.get(
          '/api/instruments/{instrumentId}',
          { instrumentId: 'csi4' },
          { query: { kind: 'team' } },
        )
      ).body,
    ).toEqual((await client.get('/api/instruments/{instrumentId}', { instrumentId: 'csi4' })).body);
  });

  it.each(NOT_COUPLES)(
    'refuses the CSI in a %s circle and stores nothing; recipro’s own items open',
    async (kind) => {
      const a = await server.signUp('Ama');
      const circle = (await a.post('/api/circles', {}, { name: 'Ours', kind })).body;
      for (const instrument of ['csi4', 'csi16'] as const) {
        const refused = await a.post(
          '/api/circles/{circleId}/checkins',
          { circleId: circle.id },
          { instrument },
        );
        expect(refused.status).toBe(400);
        expect(refused.error).toMatchObject({
          code: 'validation_failed',
          details: [{ field: 'instrument', code: 'not_for_circle_kind', kind }],
        });
        expect(refused.error.message).not.toMatch(/partner/i);

        const scheduled = await a.put(
          '/api/circles/{circleId}/checkin-schedule',
          { circleId: circle.id },
          {
            cadence: 'weekly',
            instrument,
          },
        );
        expect(scheduled.status).toBe(400);
        expect(scheduled.error.code).toBe('validation_failed');
      }
      expect(
        (await a.get('/api/circles/{circleId}/checkins', { circleId: circle.id })).body.checkins,
      ).toEqual([]);
      expect(
        (await a.get('/api/circles/{circleId}/checkin-schedule', { circleId: circle.id })).body,
      ).toEqual({ cadence: 'off' });

      const own = await a.post(
        '/api/circles/{circleId}/checkins',
        { circleId: circle.id },
        { instrument: 'reciprocity' },
      );
      expect(own.status).toBe(201);
      expect(own.body.instrument).toBe('reciprocity');
      const weekly = await a.put(
        '/api/circles/{circleId}/checkin-schedule',
        { circleId: circle.id },
        {
          cadence: 'weekly',
          instrument: 'reciprocity',
        },
      );
      expect(weekly.status).toBe(200);
    },
  );

  it('opens and schedules the CSI in a couple circle', async () => {
    const { a, circleId } = await couple(server);
    for (const instrument of ['csi4', 'csi16'] as const) {
      expect(
        (await a.post('/api/circles/{circleId}/checkins', { circleId }, { instrument })).status,
      ).toBe(201);
    }
    const scheduled = await a.put(
      '/api/circles/{circleId}/checkin-schedule',
      { circleId },
      {
        cadence: 'weekly',
        instrument: 'csi16',
      },
    );
    expect(scheduled.status).toBe(200);
  });
});
