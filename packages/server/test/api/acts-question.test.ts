import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAggregatesOfActs } from '../support/aggregates.ts';
import { testDatabases } from '../support/databases.ts';
import { couple, join as joinCircle, startTestServer, type TestServer } from '../support/server.ts';

const DAY = 86_400_000;

/**
 * "I don't recognise this": only the receiver asks it; a questioned act leaves the balance for
 * both until its giver changes it (it counts again) or withdraws it. Late entries are marked.
 */
describe.each(testDatabases())('questioning an act on $name', (database) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(database);
  });
  afterAll(async () => server?.stop());

  it('takes a questioned act out of the balance for both, until its giver changes it', async () => {
    const { a, b, circleId, aMember, bMember } = await couple(server);
    const logged: { id: string }[] = [];
    for (let i = 0; i < 3; i += 1)
      logged.push(
        (
          await a.post(
            '/api/circles/{circleId}/acts',
            { circleId },
            { toMemberId: bMember, form: 'practical' },
          )
        ).body,
      );
    const given = async (who: typeof a) =>
      (
        await who.get('/api/circles/{circleId}/balance', { circleId }, { query: { window: '30' } })
      ).body.pairs.find((p) => p.fromMemberId === aMember)?.given.acts;
    expect(await given(a)).toBe(3);

    const questioned = await b.post('/api/circles/{circleId}/acts/{actId}/question', {
      circleId,
      actId: logged[0]!.id,
    });
    expect(questioned.status).toBe(200);
    expect(questioned.body.questionedAt).not.toBeNull();
    expect(await given(a)).toBe(2);
    expect(await given(b)).toBe(2);
    // Asking again keeps the first time and changes nothing.
    const again = await b.post('/api/circles/{circleId}/acts/{actId}/question', {
      circleId,
      actId: logged[0]!.id,
    });
    expect(again.body.questionedAt).toBe(questioned.body.questionedAt);
    expect(await given(a)).toBe(2);
    // The giver reads it too.
    const seenByA = (await a.get('/api/circles/{circleId}/acts', { circleId })).body.acts.find(
      (x: { id: string }) => x.id === logged[0]!.id,
    );
    expect(seenByA?.questionedAt).toBe(questioned.body.questionedAt);

    const edited = await a.patch(
      '/api/circles/{circleId}/acts/{actId}',
      { circleId, actId: logged[0]!.id },
      {
        note: 'the bins, Monday',
      },
    );
    expect(edited.status).toBe(200);
    expect(edited.body.questionedAt).toBeNull();
    expect(await given(b)).toBe(3);

    await b.post('/api/circles/{circleId}/acts/{actId}/question', {
      circleId,
      actId: logged[1]!.id,
    });
    expect(await given(a)).toBe(2);
    expect(
      (await a.delete('/api/circles/{circleId}/acts/{actId}', { circleId, actId: logged[1]!.id }))
        .status,
    ).toBe(204);
    expect(await given(a)).toBe(2);
    expect((await a.get('/api/circles/{circleId}/acts', { circleId })).body.acts).toHaveLength(2);
  });

  it('takes back a questioning: the act counts again and its giver is no longer told', async () => {
    const { a, b, circleId, aMember, bMember } = await couple(server);
    const act = (
      await a.post(
        '/api/circles/{circleId}/acts',
        { circleId },
        { toMemberId: bMember, form: 'emotional' },
      )
    ).body;
    const given = async () =>
      (
        await b.get('/api/circles/{circleId}/balance', { circleId }, { query: { window: '30' } })
      ).body.pairs.find((p) => p.fromMemberId === aMember)?.given.acts ?? 0;
    const toldA = async () =>
      (await a.get('/api/me/updates', {})).body.updates.filter((u) => u.kind === 'act_questioned');
    const path = { circleId, actId: act.id };

    await b.post('/api/circles/{circleId}/acts/{actId}/question', path);
    expect(await given()).toBe(0);
    expect(await toldA()).toHaveLength(1);

    const taken = await b.delete('/api/circles/{circleId}/acts/{actId}/question', path);
    expect(taken.status).toBe(200);
    expect(taken.body.questionedAt).toBeNull();
    expect(await given()).toBe(1);
    expect(await toldA()).toEqual([]);
    await expectAggregatesOfActs(server.recipro.database.db, circleId);
    // Taking back again changes nothing.
    const again = await b.delete('/api/circles/{circleId}/acts/{actId}/question', path);
    expect(again.status).toBe(200);
    expect(again.body.questionedAt).toBeNull();
    expect(await given()).toBe(1);

    // Questioned once more, only the receiver may take it back; an outsider finds nothing.
    await b.post('/api/circles/{circleId}/acts/{actId}/question', path);
    const byGiver = await a.delete('/api/circles/{circleId}/acts/{actId}/question', path);
    expect(byGiver.status).toBe(403);
    expect(byGiver.error.code).toBe('forbidden');
    const outsider = await couple(server);
    expect(
      (await outsider.a.delete('/api/circles/{circleId}/acts/{actId}/question', path)).status,
    ).toBe(404);
    expect(await given()).toBe(0);
    expect(await toldA()).toHaveLength(1);
    await expectAggregatesOfActs(server.recipro.database.db, circleId);
  });

  it('refuses questioning your own act or someone else’s, and changes nothing', async () => {
    const a = await server.signUp('Ama');
    const b = await server.signUp('Bo');
    const c = await server.signUp('Cy');
    const circle = (await a.post('/api/circles', {}, { name: 'Family', kind: 'family' })).body;
    const join = (who: typeof b) => joinCircle(a, who, circle.id);
    const bMember = await join(b);
    await join(c);
    const act = (
      await a.post(
        '/api/circles/{circleId}/acts',
        { circleId: circle.id },
        { toMemberId: bMember, form: 'emotional' },
      )
    ).body;
    for (const who of [a, c]) {
      const reply = await who.post('/api/circles/{circleId}/acts/{actId}/question', {
        circleId: circle.id,
        actId: act.id,
      });
      expect(reply.status).toBe(403);
      expect(reply.error.code).toBe('forbidden');
    }
    const outsider = await couple(server);
    expect(
      (
        await outsider.a.post('/api/circles/{circleId}/acts/{actId}/question', {
          circleId: circle.id,
          actId: act.id,
        })
      ).status,
    ).toBe(404);
    const stored = (await b.get('/api/circles/{circleId}/acts', { circleId: circle.id })).body
      .acts[0];
    expect(stored?.questionedAt).toBeNull();
    const view = (
      await b.get(
        '/api/circles/{circleId}/balance',
        { circleId: circle.id },
        { query: { window: '30' } },
      )
    ).body;
    expect(
      view.pairs.reduce((n: number, p: { given: { acts: number } }) => n + p.given.acts, 0),
    ).toBe(1);
  });

  it('marks acts logged more than 7 days after they happened as late entries', async () => {
    const { a, circleId, bMember } = await couple(server);
    const late = await a.post(
      '/api/circles/{circleId}/acts',
      { circleId },
      {
        toMemberId: bMember,
        form: 'practical',
        at: new Date(server.clock.now() - 8 * DAY).toISOString(),
      },
    );
    const recent = await a.post(
      '/api/circles/{circleId}/acts',
      { circleId },
      {
        toMemberId: bMember,
        form: 'practical',
        at: new Date(server.clock.now() - 6 * DAY).toISOString(),
      },
    );
    expect(late.body.lateEntry).toBe(true);
    expect(recent.body.lateEntry).toBe(false);
    const listed = (await a.get('/api/circles/{circleId}/acts', { circleId })).body.acts;
    expect(listed.map((x: { lateEntry: boolean }) => x.lateEntry)).toEqual([false, true]);
  });
});
