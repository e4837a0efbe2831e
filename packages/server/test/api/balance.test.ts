import { computeCircleBalance } from '@recipro/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Body } from '../../../web/src/api/typed.ts';
import { testDatabases } from '../support/databases.ts';
import { couple, startTestServer, type TestServer } from '../support/server.ts';

const DAY = 86_400_000;
const rounded = (value: unknown): unknown =>
  JSON.parse(JSON.stringify(value), (_key, v) =>
    typeof v === 'number' ? Number(v.toPrecision(9)) : v,
  );

describe.each(testDatabases())('balance, seasons and care languages on $name', (database) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(database);
  });
  afterAll(async () => server?.stop());

  const logMany = async (
    client: Awaited<ReturnType<typeof couple>>['a'],
    circleId: string,
    to: string,
    n: number,
    form: Body<'post', '/api/circles/{circleId}/acts'>['form'] = 'practical',
  ) => {
    for (let i = 0; i < n; i += 1) {
      const at = new Date(server.clock.now() - (i % 25) * DAY - 3_600_000).toISOString();
      const reply = await client.post(
        '/api/circles/{circleId}/acts',
        { circleId },
        {
          toMemberId: to,
          form,
          effort: (i % 3) + 1,
          at,
        },
      );
      expect(reply.status).toBe(201);
    }
  };

  it('reads 20 acts against 2 in 30 days as one-sided, mirrored for the other side', async () => {
    const { a, b, circleId, aMember, bMember } = await couple(server);
    await logMany(a, circleId, bMember, 20);
    await logMany(b, circleId, aMember, 2, 'appreciation');
    const view = await a.get(
      '/api/circles/{circleId}/balance',
      { circleId },
      { query: { window: '30' } },
    );
    expect(view.status).toBe(200);
    expect(view.body.window).toBe(30);
    const ab = view.body.pairs.find((p) => p.fromMemberId === aMember)!;
    const ba = view.body.pairs.find((p) => p.fromMemberId === bMember)!;
    expect(ab.band).toBe('one_sided');
    expect(ab.index).toBeGreaterThan(0);
    expect(ba.index).toBeCloseTo(-ab.index, 12);
    expect(ab.given.acts).toBe(20);
    expect(
      view.body.loadShares.reduce((s: number, x: { share: number }) => s + x.share, 0),
    ).toBeCloseTo(1, 12);
    expect(view.body.insights.length).toBeGreaterThan(0);
    for (const insight of view.body.insights)
      expect(Object.keys(insight).sort()).toEqual(['evidence', 'kind', 'memberIds']);
  });

  it('gives the same view from stored aggregates as from a full recompute, in every window', async () => {
    const { a, b, circleId, aMember, bMember } = await couple(server);
    await logMany(a, circleId, bMember, 9, 'emotional');
    await logMany(b, circleId, aMember, 7, 'quality_time');
    const acts = (
      await a.get('/api/circles/{circleId}/acts', { circleId }, { query: { limit: 100 } })
    ).body.acts;
    for (const act of acts.filter((_x, i) => i % 2 === 0)) {
      const receiver = act.toMemberId === aMember ? a : b;
      await receiver.post('/api/circles/{circleId}/acts/{actId}/acknowledge', {
        circleId,
        actId: act.id,
      });
    }
    const all = (
      await a.get('/api/circles/{circleId}/acts', { circleId }, { query: { limit: 100 } })
    ).body.acts.map((x) => ({
      ...x,
      at: Date.parse(x.at),
      noticedAt: x.noticedAt === null ? null : Date.parse(x.noticedAt),
    }));
    const circle = (await a.get('/api/circles/{circleId}', { circleId })).body;
    for (const window of ['7', '30', '90', 'decay'] as const) {
      const view = (
        await a.get('/api/circles/{circleId}/balance', { circleId }, { query: { window } })
      ).body;
      const now = Date.parse(view.now);
      const expected = computeCircleBalance(all, {
        members: circle.members,
        now,
        window: window === 'decay' ? 'decay' : (Number(window) as 7 | 30 | 90),
      });
      // Decayed sums are floating point: the same acts added in another order may differ in the last bits.
      expect(rounded(view.pairs.map((p) => [p.band, p.pattern, p.given, p.noticedRate]))).toEqual(
        rounded(expected.pairs.map((p) => [p.band, p.pattern, p.given, p.noticedRate])),
      );
      view.pairs.forEach((p, i) => expect(p.index).toBeCloseTo(expected.pairs[i]!.index, 9));
      expect(view.insights.map((i) => i.kind)).toEqual(expected.insights.map((i) => i.kind));
    }
  });

  it('gives every pair its balance over time, the last point matching the fixed window, mirrored', async () => {
    const { a, b, circleId, aMember, bMember } = await couple(server);
    await logMany(a, circleId, bMember, 12);
    await logMany(b, circleId, aMember, 5);
    const series = await a.get(
      '/api/circles/{circleId}/balance/series',
      { circleId },
      { query: { points: 5, stepDays: 7, windowDays: 30 } },
    );
    expect(series.status).toBe(200);
    expect(series.body.pairs).toHaveLength(2);
    const [ab, ba] = [series.body.pairs[0]!, series.body.pairs[1]!];
    expect(ab.points).toHaveLength(5);
    ab.points.forEach((p, i) => expect(ba.points[i]!.index).toBeCloseTo(-p.index, 12));
    const view = (
      await a.get('/api/circles/{circleId}/balance', { circleId }, { query: { window: '30' } })
    ).body;
    const fixed = view.pairs.find((p) => p.fromMemberId === ab.fromMemberId)!;
    expect(ab.points.at(-1)!.index).toBeCloseTo(fixed.index, 9);
    expect(ab.points.at(-1)!.band).toBe(fixed.band);
    for (const query of ['?points=0', '?points=61', '?windowDays=14', '?stepDays=0', '?extra=1']) {
      expect(
        (await a.raw('GET', `/api/circles/${circleId}/balance/series${query}`)).status,
        query,
      ).toBe(400);
    }
  });

  it('holds a pair at most leaning while a season covers the one who gives less', async () => {
    const { a, b, circleId, aMember, bMember } = await couple(server);
    await logMany(a, circleId, bMember, 20);
    await logMany(b, circleId, aMember, 2);
    const season = await b.post(
      '/api/circles/{circleId}/seasons',
      { circleId },
      {
        memberId: bMember,
        kind: 'illness',
        startsAt: new Date(server.clock.now() - 40 * DAY).toISOString(),
        note: 'Recovering from surgery',
      },
    );
    expect(season.status).toBe(201);
    expect(season.body).toMatchObject({
      memberId: bMember,
      kind: 'illness',
      status: 'active',
      createdByMemberId: bMember,
    });
    // Without an end, it lasts 180 days from today (it started before today).
    expect(Date.parse(season.body.endsAt!) - server.clock.now()).toBeGreaterThan(179 * DAY);
    expect(Date.parse(season.body.endsAt!) - server.clock.now()).toBeLessThanOrEqual(180 * DAY);
    const view = (
      await b.get('/api/circles/{circleId}/balance', { circleId }, { query: { window: '30' } })
    ).body;
    const ab = view.pairs.find((p) => p.fromMemberId === aMember)!;
    expect(ab.band).toBe('leaning');
    expect(view.insights.some((i) => i.kind === 'season')).toBe(true);

    const ended = await b.post('/api/circles/{circleId}/seasons/{seasonId}/end', {
      circleId,
      seasonId: season.body.id,
    });
    expect(Date.parse(ended.body.endsAt!)).toBeLessThanOrEqual(server.clock.now());
    expect(
      (await a.get('/api/circles/{circleId}/seasons', { circleId })).body.seasons,
    ).toHaveLength(1);
    expect(
      (
        await b.delete('/api/circles/{circleId}/seasons/{seasonId}', {
          circleId,
          seasonId: season.body.id,
        })
      ).status,
    ).toBe(204);
    expect((await a.get('/api/circles/{circleId}/seasons', { circleId })).body.seasons).toEqual([]);
  });

  it('refuses bad seasons and windows, and changes nothing', async () => {
    const { a, circleId, bMember } = await couple(server);
    const other = await couple(server);
    const start = new Date(server.clock.now() - DAY).toISOString();
    for (const [label, body] of [
      [
        'an end before the start',
        {
          memberId: bMember,
          kind: 'exams',
          startsAt: start,
          endsAt: new Date(server.clock.now() - 2 * DAY).toISOString(),
        },
      ],
      ['a non-member', { memberId: other.bMember, kind: 'exams', startsAt: start }],
      ['an unknown kind', { memberId: bMember, kind: 'holiday', startsAt: start }],
      [
        'an impossible date',
        { memberId: bMember, kind: 'exams', startsAt: '2026-02-30T00:00:00Z' },
      ],
      ['no start', { memberId: bMember, kind: 'exams' }],
    ] as const) {
      const reply = await a.raw('POST', `/api/circles/${circleId}/seasons`, body);
      expect(reply.status, label).toBe(400);
      expect(reply.error.code, label).toBe('validation_failed');
    }
    expect((await a.get('/api/circles/{circleId}/seasons', { circleId })).body.seasons).toEqual([]);
    for (const window of ['14', 'week', '']) {
      expect(
        (await a.raw('GET', `/api/circles/${circleId}/balance?window=${window}`)).status,
        window,
      ).toBe(400);
    }
    expect((await other.a.get('/api/circles/{circleId}/balance', { circleId })).status).toBe(404);
  });

  it('keeps a ranking of care languages, refusing unknown or repeated ones', async () => {
    const c = await server.signUp('Ranker');
    expect((await c.get('/api/me/care-languages')).body).toEqual({ ranked: [] });
    const put = await c.put(
      '/api/me/care-languages',
      {},
      {
        ranked: ['words', 'time', 'acts'],
      },
    );
    expect(put.status).toBe(200);
    for (const ranked of [['words', 'words'], ['words', 'money'], 'words']) {
      const reply = await c.raw('PUT', '/api/me/care-languages', { ranked });
      expect(reply.status, JSON.stringify(ranked)).toBe(400);
    }
    expect((await c.get('/api/me/care-languages')).body).toEqual({
      ranked: ['words', 'time', 'acts'],
    });
  });
});
