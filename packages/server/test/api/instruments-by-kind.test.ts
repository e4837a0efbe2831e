import { CIRCLE_KINDS } from '@recipro/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

  const ids = (body: { instruments: { id: string }[] }) => body.instruments.map(({ id }) => id);

  it('lists every instrument without a kind, and only those a kind may use with one', async () => {
    const client = server.client();
    expect(ids((await client.legacyGet('/api/instruments')).body)).toEqual([
      'csi4',
      'csi16',
      'reciprocity',
    ]);
    expect(ids((await client.legacyGet('/api/instruments?kind=couple')).body)).toEqual([
      'csi4',
      'csi16',
      'reciprocity',
    ]);
    for (const kind of NOT_COUPLES) {
      expect(ids((await client.legacyGet(`/api/instruments?kind=${kind}`)).body)).toEqual([
        'reciprocity',
      ]);
    }
    const unknown = await client.legacyGet('/api/instruments?kind=household');
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.code).toBe('validation_failed');
  });

  it('words recipro’s own items for the kind asked, with the same ids and scores', async () => {
    const client = server.client();
    const asCouple = (await client.legacyGet('/api/instruments/reciprocity')).body;
    expect(JSON.stringify(asCouple)).toContain('I feel valued by my partner.');
    expect((await client.legacyGet('/api/instruments/reciprocity?kind=couple')).body).toEqual(
      asCouple,
    );
    for (const kind of NOT_COUPLES) {
      const worded = await client.legacyGet(`/api/instruments/reciprocity?kind=${kind}`);
      expect(worded.status).toBe(200);
      const items = worded.body.items as { id: string; text: string; options: unknown[] }[];
      expect(JSON.stringify(items.map(({ text, options }) => ({ text, options })))).not.toMatch(
        /partner/i,
      );
      expect(items.map(({ id }) => id)).toEqual(asCouple.items.map(({ id }: { id: string }) => id));
      expect(worded.body.version).toBe(asCouple.version);
      const listed = (await client.legacyGet(`/api/instruments?kind=${kind}`)).body.instruments;
      expect(listed).toEqual([worded.body]);
    }
    // The CSI is never reworded, whatever kind is asked.
    expect((await client.legacyGet('/api/instruments/csi4?kind=team')).body).toEqual(
      (await client.legacyGet('/api/instruments/csi4')).body,
    );
  });

  it.each(NOT_COUPLES)(
    'refuses the CSI in a %s circle and stores nothing; recipro’s own items open',
    async (kind) => {
      const a = await server.signUp('Ama');
      const circle = (await a.legacyPost('/api/circles', { name: 'Ours', kind })).body;
      const at = `/api/circles/${circle.id}`;
      for (const instrument of ['csi4', 'csi16']) {
        const refused = await a.legacyPost(`${at}/checkins`, { instrument });
        expect(refused.status).toBe(400);
        expect(refused.body.error).toMatchObject({
          code: 'validation_failed',
          details: [{ field: 'instrument', code: 'not_for_circle_kind', kind }],
        });
        expect(refused.body.error.message).not.toMatch(/partner/i);

        const scheduled = await a.legacyRequest('PUT', `${at}/checkin-schedule`, {
          cadence: 'weekly',
          instrument,
        });
        expect(scheduled.status).toBe(400);
        expect(scheduled.body.error.code).toBe('validation_failed');
      }
      expect((await a.legacyGet(`${at}/checkins`)).body.checkins).toEqual([]);
      expect((await a.legacyGet(`${at}/checkin-schedule`)).body).toEqual({ cadence: 'off' });

      const own = await a.legacyPost(`${at}/checkins`, { instrument: 'reciprocity' });
      expect(own.status).toBe(201);
      expect(own.body.instrument).toBe('reciprocity');
      const weekly = await a.legacyRequest('PUT', `${at}/checkin-schedule`, {
        cadence: 'weekly',
        instrument: 'reciprocity',
      });
      expect(weekly.status).toBe(200);
    },
  );

  it('opens and schedules the CSI in a couple circle', async () => {
    const { a, circleId } = await couple(server);
    const at = `/api/circles/${circleId}`;
    for (const instrument of ['csi4', 'csi16']) {
      expect((await a.legacyPost(`${at}/checkins`, { instrument })).status).toBe(201);
    }
    const scheduled = await a.legacyRequest('PUT', `${at}/checkin-schedule`, {
      cadence: 'weekly',
      instrument: 'csi16',
    });
    expect(scheduled.status).toBe(200);
  });
});
