import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../support/databases.ts';
import { couple, startTestServer, type TestServer } from '../support/server.ts';

const DAY = 86_400_000;

/**
 * A season is its member's own: only they start, change, end or delete it; another member may
 * suggest one, which they accept or decline; it lasts at most 180 days unless renewed; and while
 * it runs, the others' own received care and noticed rate are what they would be without it.
 */
describe.each(testDatabases())('seasons are their member’s own on $name', (database) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(database);
  });
  afterAll(async () => server?.stop());

  const iso = (ms: number) => new Date(ms).toISOString();

  it('makes a season for someone else a suggestion, which only they accept or decline', async () => {
    const { a, b, circleId, aMember, bMember } = await couple(server);
    for (let i = 0; i < 12; i += 1)
      await a.post(
        '/api/circles/{circleId}/acts',
        { circleId },
        { toMemberId: bMember, form: 'practical' },
      );
    const suggested = await a.post(
      '/api/circles/{circleId}/seasons',
      { circleId },
      {
        memberId: bMember,
        kind: 'exams',
        startsAt: iso(server.clock.now() - DAY),
      },
    );
    expect(suggested.status).toBe(201);
    expect(suggested.body).toMatchObject({ status: 'suggested', createdByMemberId: aMember });
    // A suggestion silences nothing.
    const before = (
      await a.get('/api/circles/{circleId}/balance', { circleId }, { query: { window: '30' } })
    ).body;
    expect(before.insights.some((i) => i.kind === 'season')).toBe(false);

    for (const action of ['accept', 'decline'] as const) {
      const reply = await a.post(`/api/circles/{circleId}/seasons/{seasonId}/${action}`, {
        circleId,
        seasonId: suggested.body.id,
      });
      expect(reply.status, action).toBe(403);
      expect(reply.error.code, action).toBe('forbidden');
    }
    const accepted = await b.post('/api/circles/{circleId}/seasons/{seasonId}/accept', {
      circleId,
      seasonId: suggested.body.id,
    });
    expect(accepted.status).toBe(200);
    expect(accepted.body.status).toBe('active');
    expect(
      (
        await b.post('/api/circles/{circleId}/seasons/{seasonId}/accept', {
          circleId,
          seasonId: suggested.body.id,
        })
      ).status,
    ).toBe(409);
    expect(
      (
        await b.post('/api/circles/{circleId}/seasons/{seasonId}/decline', {
          circleId,
          seasonId: suggested.body.id,
        })
      ).status,
    ).toBe(409);
    const after = (
      await b.get('/api/circles/{circleId}/balance', { circleId }, { query: { window: '30' } })
    ).body;
    expect(after.insights.some((i) => i.kind === 'season')).toBe(true);

    const another = (
      await a.post(
        '/api/circles/{circleId}/seasons',
        { circleId },
        {
          memberId: bMember,
          kind: 'work',
          startsAt: iso(server.clock.now()),
        },
      )
    ).body;
    expect(
      (
        await b.post('/api/circles/{circleId}/seasons/{seasonId}/decline', {
          circleId,
          seasonId: another.id,
        })
      ).status,
    ).toBe(204);
    const left = (await a.get('/api/circles/{circleId}/seasons', { circleId })).body.seasons;
    expect(left.map((s: { id: string }) => s.id)).toEqual([suggested.body.id]);

    // Whoever suggested one may take it back while it waits, not once accepted.
    const third = (
      await a.post(
        '/api/circles/{circleId}/seasons',
        { circleId },
        {
          memberId: bMember,
          kind: 'move',
          startsAt: iso(server.clock.now()),
        },
      )
    ).body;
    expect(
      (
        await a.delete('/api/circles/{circleId}/seasons/{seasonId}', {
          circleId,
          seasonId: third.id,
        })
      ).status,
    ).toBe(204);
    expect(
      (
        await a.delete('/api/circles/{circleId}/seasons/{seasonId}', {
          circleId,
          seasonId: suggested.body.id,
        })
      ).status,
    ).toBe(403);
  });

  it('takes back accepting a suggested season: a suggestion again, its suggester not told', async () => {
    const { a, b, circleId, bMember } = await couple(server);
    const suggested = (
      await a.post(
        '/api/circles/{circleId}/seasons',
        { circleId },
        { memberId: bMember, kind: 'illness', startsAt: iso(server.clock.now() - DAY) },
      )
    ).body;
    const path = { circleId, seasonId: suggested.id };
    const toldA = async () =>
      (await a.get('/api/me/updates', {})).body.updates.filter((u) => u.kind === 'season_answered');
    const take = (who: typeof a) =>
      who.delete('/api/circles/{circleId}/seasons/{seasonId}/accept', path);

    expect((await take(b)).status).toBe(409); // not accepted yet
    await b.post('/api/circles/{circleId}/seasons/{seasonId}/accept', path);
    expect(await toldA()).toHaveLength(1);
    const byOther = await take(a);
    expect(byOther.status).toBe(403);
    expect(byOther.error.code).toBe('forbidden');

    const back = await take(b);
    expect(back.status).toBe(200);
    expect(back.body).toMatchObject({ status: 'suggested', memberId: bMember });
    expect(await toldA()).toEqual([]);
    // A suggestion again: it can be accepted or declined as before.
    const again = await b.post('/api/circles/{circleId}/seasons/{seasonId}/accept', path);
    expect(again.body.status).toBe('active');

    // A season of one's own was never a suggestion: there is nothing to take back.
    const own = (
      await b.post(
        '/api/circles/{circleId}/seasons',
        { circleId },
        { memberId: bMember, kind: 'exams', startsAt: iso(server.clock.now() - DAY) },
      )
    ).body;
    expect(
      (
        await b.delete('/api/circles/{circleId}/seasons/{seasonId}/accept', {
          circleId,
          seasonId: own.id,
        })
      ).status,
    ).toBe(409);
    const outsider = await couple(server);
    expect((await take(outsider.a)).status).toBe(404);
  });

  it('refuses changing, ending or deleting someone else’s season, and changes nothing', async () => {
    const { a, b, circleId, bMember } = await couple(server);
    const season = (
      await b.post(
        '/api/circles/{circleId}/seasons',
        { circleId },
        {
          memberId: bMember,
          kind: 'grief',
          startsAt: iso(server.clock.now() - 3 * DAY),
          note: 'A hard month',
        },
      )
    ).body;
    const tries = [
      await a.post('/api/circles/{circleId}/seasons/{seasonId}/end', {
        circleId,
        seasonId: season.id,
      }),
      await a.delete('/api/circles/{circleId}/seasons/{seasonId}', {
        circleId,
        seasonId: season.id,
      }),
      await a.patch(
        '/api/circles/{circleId}/seasons/{seasonId}',
        { circleId, seasonId: season.id },
        { note: 'changed by someone else' },
      ),
      await a.patch(
        '/api/circles/{circleId}/seasons/{seasonId}',
        { circleId, seasonId: season.id },
        { endsAt: iso(server.clock.now() + 10 * DAY) },
      ),
    ];
    for (const reply of tries) {
      expect(reply.status).toBe(403);
      expect(reply.error.code).toBe('forbidden');
    }
    expect((await b.get('/api/circles/{circleId}/seasons', { circleId })).body.seasons).toEqual([
      season,
    ]);
  });

  it('lasts at most 180 days unless its member renews it', async () => {
    const { a, b, circleId, bMember } = await couple(server);
    const start = server.clock.now();
    const tooLong = await b.post(
      '/api/circles/{circleId}/seasons',
      { circleId },
      {
        memberId: bMember,
        kind: 'caregiving',
        startsAt: iso(start),
        endsAt: iso(start + 181 * DAY),
      },
    );
    expect(tooLong.status).toBe(400);
    expect(tooLong.error.code).toBe('validation_failed');
    expect((await b.get('/api/circles/{circleId}/seasons', { circleId })).body.seasons).toEqual([]);

    const season = (
      await b.post(
        '/api/circles/{circleId}/seasons',
        { circleId },
        {
          memberId: bMember,
          kind: 'caregiving',
          startsAt: iso(start - 170 * DAY),
          endsAt: iso(start + 10 * DAY),
        },
      )
    ).body;
    const tooFar = await b.patch(
      '/api/circles/{circleId}/seasons/{seasonId}',
      { circleId, seasonId: season.id },
      {
        endsAt: iso(server.clock.now() + 181 * DAY),
      },
    );
    expect(tooFar.status).toBe(400);
    const renewedTo = iso(server.clock.now() + 180 * DAY);
    const renewed = await b.patch(
      '/api/circles/{circleId}/seasons/{seasonId}',
      { circleId, seasonId: season.id },
      { endsAt: renewedTo, kind: 'illness' },
    );
    expect(renewed.status).toBe(200);
    expect(renewed.body).toMatchObject({ endsAt: renewedTo, kind: 'illness', note: null });
    expect(
      (await a.get('/api/circles/{circleId}/seasons', { circleId })).body.seasons[0]?.endsAt,
    ).toBe(renewedTo);
    expect(
      (
        await b.patch(
          '/api/circles/{circleId}/seasons/{seasonId}',
          { circleId, seasonId: season.id },
          {},
        )
      ).status,
    ).toBe(400);
  });

  it('keeps the others’ own received care and noticed rate exactly as without the season', async () => {
    const { a, b, circleId, aMember, bMember } = await couple(server);
    for (let i = 0; i < 3; i += 1) {
      const act = (
        await b.post(
          '/api/circles/{circleId}/acts',
          { circleId },
          {
            toMemberId: aMember,
            form: 'emotional',
            at: iso(server.clock.now() - (i + 1) * DAY),
          },
        )
      ).body;
      if (i === 0)
        await a.post('/api/circles/{circleId}/acts/{actId}/acknowledge', {
          circleId,
          actId: act.id,
        });
    }
    for (let i = 0; i < 20; i += 1) {
      const act = (
        await a.post(
          '/api/circles/{circleId}/acts',
          { circleId },
          {
            toMemberId: bMember,
            form: 'practical',
            at: iso(server.clock.now() - (i % 20) * DAY - 3_600_000),
          },
        )
      ).body;
      if (i < 2)
        await b.post('/api/circles/{circleId}/acts/{actId}/acknowledge', {
          circleId,
          actId: act.id,
        });
    }
    const own = async () => {
      const view = (
        await a.get('/api/circles/{circleId}/balance', { circleId }, { query: { window: '30' } })
      ).body;
      const mine = view.pairs.find((p) => p.fromMemberId === aMember)!;
      return { received: mine.received, given: mine.given, noticedRate: mine.noticedRate };
    };
    const without = await own();
    expect(without.received.acts).toBe(3);
    expect(without.noticedRate).toBeCloseTo(0.1, 12);

    await b.post(
      '/api/circles/{circleId}/seasons',
      { circleId },
      {
        memberId: bMember,
        kind: 'illness',
        startsAt: iso(server.clock.now() - 25 * DAY),
      },
    );
    const during = (
      await a.get('/api/circles/{circleId}/balance', { circleId }, { query: { window: '30' } })
    ).body;
    expect(during.insights.some((i) => i.kind === 'season')).toBe(true);
    expect(await own()).toEqual(without);
  });
});
