import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../support/databases.ts';
import { couple, startTestServer, type TestServer } from '../support/server.ts';

describe.each(testDatabases())('the load divider on $name', (database) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(database);
  });
  afterAll(async () => server?.stop());

  it('credits invisible stages, sums shares to 1, and hands a stage over only when accepted', async () => {
    const { a, b, circleId, aMember, bMember } = await couple(server);
    const added = await a.post(
      '/api/circles/{circleId}/responsibilities/catalogue',
      { circleId },
      {
        ids: ['groceries', 'birthdays', 'bills'],
      },
    );
    expect(added.status).toBe(201);
    expect(added.body.responsibilities).toHaveLength(3);
    const groceries = added.body.responsibilities[0]!;
    const birthdays = added.body.responsibilities[1]!;
    expect(groceries.owners).toEqual({ notice: null, plan: null, do: null, followUp: null });

    expect(
      (
        await a.post('/api/circles/{circleId}/responsibilities/{responsibilityId}/own', {
          circleId,
          responsibilityId: groceries.id,
        })
      ).body.owners.do,
    ).toBe(aMember);
    await a.post('/api/circles/{circleId}/responsibilities/{responsibilityId}/own', {
      circleId,
      responsibilityId: birthdays.id,
    });
    // A stage someone carries moves only by a hand-over the other accepts.
    const direct = await a.patch(
      '/api/circles/{circleId}/responsibilities/{responsibilityId}',
      { circleId, responsibilityId: birthdays.id },
      {
        owners: { do: bMember },
      },
    );
    expect(direct.status).toBe(409);
    const offer = await a.post(
      '/api/circles/{circleId}/handovers',
      { circleId },
      {
        responsibilityId: birthdays.id,
        stage: 'do',
        toMemberId: bMember,
      },
    );
    expect(
      (
        await b.post('/api/circles/{circleId}/handovers/{handoverId}/accept', {
          circleId,
          handoverId: offer.body.id,
        })
      ).status,
    ).toBe(200);
    const split = (
      await a.get('/api/circles/{circleId}/responsibilities', { circleId })
    ).body.responsibilities.find((r) => r.id === birthdays.id)!;
    expect(split.owners).toEqual({
      notice: aMember,
      plan: aMember,
      do: bMember,
      followUp: aMember,
    });

    const load = (await b.get('/api/circles/{circleId}/load', { circleId })).body;
    const share = (id: string) => load.members.find((m) => m.memberId === id)!;
    expect(share(aMember).share + share(bMember).share).toBeCloseTo(1, 12);
    expect(share(aMember).invisibleShare).toBe(1);
    expect(load.unownedLoad).toBeGreaterThan(0);
    expect(load.gini).toBeGreaterThan(0);
    expect(load.suggestions.length).toBeGreaterThan(0);
    expect(load.suggestions[0]).toMatchObject({ fromMemberId: aMember, toMemberId: bMember });

    const { responsibilityId, stage } = load.suggestions[0]!;
    const proposed = await a.post(
      '/api/circles/{circleId}/handovers',
      { circleId },
      {
        responsibilityId,
        stage,
        toMemberId: bMember,
      },
    );
    expect(proposed.status).toBe(201);
    expect(proposed.body.status).toBe('proposed');
    expect(
      (
        await a.post('/api/circles/{circleId}/handovers/{handoverId}/accept', {
          circleId,
          handoverId: proposed.body.id,
        })
      ).status,
    ).toBe(403);
    const accepted = await b.post('/api/circles/{circleId}/handovers/{handoverId}/accept', {
      circleId,
      handoverId: proposed.body.id,
    });
    expect(accepted.body.status).toBe('accepted');
    const after = (
      await a.get('/api/circles/{circleId}/responsibilities', { circleId })
    ).body.responsibilities.find((r) => r.id === responsibilityId)!;
    expect(after.owners[stage]).toBe(bMember);
    expect(
      (
        await b.post('/api/circles/{circleId}/handovers/{handoverId}/decline', {
          circleId,
          handoverId: proposed.body.id,
        })
      ).status,
    ).toBe(409);

    const declined = await b.post(
      '/api/circles/{circleId}/handovers',
      { circleId },
      {
        responsibilityId: groceries.id,
        stage: 'plan',
        toMemberId: bMember,
      },
    );
    await a.post('/api/circles/{circleId}/handovers/{handoverId}/decline', {
      circleId,
      handoverId: declined.body.id,
    });
    const still = (
      await a.get('/api/circles/{circleId}/responsibilities', { circleId })
    ).body.responsibilities.find((r) => r.id === groceries.id)!;
    expect(still.owners.plan).toBe(aMember);
  });

  it('takes back an answer to a hand-over: proposed again, the stage back, the proposer not told', async () => {
    const { a, b, circleId, aMember, bMember } = await couple(server);
    const item = (
      await a.post(
        '/api/circles/{circleId}/responsibilities',
        { circleId },
        { title: 'Bins', area: 'home', frequency: 'weekly', effort: 1 },
      )
    ).body;
    await a.post('/api/circles/{circleId}/responsibilities/{responsibilityId}/own', {
      circleId,
      responsibilityId: item.id,
    });
    const owner = async () =>
      (
        await a.get('/api/circles/{circleId}/responsibilities', { circleId })
      ).body.responsibilities.find((r) => r.id === item.id)!.owners.do;
    const toldA = async () =>
      (await a.get('/api/me/updates', {})).body.updates.filter(
        (u) => u.kind === 'handover_answered',
      );
    const offer = (
      await a.post(
        '/api/circles/{circleId}/handovers',
        { circleId },
        { responsibilityId: item.id, stage: 'do', toMemberId: bMember },
      )
    ).body;
    const path = { circleId, handoverId: offer.id };

    // Nothing answered yet: nothing to take back.
    expect(
      (await b.delete('/api/circles/{circleId}/handovers/{handoverId}/answer', path)).status,
    ).toBe(409);

    await b.post('/api/circles/{circleId}/handovers/{handoverId}/accept', path);
    expect(await owner()).toBe(bMember);
    expect(await toldA()).toHaveLength(1);
    // Only the one who answered may take it back.
    const byProposer = await a.delete(
      '/api/circles/{circleId}/handovers/{handoverId}/answer',
      path,
    );
    expect(byProposer.status).toBe(403);
    expect(await owner()).toBe(bMember);

    const reopened = await b.delete('/api/circles/{circleId}/handovers/{handoverId}/answer', path);
    expect(reopened.status).toBe(200);
    expect(reopened.body.status).toBe('proposed');
    expect(await owner()).toBe(aMember);
    expect(await toldA()).toEqual([]);

    // Declined, then taken back: proposed again, and it can still be accepted.
    await b.post('/api/circles/{circleId}/handovers/{handoverId}/decline', path);
    expect(
      (await b.delete('/api/circles/{circleId}/handovers/{handoverId}/answer', path)).body.status,
    ).toBe('proposed');
    expect(await owner()).toBe(aMember);
    await b.post('/api/circles/{circleId}/handovers/{handoverId}/accept', path);
    expect(await owner()).toBe(bMember);

    // Once the stage has changed hands again since, the answer stands.
    const released = await b.post(
      '/api/circles/{circleId}/responsibilities/{responsibilityId}/release',
      { circleId, responsibilityId: item.id },
      { stages: ['do'] },
    );
    expect(released.status).toBe(200);
    const late = await b.delete('/api/circles/{circleId}/handovers/{handoverId}/answer', path);
    expect(late.status).toBe(409);
    expect(late.error.code).toBe('conflict');
    const outsider = await couple(server);
    expect(
      (await outsider.a.delete('/api/circles/{circleId}/handovers/{handoverId}/answer', path))
        .status,
    ).toBe(404);
  });

  it('shows what each thinks they carry, and honours what they cannot take on', async () => {
    const { a, b, circleId, aMember, bMember } = await couple(server);
    const cooking = (
      await a.post(
        '/api/circles/{circleId}/responsibilities',
        { circleId },
        {
          title: 'Cooking 🍲',
          area: 'home',
          frequency: 'daily',
          effort: 2,
          owners: { notice: aMember, plan: aMember, do: aMember, followUp: aMember },
        },
      )
    ).body;
    expect(cooking.title).toBe('Cooking 🍲');
    expect(
      (
        await b.put(
          '/api/circles/{circleId}/load/me',
          { circleId },
          { perceivedShare: 60, cannot: ['home'] },
        )
      ).status,
    ).toBe(200);
    const load = (await a.get('/api/circles/{circleId}/load', { circleId })).body;
    expect(load.perceived.find((p: { memberId: string }) => p.memberId === bMember)).toEqual({
      memberId: bMember,
      perceived: 0.6,
      inventory: 0,
    });
    expect(load.suggestions).toEqual([]);
    expect(load.mine).toEqual({ perceivedShare: null, prefers: [], cannot: [] });
    expect((await b.get('/api/circles/{circleId}/load', { circleId })).body.mine).toEqual({
      perceivedShare: 60,
      prefers: [],
      cannot: ['home'],
    });
  });

  it('refuses bad responsibilities and owners from outside the circle, changing nothing', async () => {
    const { a, circleId, aMember } = await couple(server);
    const other = await couple(server);
    for (const [label, body] of [
      ['an unknown area', { title: 'x', area: 'garden', frequency: 'daily', effort: 1 }],
      ['effort 4', { title: 'x', area: 'home', frequency: 'daily', effort: 4 }],
      ['an unknown frequency', { title: 'x', area: 'home', frequency: 'hourly', effort: 1 }],
      ['a blank title', { title: ' ', area: 'home', frequency: 'daily', effort: 1 }],
      [
        'an owner from another circle',
        { title: 'x', area: 'home', frequency: 'daily', effort: 1, owners: { do: other.aMember } },
      ],
      [
        'an unknown stage',
        { title: 'x', area: 'home', frequency: 'daily', effort: 1, owners: { dream: aMember } },
      ],
    ] as const) {
      const reply = await a.raw('POST', `/api/circles/${circleId}/responsibilities`, body);
      expect(reply.status, label).toBe(400);
    }
    expect(
      (
        await a.post(
          '/api/circles/{circleId}/responsibilities/catalogue',
          { circleId },
          { ids: ['not-a-thing'] },
        )
      ).status,
    ).toBe(400);
    expect(
      (await a.get('/api/circles/{circleId}/responsibilities', { circleId })).body.responsibilities,
    ).toEqual([]);
    expect(
      (await a.put('/api/circles/{circleId}/load/me', { circleId }, { perceivedShare: 101 }))
        .status,
    ).toBe(400);
    expect(
      (
        await a.put(
          '/api/circles/{circleId}/load/me',
          { circleId },
          { prefers: ['home'], cannot: ['home'] },
        )
      ).status,
    ).toBe(400);
    expect((await other.a.get('/api/circles/{circleId}/load', { circleId })).status).toBe(404);
  });
});
