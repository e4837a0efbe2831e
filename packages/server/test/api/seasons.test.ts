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
    const at = (path: string) => `/api/circles/${circleId}${path}`;
    for (let i = 0; i < 12; i += 1)
      await a.legacyPost(at('/acts'), { toMemberId: bMember, form: 'practical' });
    const suggested = await a.legacyPost(at('/seasons'), {
      memberId: bMember,
      kind: 'exams',
      startsAt: iso(server.clock.now() - DAY),
    });
    expect(suggested.status).toBe(201);
    expect(suggested.body).toMatchObject({ status: 'suggested', createdByMemberId: aMember });
    const path = at(`/seasons/${suggested.body.id}`);
    // A suggestion silences nothing.
    const before = (await a.legacyGet(at('/balance?window=30'))).body;
    expect(before.insights.some((i: { kind: string }) => i.kind === 'season')).toBe(false);

    for (const action of ['accept', 'decline']) {
      const reply = await a.legacyPost(`${path}/${action}`);
      expect(reply.status, action).toBe(403);
      expect(reply.body.error.code, action).toBe('forbidden');
    }
    const accepted = await b.legacyPost(`${path}/accept`);
    expect(accepted.status).toBe(200);
    expect(accepted.body.status).toBe('active');
    expect((await b.legacyPost(`${path}/accept`)).status).toBe(409);
    expect((await b.legacyPost(`${path}/decline`)).status).toBe(409);
    const after = (await b.legacyGet(at('/balance?window=30'))).body;
    expect(after.insights.some((i: { kind: string }) => i.kind === 'season')).toBe(true);

    const another = (
      await a.legacyPost(at('/seasons'), {
        memberId: bMember,
        kind: 'work',
        startsAt: iso(server.clock.now()),
      })
    ).body;
    expect((await b.legacyPost(at(`/seasons/${another.id}/decline`))).status).toBe(204);
    const left = (await a.legacyGet(at('/seasons'))).body.seasons;
    expect(left.map((s: { id: string }) => s.id)).toEqual([suggested.body.id]);

    // Whoever suggested one may take it back while it waits, not once accepted.
    const third = (
      await a.legacyPost(at('/seasons'), {
        memberId: bMember,
        kind: 'move',
        startsAt: iso(server.clock.now()),
      })
    ).body;
    expect((await a.legacyRequest('DELETE', at(`/seasons/${third.id}`))).status).toBe(204);
    expect((await a.legacyRequest('DELETE', path)).status).toBe(403);
  });

  it('refuses changing, ending or deleting someone else’s season, and changes nothing', async () => {
    const { a, b, circleId, bMember } = await couple(server);
    const at = (path: string) => `/api/circles/${circleId}${path}`;
    const season = (
      await b.legacyPost(at('/seasons'), {
        memberId: bMember,
        kind: 'grief',
        startsAt: iso(server.clock.now() - 3 * DAY),
        note: 'A hard month',
      })
    ).body;
    const path = at(`/seasons/${season.id}`);
    const tries = [
      await a.legacyPost(`${path}/end`),
      await a.legacyRequest('DELETE', path),
      await a.legacyRequest('PATCH', path, { note: 'changed by someone else' }),
      await a.legacyRequest('PATCH', path, { endsAt: iso(server.clock.now() + 10 * DAY) }),
    ];
    for (const reply of tries) {
      expect(reply.status).toBe(403);
      expect(reply.body.error.code).toBe('forbidden');
    }
    expect((await b.legacyGet(at('/seasons'))).body.seasons).toEqual([season]);
  });

  it('lasts at most 180 days unless its member renews it', async () => {
    const { a, b, circleId, bMember } = await couple(server);
    const at = (path: string) => `/api/circles/${circleId}${path}`;
    const start = server.clock.now();
    const tooLong = await b.legacyPost(at('/seasons'), {
      memberId: bMember,
      kind: 'caregiving',
      startsAt: iso(start),
      endsAt: iso(start + 181 * DAY),
    });
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.error.code).toBe('validation_failed');
    expect((await b.legacyGet(at('/seasons'))).body.seasons).toEqual([]);

    const season = (
      await b.legacyPost(at('/seasons'), {
        memberId: bMember,
        kind: 'caregiving',
        startsAt: iso(start - 170 * DAY),
        endsAt: iso(start + 10 * DAY),
      })
    ).body;
    const path = at(`/seasons/${season.id}`);
    const tooFar = await b.legacyRequest('PATCH', path, {
      endsAt: iso(server.clock.now() + 181 * DAY),
    });
    expect(tooFar.status).toBe(400);
    const renewedTo = iso(server.clock.now() + 180 * DAY);
    const renewed = await b.legacyRequest('PATCH', path, { endsAt: renewedTo, kind: 'illness' });
    expect(renewed.status).toBe(200);
    expect(renewed.body).toMatchObject({ endsAt: renewedTo, kind: 'illness', note: null });
    expect((await a.legacyGet(at('/seasons'))).body.seasons[0].endsAt).toBe(renewedTo);
    expect((await b.legacyRequest('PATCH', path, {})).status).toBe(400);
  });

  it('keeps the others’ own received care and noticed rate exactly as without the season', async () => {
    const { a, b, circleId, aMember, bMember } = await couple(server);
    const at = (path: string) => `/api/circles/${circleId}${path}`;
    for (let i = 0; i < 3; i += 1) {
      const act = (
        await b.legacyPost(at('/acts'), {
          toMemberId: aMember,
          form: 'emotional',
          at: iso(server.clock.now() - (i + 1) * DAY),
        })
      ).body;
      if (i === 0) await a.legacyPost(at(`/acts/${act.id}/acknowledge`));
    }
    for (let i = 0; i < 20; i += 1) {
      const act = (
        await a.legacyPost(at('/acts'), {
          toMemberId: bMember,
          form: 'practical',
          at: iso(server.clock.now() - (i % 20) * DAY - 3_600_000),
        })
      ).body;
      if (i < 2) await b.legacyPost(at(`/acts/${act.id}/acknowledge`));
    }
    const own = async () => {
      const view = (await a.legacyGet(at('/balance?window=30'))).body;
      const mine = view.pairs.find((p: { fromMemberId: string }) => p.fromMemberId === aMember);
      return { received: mine.received, given: mine.given, noticedRate: mine.noticedRate };
    };
    const without = await own();
    expect(without.received.acts).toBe(3);
    expect(without.noticedRate).toBeCloseTo(0.1, 12);

    await b.legacyPost(at('/seasons'), {
      memberId: bMember,
      kind: 'illness',
      startsAt: iso(server.clock.now() - 25 * DAY),
    });
    const during = (await a.legacyGet(at('/balance?window=30'))).body;
    expect(during.insights.some((i: { kind: string }) => i.kind === 'season')).toBe(true);
    expect(await own()).toEqual(without);
  });
});
