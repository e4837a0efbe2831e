import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../support/databases.ts';
import { couple, join, startTestServer, type TestServer } from '../support/server.ts';
import { THIN_RHYTHM } from '../support/chat-summary.ts';

const summary = {
  format: 'telegram',
  messages: 4,
  people: 1,
  first: '2024-03-01T08:00:00',
  last: '2024-03-01T09:00:00',
  rhythm: THIN_RHYTHM,
} as const;

describe.each(testDatabases())('changing and taking back what you wrote on $name', (database) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(database);
  });
  afterAll(async () => server?.stop());

  it('lets the giver edit and take back an act, and nobody else', async () => {
    const { a, b, circleId, aMember, bMember } = await couple(server);
    const act = (
      await a.post(
        '/api/circles/{circleId}/acts',
        { circleId },
        { toMemberId: bMember, form: 'practical', note: 'Tea' },
      )
    ).body;
    await b.post('/api/circles/{circleId}/acts/{actId}/acknowledge', { circleId, actId: act.id });

    const edited = await a.patch(
      '/api/circles/{circleId}/acts/{actId}',
      { circleId, actId: act.id },
      {
        form: 'emotional',
        effort: 3,
        note: 'Tea, and a long talk',
      },
    );
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({
      id: act.id,
      form: 'emotional',
      effort: 3,
      note: 'Tea, and a long talk',
      fromMemberId: aMember,
      toMemberId: bMember,
    });
    expect(edited.body.noticedAt).not.toBeNull();
    const seenByB = (await b.get('/api/circles/{circleId}/acts', { circleId })).body.acts[0];
    expect(seenByB).toEqual(edited.body);

    const summary = (await a.get('/api/circles/{circleId}/summary', { circleId })).body.pairs;
    expect(summary).toContainEqual({
      fromMemberId: aMember,
      toMemberId: bMember,
      acts: 1,
      effort: 3,
      noticed: 1,
    });

    const cleared = await a.patch(
      '/api/circles/{circleId}/acts/{actId}',
      { circleId, actId: act.id },
      { note: null },
    );
    expect(cleared.body.note).toBeNull();

    for (const [body, field] of [
      [{}, 'body'],
      [{ effort: 4 }, 'effort'],
      [{ toMemberId: aMember }, 'toMemberId'],
      [{ toMemberId: 'someone-else' }, 'toMemberId'],
      [{ at: '2999-01-01T00:00:00Z' }, 'at'],
      [{ form: 'bribery' }, 'form'],
      [{ colour: 'red' }, 'colour'],
    ] as const) {
      const refused = await a.raw('PATCH', `/api/circles/${circleId}/acts/${act.id}`, body);
      expect(refused.status, JSON.stringify(body)).toBe(400);
      expect(refused.error.code).toBe('validation_failed');
      expect(JSON.stringify(refused.error), field).toContain(field === 'body' ? '' : field);
    }
    const byReceiver = await b.patch(
      '/api/circles/{circleId}/acts/{actId}',
      { circleId, actId: act.id },
      { note: 'not mine' },
    );
    expect(byReceiver.status).toBe(403);
    expect(byReceiver.error.code).toBe('forbidden');
    expect(
      (await b.delete('/api/circles/{circleId}/acts/{actId}', { circleId, actId: act.id })).status,
    ).toBe(403);
    expect(
      (
        await a.patch(
          '/api/circles/{circleId}/acts/{actId}',
          { circleId, actId: 'no-such-act' },
          { note: 'x' },
        )
      ).status,
    ).toBe(404);
    const stranger = await server.signUp('Stranger');
    expect(
      (await stranger.delete('/api/circles/{circleId}/acts/{actId}', { circleId, actId: act.id }))
        .status,
    ).toBe(404);
    expect((await b.get('/api/circles/{circleId}/acts', { circleId })).body.acts[0]).toMatchObject({
      note: null,
      form: 'emotional',
    });

    expect(
      (await a.delete('/api/circles/{circleId}/acts/{actId}', { circleId, actId: act.id })).status,
    ).toBe(204);
    expect(
      (await a.delete('/api/circles/{circleId}/acts/{actId}', { circleId, actId: act.id })).status,
    ).toBe(404);
    expect((await b.get('/api/circles/{circleId}/acts', { circleId })).body.acts).toEqual([]);
    const after = (await a.get('/api/circles/{circleId}/summary', { circleId })).body.pairs;
    expect(after.every((p: { acts: number }) => p.acts === 0)).toBe(true);
  });

  it('moves an act to another receiver, who has not noticed it yet', async () => {
    const a = await server.signUp('Ama');
    const b = await server.signUp('Bo');
    const c = await server.signUp('Cy');
    const circle = (await a.post('/api/circles', {}, { name: 'Friends', kind: 'friends' })).body;
    const ids: string[] = [];
    for (const who of [b, c]) ids.push(await join(a, who, circle.id));
    const act = (
      await a.post(
        '/api/circles/{circleId}/acts',
        { circleId: circle.id },
        { toMemberId: ids[0]!, form: 'appreciation' },
      )
    ).body;
    await b.post('/api/circles/{circleId}/acts/{actId}/acknowledge', {
      circleId: circle.id,
      actId: act.id,
    });
    const moved = await a.patch(
      '/api/circles/{circleId}/acts/{actId}',
      { circleId: circle.id, actId: act.id },
      { toMemberId: ids[1] },
    );
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ toMemberId: ids[1], noticedAt: null });
    expect(
      (
        await b.post('/api/circles/{circleId}/acts/{actId}/acknowledge', {
          circleId: circle.id,
          actId: act.id,
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await c.post('/api/circles/{circleId}/acts/{actId}/acknowledge', {
          circleId: circle.id,
          actId: act.id,
        })
      ).body.noticedAt,
    ).not.toBeNull();
  });

  it('lets the author delete a reflection, a need, a rupture note and a chat summary', async () => {
    const { a, b, circleId } = await couple(server);

    const reflection = (
      await a.post('/api/circles/{circleId}/reflections', { circleId }, { text: 'Only mine' })
    ).body;
    expect(
      (
        await b.delete('/api/circles/{circleId}/reflections/{reflectionId}', {
          circleId,
          reflectionId: reflection.id,
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await a.delete('/api/circles/{circleId}/reflections/{reflectionId}', {
          circleId,
          reflectionId: reflection.id,
        })
      ).status,
    ).toBe(204);
    expect(
      (await a.get('/api/circles/{circleId}/reflections', { circleId })).body.reflections,
    ).toEqual([]);
    expect(
      (
        await a.delete('/api/circles/{circleId}/reflections/{reflectionId}', {
          circleId,
          reflectionId: reflection.id,
        })
      ).status,
    ).toBe(404);

    const need = (
      await a.post(
        '/api/circles/{circleId}/needs',
        { circleId },
        { text: 'More quiet evenings', shared: true },
      )
    ).body;
    await b.post('/api/circles/{circleId}/needs/{needId}/thanks', { circleId, needId: need.id });
    expect(
      (
        await b.patch(
          '/api/circles/{circleId}/needs/{needId}',
          { circleId, needId: need.id },
          { shared: false },
        )
      ).status,
    ).toBe(403);
    expect(
      (await b.delete('/api/circles/{circleId}/needs/{needId}', { circleId, needId: need.id }))
        .status,
    ).toBe(403);
    expect((await a.raw('PATCH', `/api/circles/${circleId}/needs/${need.id}`, {})).status).toBe(
      400,
    );
    const unshared = await a.patch(
      '/api/circles/{circleId}/needs/{needId}',
      { circleId, needId: need.id },
      { shared: false },
    );
    expect(unshared.status).toBe(200);
    expect(unshared.body.shared).toBe(false);
    expect((await b.get('/api/circles/{circleId}/needs', { circleId })).body.needs).toEqual([]);
    expect(
      (await b.delete('/api/circles/{circleId}/needs/{needId}', { circleId, needId: need.id }))
        .status,
    ).toBe(404);
    const reshared = await a.patch(
      '/api/circles/{circleId}/needs/{needId}',
      { circleId, needId: need.id },
      { shared: true },
    );
    expect(reshared.body.shared).toBe(true);
    expect((await b.get('/api/circles/{circleId}/needs', { circleId })).body.needs).toHaveLength(1);
    expect(
      (await a.delete('/api/circles/{circleId}/needs/{needId}', { circleId, needId: need.id }))
        .status,
    ).toBe(204);
    expect((await b.get('/api/circles/{circleId}/needs', { circleId })).body.needs).toEqual([]);

    const rupture = (
      await a.post(
        '/api/circles/{circleId}/ruptures',
        { circleId },
        { note: 'We argued about money' },
      )
    ).body;
    const notMine = await b.delete('/api/circles/{circleId}/ruptures/{ruptureId}/note', {
      circleId,
      ruptureId: rupture.id,
    });
    expect(notMine.status).toBe(403);
    expect(
      (await b.get('/api/circles/{circleId}/ruptures', { circleId })).body.ruptures[0]?.note,
    ).toBe('We argued about money');
    const cleared = await a.delete('/api/circles/{circleId}/ruptures/{ruptureId}/note', {
      circleId,
      ruptureId: rupture.id,
    });
    expect(cleared.status).toBe(200);
    expect(cleared.body).toMatchObject({ id: rupture.id, note: null });
    expect(
      (await b.get('/api/circles/{circleId}/ruptures', { circleId })).body.ruptures[0]?.note,
    ).toBeNull();

    const saved = (await a.post('/api/circles/{circleId}/chat-summaries', { circleId }, summary))
      .body;
    expect(
      (
        await b.delete('/api/circles/{circleId}/chat-summaries/{summaryId}', {
          circleId,
          summaryId: saved.id,
        })
      ).status,
    ).toBe(403);
    expect(
      (await b.get('/api/circles/{circleId}/chat-summaries', { circleId })).body.summaries,
    ).toHaveLength(1);
    expect(
      (
        await a.delete('/api/circles/{circleId}/chat-summaries/{summaryId}', {
          circleId,
          summaryId: saved.id,
        })
      ).status,
    ).toBe(204);
    expect(
      (await b.get('/api/circles/{circleId}/chat-summaries', { circleId })).body.summaries,
    ).toEqual([]);
    expect(
      (
        await a.delete('/api/circles/{circleId}/chat-summaries/{summaryId}', {
          circleId,
          summaryId: saved.id,
        })
      ).status,
    ).toBe(404);
  });
});
