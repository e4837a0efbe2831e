import { CIRCLE_KINDS, getInstrument, proseIn, reciprocity } from '@recipro/core';
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

  it('sends recipro’s own items by id, without words, the same for every kind; the CSI with its words', async () => {
    const client = server.client();
    const own = (
      await client.get('/api/instruments/{instrumentId}', { instrumentId: 'reciprocity' })
    ).body;
    // Structure only: ids, positions, scores, what is private. The web words each item by id.
    expect(own.items.map(({ id }) => id)).toEqual(reciprocity.items.map(({ id }) => id));
    expect(own.version).toBe(reciprocity.version);
    expect(own).toMatchObject({ name: null, ownLabel: null });
    for (const [i, item] of own.items.entries()) {
      const source = reciprocity.items[i]!;
      expect(item.private).toBe(source.private);
      expect(item.provenance).toBeNull();
      if (item.kind === 'choice' && source.kind === 'choice') {
        expect(item.text).toBeNull();
        expect(item.options).toEqual(source.options.map(({ score }) => ({ label: null, score })));
      }
    }
    expect(own.instructions.every((instruction) => instruction.text === null)).toBe(true);
    expect(proseIn(own)).toEqual([]);
    // What a circle of any kind is listed is the same.
    for (const kind of CIRCLE_KINDS) {
      const listed = (await client.get('/api/instruments', {}, { query: { kind } })).body;
      expect(listed.instruments.find((i) => i.id === 'reciprocity')).toEqual(own);
    }
    // The CSI keeps its authors' words, as published.
    const csi4 = (await client.get('/api/instruments/{instrumentId}', { instrumentId: 'csi4' }))
      .body;
    const { researchCutOff: _cut, ...published } = getInstrument('csi4')!;
    expect(csi4).toEqual(JSON.parse(JSON.stringify(published)));
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
