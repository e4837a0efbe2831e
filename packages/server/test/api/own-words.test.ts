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
};

describe.each(testDatabases())('changing and taking back what you wrote on $name', (database) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(database);
  });
  afterAll(async () => server?.stop());

  it('lets the giver edit and take back an act, and nobody else', async () => {
    const { a, b, circleId, aMember, bMember } = await couple(server);
    const acts = `/api/circles/${circleId}/acts`;
    const act = (await a.legacyPost(acts, { toMemberId: bMember, form: 'practical', note: 'Tea' }))
      .body;
    await b.legacyPost(`${acts}/${act.id}/acknowledge`);

    const edited = await a.legacyRequest('PATCH', `${acts}/${act.id}`, {
      form: 'emotional',
      effort: 3,
      note: 'Tea, and a long talk',
    });
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
    const seenByB = (await b.legacyGet(acts)).body.acts[0];
    expect(seenByB).toEqual(edited.body);

    const summary = (await a.legacyGet(`/api/circles/${circleId}/summary`)).body.pairs;
    expect(summary).toContainEqual({
      fromMemberId: aMember,
      toMemberId: bMember,
      acts: 1,
      effort: 3,
      noticed: 1,
    });

    const cleared = await a.legacyRequest('PATCH', `${acts}/${act.id}`, { note: null });
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
      const refused = await a.legacyRequest('PATCH', `${acts}/${act.id}`, body);
      expect(refused.status, JSON.stringify(body)).toBe(400);
      expect(refused.body.error.code).toBe('validation_failed');
      expect(JSON.stringify(refused.body.error), field).toContain(field === 'body' ? '' : field);
    }
    const byReceiver = await b.legacyRequest('PATCH', `${acts}/${act.id}`, { note: 'not mine' });
    expect(byReceiver.status).toBe(403);
    expect(byReceiver.body.error.code).toBe('forbidden');
    expect((await b.legacyRequest('DELETE', `${acts}/${act.id}`)).status).toBe(403);
    expect((await a.legacyRequest('PATCH', `${acts}/no-such-act`, { note: 'x' })).status).toBe(404);
    const stranger = await server.signUp('Stranger');
    expect((await stranger.legacyRequest('DELETE', `${acts}/${act.id}`)).status).toBe(404);
    expect((await b.legacyGet(acts)).body.acts[0]).toMatchObject({ note: null, form: 'emotional' });

    expect((await a.legacyRequest('DELETE', `${acts}/${act.id}`)).status).toBe(204);
    expect((await a.legacyRequest('DELETE', `${acts}/${act.id}`)).status).toBe(404);
    expect((await b.legacyGet(acts)).body.acts).toEqual([]);
    const after = (await a.legacyGet(`/api/circles/${circleId}/summary`)).body.pairs;
    expect(after.every((p: { acts: number }) => p.acts === 0)).toBe(true);
  });

  it('moves an act to another receiver, who has not noticed it yet', async () => {
    const a = await server.signUp('Ama');
    const b = await server.signUp('Bo');
    const c = await server.signUp('Cy');
    const circle = (await a.legacyPost('/api/circles', { name: 'Friends', kind: 'friends' })).body;
    const ids: string[] = [];
    for (const who of [b, c]) ids.push(await join(a, who, circle.id));
    const acts = `/api/circles/${circle.id}/acts`;
    const act = (await a.legacyPost(acts, { toMemberId: ids[0], form: 'appreciation' })).body;
    await b.legacyPost(`${acts}/${act.id}/acknowledge`);
    const moved = await a.legacyRequest('PATCH', `${acts}/${act.id}`, { toMemberId: ids[1] });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ toMemberId: ids[1], noticedAt: null });
    expect((await b.legacyPost(`${acts}/${act.id}/acknowledge`)).status).toBe(403);
    expect((await c.legacyPost(`${acts}/${act.id}/acknowledge`)).body.noticedAt).not.toBeNull();
  });

  it('lets the author delete a reflection, a need, a rupture note and a chat summary', async () => {
    const { a, b, circleId } = await couple(server);
    const at = (path: string) => `/api/circles/${circleId}${path}`;

    const reflection = (await a.legacyPost(at('/reflections'), { text: 'Only mine' })).body;
    expect((await b.legacyRequest('DELETE', at(`/reflections/${reflection.id}`))).status).toBe(404);
    expect((await a.legacyRequest('DELETE', at(`/reflections/${reflection.id}`))).status).toBe(204);
    expect((await a.legacyGet(at('/reflections'))).body.reflections).toEqual([]);
    expect((await a.legacyRequest('DELETE', at(`/reflections/${reflection.id}`))).status).toBe(404);

    const need = (await a.legacyPost(at('/needs'), { text: 'More quiet evenings', shared: true }))
      .body;
    await b.legacyPost(at(`/needs/${need.id}/thanks`));
    expect(
      (await b.legacyRequest('PATCH', at(`/needs/${need.id}`), { shared: false })).status,
    ).toBe(403);
    expect((await b.legacyRequest('DELETE', at(`/needs/${need.id}`))).status).toBe(403);
    expect((await a.legacyRequest('PATCH', at(`/needs/${need.id}`), {})).status).toBe(400);
    const unshared = await a.legacyRequest('PATCH', at(`/needs/${need.id}`), { shared: false });
    expect(unshared.status).toBe(200);
    expect(unshared.body.shared).toBe(false);
    expect((await b.legacyGet(at('/needs'))).body.needs).toEqual([]);
    expect((await b.legacyRequest('DELETE', at(`/needs/${need.id}`))).status).toBe(404);
    const reshared = await a.legacyRequest('PATCH', at(`/needs/${need.id}`), { shared: true });
    expect(reshared.body.shared).toBe(true);
    expect((await b.legacyGet(at('/needs'))).body.needs).toHaveLength(1);
    expect((await a.legacyRequest('DELETE', at(`/needs/${need.id}`))).status).toBe(204);
    expect((await b.legacyGet(at('/needs'))).body.needs).toEqual([]);

    const rupture = (await a.legacyPost(at('/ruptures'), { note: 'We argued about money' })).body;
    const notMine = await b.legacyRequest('DELETE', at(`/ruptures/${rupture.id}/note`));
    expect(notMine.status).toBe(403);
    expect((await b.legacyGet(at('/ruptures'))).body.ruptures[0].note).toBe(
      'We argued about money',
    );
    const cleared = await a.legacyRequest('DELETE', at(`/ruptures/${rupture.id}/note`));
    expect(cleared.status).toBe(200);
    expect(cleared.body).toMatchObject({ id: rupture.id, note: null });
    expect((await b.legacyGet(at('/ruptures'))).body.ruptures[0].note).toBeNull();

    const saved = (await a.legacyPost(at('/chat-summaries'), summary)).body;
    expect((await b.legacyRequest('DELETE', at(`/chat-summaries/${saved.id}`))).status).toBe(403);
    expect((await b.legacyGet(at('/chat-summaries'))).body.summaries).toHaveLength(1);
    expect((await a.legacyRequest('DELETE', at(`/chat-summaries/${saved.id}`))).status).toBe(204);
    expect((await b.legacyGet(at('/chat-summaries'))).body.summaries).toEqual([]);
    expect((await a.legacyRequest('DELETE', at(`/chat-summaries/${saved.id}`))).status).toBe(404);
  });
});
