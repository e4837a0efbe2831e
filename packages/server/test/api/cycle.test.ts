import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../support/databases.ts';
import { couple, join as joinCircle, startTestServer, type TestServer } from '../support/server.ts';

describe.each(testDatabases())('reflect, express and repair on $name', (database) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(database);
  });
  afterAll(async () => server?.stop());

  it('keeps a reflection readable by its author only', async () => {
    const { a, b, circleId } = await couple(server);
    const text = 'I keep saying yes when I mean "not tonight" 😶';
    const written = await a.post(
      '/api/circles/{circleId}/reflections',
      { circleId },
      {
        text,
        promptId: 'reflect_over_giving_1',
      },
    );
    expect(written.status).toBe(201);
    expect(written.body.text).toBe(text);

    expect(
      (await a.get('/api/circles/{circleId}/reflections', { circleId })).body.reflections,
    ).toEqual([written.body]);
    expect(
      (
        await a.get('/api/circles/{circleId}/reflections/{reflectionId}', {
          circleId,
          reflectionId: written.body.id,
        })
      ).body,
    ).toEqual(written.body);

    expect(
      (await b.get('/api/circles/{circleId}/reflections', { circleId })).body.reflections,
    ).toEqual([]);
    const peek = await b.get('/api/circles/{circleId}/reflections/{reflectionId}', {
      circleId,
      reflectionId: written.body.id,
    });
    expect(peek.status).toBe(404);
    expect(JSON.stringify(peek.parsed)).not.toContain('not tonight');

    // Nowhere else in the circle's API either.
    for (const path of ['', '/acts', '/summary', '/needs', '/ruptures', '/checkins']) {
      const reply = await b.raw('GET', `/api/circles/${circleId}${path}`);
      expect(JSON.stringify(reply.parsed), path).not.toContain('not tonight');
    }
    const outsider = await server.signUp('Outsider');
    expect(
      (
        await outsider.get('/api/circles/{circleId}/reflections/{reflectionId}', {
          circleId,
          reflectionId: written.body.id,
        })
      ).status,
    ).toBe(404);
  });

  it('refuses an empty reflection or an unknown prompt', async () => {
    const { a, circleId } = await couple(server);
    expect(
      (await a.post('/api/circles/{circleId}/reflections', { circleId }, { text: '   ' })).status,
    ).toBe(400);
    expect(
      (
        await a.post(
          '/api/circles/{circleId}/reflections',
          { circleId },
          { text: 'ok', promptId: 'nope' },
        )
      ).status,
    ).toBe(400);
    expect(
      (await a.get('/api/circles/{circleId}/reflections', { circleId })).body.reflections,
    ).toEqual([]);
  });

  it('shares a need only when its author chooses, and lets others thank them', async () => {
    const { a, b, circleId, aMember, bMember } = await couple(server);
    const kept = await a.post(
      '/api/circles/{circleId}/needs',
      { circleId },
      {
        text: 'It would help me if we planned Sundays.',
        starterId: 'need_would_help_me_if',
      },
    );
    expect(kept.body.shared).toBe(false);
    const shared = await a.post(
      '/api/circles/{circleId}/needs',
      { circleId },
      {
        text: 'I feel more connected when we walk after dinner.',
        shared: true,
      },
    );
    expect(shared.status).toBe(201);

    const seenByB = (await b.get('/api/circles/{circleId}/needs', { circleId })).body.needs;
    expect(seenByB.map((n: { id: string }) => n.id)).toEqual([shared.body.id]);
    expect(
      (
        await b.post('/api/circles/{circleId}/needs/{needId}/thanks', {
          circleId,
          needId: kept.body.id,
        })
      ).status,
    ).toBe(404);

    const thanked = await b.post('/api/circles/{circleId}/needs/{needId}/thanks', {
      circleId,
      needId: shared.body.id,
    });
    expect(thanked.body.thankedBy).toEqual([bMember]);
    expect(
      (
        await a.post('/api/circles/{circleId}/needs/{needId}/thanks', {
          circleId,
          needId: shared.body.id,
        })
      ).status,
    ).toBe(403);
    const mine = (await a.get('/api/circles/{circleId}/needs', { circleId })).body.needs;
    expect(mine).toHaveLength(2);
    expect(mine.every((n: { authorMemberId: string }) => n.authorMemberId === aMember)).toBe(true);
  });

  it('logs a rupture, a reset, each one\'s "repaired for me", and who reached out', async () => {
    // Three hours ago must be today (UTC) too: a member is involved in ruptures from the day they
    // joined, and B joins just now. Before 03:00 the clock moves on to past it.
    const intoDay = server.clock.now() % 86_400_000;
    if (intoDay < 3 * 3_600_000 + 60_000) server.clock.advance(3 * 3_600_000 + 60_000 - intoDay);
    const { a, b, circleId, aMember, bMember } = await couple(server);
    const at = new Date(server.clock.now() - 3 * 3_600_000).toISOString();
    const rupture = await a.post(
      '/api/circles/{circleId}/ruptures',
      { circleId },
      {
        note: 'Snapped about the dishes',
        notePrivate: true,
        at,
      },
    );
    expect(rupture.status).toBe(201);
    expect(rupture.body.note).toBe('Snapped about the dishes');

    const seenByB = (await b.get('/api/circles/{circleId}/ruptures', { circleId })).body;
    expect(seenByB.ruptures).toHaveLength(1);
    expect(seenByB.ruptures[0]?.note).toBeNull();
    expect(seenByB.ruptures[0]?.notePrivate).toBe(true);

    const reset = await b.post('/api/circles/{circleId}/ruptures/{ruptureId}/reset', {
      circleId,
      ruptureId: rupture.body.id,
    });
    expect(reset.body.startedByMemberId).toBe(bMember);
    expect(reset.body.repairedAt).toBeNull();

    const forA = await a.post('/api/circles/{circleId}/ruptures/{ruptureId}/repair', {
      circleId,
      ruptureId: rupture.body.id,
    });
    expect(forA.status).toBe(200);
    expect(forA.body).toMatchObject({ repairedBy: [aMember], repairedAt: null });
    expect([...forA.body.involvedMemberIds].sort()).toEqual([aMember, bMember].sort());
    expect(
      (
        await a.post('/api/circles/{circleId}/ruptures/{ruptureId}/repair', {
          circleId,
          ruptureId: rupture.body.id,
        })
      ).status,
    ).toBe(409);
    expect(
      (await b.get('/api/circles/{circleId}/ruptures', { circleId })).body.stats.repaired,
    ).toBe(0);

    server.clock.advance(2 * 3_600_000);
    const repaired = await b.post('/api/circles/{circleId}/ruptures/{ruptureId}/repair', {
      circleId,
      ruptureId: rupture.body.id,
    });
    expect(repaired.status).toBe(200);
    expect(repaired.body.repairedBy).toEqual([aMember, bMember]);
    expect(repaired.body.startedByMemberId).toBe(bMember);
    // Measured to the last "repaired for me".
    expect(repaired.body.secondsToRepair).toBeGreaterThanOrEqual(5 * 3600);
    expect(repaired.body.secondsToRepair).toBeLessThan(5 * 3600 + 60);
    expect(
      (
        await b.post('/api/circles/{circleId}/ruptures/{ruptureId}/repair', {
          circleId,
          ruptureId: rupture.body.id,
        })
      ).status,
    ).toBe(409);

    const stats = (await a.get('/api/circles/{circleId}/ruptures', { circleId })).body.stats;
    expect(stats.repaired).toBe(1);
    expect(stats.withinGoalShare).toBe(1);
    expect(stats.startedShares.find((s) => s.memberId === bMember)?.share).toBe(1);
  });

  it('refuses to repair a rupture of another circle', async () => {
    const mine = await couple(server);
    const theirs = await couple(server);
    const rupture = (
      await theirs.a.post(
        '/api/circles/{circleId}/ruptures',
        { circleId: theirs.circleId },
        { note: 'A hard evening' },
      )
    ).body;
    const reply = await mine.a.post('/api/circles/{circleId}/ruptures/{ruptureId}/repair', {
      circleId: mine.circleId,
      ruptureId: rupture.id,
    });
    expect(reply.status).toBe(404);
    expect(
      (
        await mine.a.post('/api/circles/{circleId}/ruptures/{ruptureId}/repair', {
          circleId: theirs.circleId,
          ruptureId: rupture.id,
        })
      ).status,
    ).toBe(404);
    expect(
      (await theirs.a.get('/api/circles/{circleId}/ruptures', { circleId: theirs.circleId })).body
        .ruptures[0]?.repairedAt,
    ).toBeNull();
    expect(
      (
        await mine.a.post(
          '/api/circles/{circleId}/ruptures',
          { circleId: mine.circleId },
          { note: 'A hard evening', at: 'tomorrow-ish' },
        )
      ).status,
    ).toBe(400);
  });

  it('counts a repair only for who acted, and waits for everyone involved', async () => {
    const a = await server.signUp('Ama');
    const b = await server.signUp('Bo');
    const c = await server.signUp('Cy');
    const d = await server.signUp('Di');
    const circle = (await a.post('/api/circles', {}, { name: 'Family', kind: 'family' })).body;
    const join = (who: typeof b) => joinCircle(a, who, circle.id);
    const bMember = await join(b);
    const cMember = await join(c);
    const rupture = (
      await a.post(
        '/api/circles/{circleId}/ruptures',
        { circleId: circle.id },
        { note: 'A hard evening' },
      )
    ).body;
    expect(rupture.involvedMemberIds).toHaveLength(3);
    server.clock.advance(3 * 86_400_000);
    await join(d);
    expect(
      (
        await d.post('/api/circles/{circleId}/ruptures/{ruptureId}/repair', {
          circleId: circle.id,
          ruptureId: rupture.id,
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await d.post('/api/circles/{circleId}/ruptures/{ruptureId}/reset', {
          circleId: circle.id,
          ruptureId: rupture.id,
        })
      ).status,
    ).toBe(404);

    // Bo reaches out on Ama's rupture: it counts for Bo, and repairs nothing yet.
    const reset = await b.post('/api/circles/{circleId}/ruptures/{ruptureId}/reset', {
      circleId: circle.id,
      ruptureId: rupture.id,
    });
    expect(reset.body).toMatchObject({ startedByMemberId: bMember, repairedAt: null });
    await b.post('/api/circles/{circleId}/ruptures/{ruptureId}/repair', {
      circleId: circle.id,
      ruptureId: rupture.id,
    });
    const twoOfThree = await a.post('/api/circles/{circleId}/ruptures/{ruptureId}/repair', {
      circleId: circle.id,
      ruptureId: rupture.id,
    });
    expect(twoOfThree.body.repairedAt).toBeNull();
    expect(twoOfThree.body.repairedBy).toHaveLength(2);

    // Cy leaves without saying it: the two who stay have, so it is repaired.
    expect((await c.post('/api/circles/{circleId}/leave', { circleId: circle.id })).status).toBe(
      204,
    );
    const after = (await a.get('/api/circles/{circleId}/ruptures', { circleId: circle.id })).body;
    expect(after.ruptures[0]?.involvedMemberIds).not.toContain(cMember);
    expect(after.ruptures[0]?.repairedAt).not.toBeNull();
    expect(after.stats.repaired).toBe(1);
  });
});
