import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/schema.ts';
import { expectAggregatesOfActs } from '../support/aggregates.ts';
import { testDatabases } from '../support/databases.ts';
import { couple, join, startTestServer, type TestServer } from '../support/server.ts';
import { THIN_RHYTHM } from '../support/chat-summary.ts';
import type { Body } from '../../../web/src/api/typed.ts';

const PASSWORD = 'a good long password';
const DAY = 86_400_000;

const chatSummary: Body<'post', '/api/circles/{circleId}/chat-summaries'> = {
  format: 'whatsapp',
  messages: 10,
  people: 1,
  first: '2024-03-01T08:00:00',
  last: '2024-03-02T08:00:00',
  rhythm: THIN_RHYTHM,
};

describe.each(testDatabases())('leaving a circle and deleting an account on $name', (database) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(database);
  });
  afterAll(async () => server?.stop());

  /** Every row of every table, as text: where a deleted person's words must not be. */
  const everything = async (): Promise<string> => {
    const tables: (keyof Database)[] = [
      'users',
      'sessions',
      'circles',
      'members',
      'invitations',
      'acts',
      'acknowledgements',
      'checkins',
      'checkin_answers',
      'reflections',
      'needs',
      'need_thanks',
      'ruptures',
      'seasons',
      'user_care_languages',
      'responsibilities',
      'handovers',
      'load_views',
      'rituals',
      'notification_settings',
      'push_subscriptions',
      'reminders',
      'chat_summaries',
      'circle_questions',
      'question_answers',
    ];
    const { db } = server.recipro.database;
    const dumps = await Promise.all(
      tables.map(async (t) => JSON.stringify(await db.selectFrom(t).selectAll().execute())),
    );
    return dumps.join('\n');
  };

  /** The stored aggregates equal a from-scratch aggregate of the acts that remain. */
  const expectConsistentAggregates = (circleId: string) =>
    expectAggregatesOfActs(server.recipro.database.db, circleId);

  /** A couple where Ben has written something of every kind. */
  const busyCouple = async () => {
    const c = await couple(server);
    const { a, b, circleId, aMember, bMember } = c;
    const acts = '/api/circles/{circleId}/acts';
    const acknowledge = '/api/circles/{circleId}/acts/{actId}/acknowledge';
    const needs = '/api/circles/{circleId}/needs';
    const ruptures = '/api/circles/{circleId}/ruptures';
    const answer = '/api/circles/{circleId}/question/answer';
    const toBen = (
      await a.post(
        acts,
        { circleId },
        { toMemberId: bMember, form: 'practical', note: 'Asha made soup' },
      )
    ).body;
    const toAsha = (
      await b.post(
        acts,
        { circleId },
        { toMemberId: aMember, form: 'emotional', note: 'Ben listened' },
      )
    ).body;
    await a.post(acknowledge, { circleId, actId: toAsha.id });
    await b.post(acknowledge, { circleId, actId: toBen.id });
    await b.post(
      '/api/circles/{circleId}/reflections',
      { circleId },
      { text: 'Ben private reflection' },
    );
    await b.post(needs, { circleId }, { text: 'Ben private need' });
    await b.post(needs, { circleId }, { text: 'Ben shared need', shared: true });
    const asha = (await a.post(needs, { circleId }, { text: 'Asha shared need', shared: true }))
      .body;
    await b.post('/api/circles/{circleId}/needs/{needId}/thanks', { circleId, needId: asha.id });
    await b.post(ruptures, { circleId }, { note: 'Ben rupture note' });
    await a.post(ruptures, { circleId }, { note: 'Asha rupture note' });
    const checkin = (
      await a.post('/api/circles/{circleId}/checkins', { circleId }, { instrument: 'csi4' })
    ).body;
    await b.post(
      '/api/circles/{circleId}/checkins/{checkinId}/answers',
      { circleId, checkinId: checkin.id },
      { answers: [3, 2, 2, 3], note: 'Ben checkin note' },
    );
    await b.post(
      '/api/circles/{circleId}/seasons',
      { circleId },
      {
        memberId: bMember,
        kind: 'illness',
        startsAt: new Date(server.clock.now() - 2 * DAY).toISOString(),
        note: 'Ben season note',
      },
    );
    await b.post('/api/circles/{circleId}/chat-summaries', { circleId }, chatSummary);
    await b.post(answer, { circleId }, { text: 'Ben question answer' });
    await a.post(answer, { circleId }, { text: 'Asha question answer' });
    return { ...c, toBen, toAsha, checkinId: checkin.id };
  };

  it('leaving deletes what the person wrote and keeps the acts as "a former member"', async () => {
    const { a, b, circleId, aMember, bMember, toBen, toAsha, checkinId } = await busyCouple();
    const leave = '/api/circles/{circleId}/leave';
    const left = await b.post(leave, { circleId });
    expect(left.status).toBe(204);

    expect((await b.get('/api/circles/{circleId}', { circleId })).status).toBe(404);
    expect((await b.get('/api/circles')).body.circles).toEqual([]);
    expect((await b.post(leave, { circleId })).status).toBe(404);

    const circle = (await a.get('/api/circles/{circleId}', { circleId })).body;
    expect(circle.members.map((m) => m.id)).toEqual([aMember]);
    expect(circle.formerMembers).toEqual([{ id: bMember, leftAt: expect.any(String) }]);
    expect((await a.get('/api/circles')).body.circles[0]?.memberCount).toBe(1);

    const acts = (await a.get('/api/circles/{circleId}/acts', { circleId })).body.acts;
    const byId = new Map(acts.map((act) => [act.id, act]));
    expect(byId.get(toBen.id)).toMatchObject({ note: 'Asha made soup', toMemberId: bMember });
    expect(byId.get(toBen.id)?.noticedAt).not.toBeNull();
    expect(byId.get(toAsha.id)).toMatchObject({ note: null, fromMemberId: bMember });

    const needs = (await a.get('/api/circles/{circleId}/needs', { circleId })).body.needs;
    expect(needs.map((n) => n.text)).toEqual(['Asha shared need']);
    const ruptures = (await a.get('/api/circles/{circleId}/ruptures', { circleId })).body.ruptures;
    expect(ruptures.map((r) => r.note).sort()).toEqual(['Asha rupture note', null]);
    expect(
      (await a.get('/api/circles/{circleId}/chat-summaries', { circleId })).body.summaries,
    ).toEqual([]);
    expect((await a.get('/api/circles/{circleId}/seasons', { circleId })).body.seasons).toEqual([]);
    const checkin = await a.get('/api/circles/{circleId}/checkins/{checkinId}', {
      circleId,
      checkinId,
    });
    expect(checkin.status).toBe(200);
    expect(JSON.stringify(checkin.parsed)).not.toContain('Ben');

    // The last 30 days still hold the care given and received before they left.
    const pairs = (await a.get('/api/circles/{circleId}/summary', { circleId })).body.pairs;
    expect(pairs).toContainEqual(
      expect.objectContaining({ fromMemberId: bMember, toMemberId: aMember, acts: 1 }),
    );
    expect(pairs).toContainEqual(
      expect.objectContaining({ fromMemberId: aMember, toMemberId: bMember, acts: 1 }),
    );

    // Nobody can log care to someone who left.
    const toFormer = await a.post(
      '/api/circles/{circleId}/acts',
      { circleId },
      { toMemberId: bMember, form: 'practical' },
    );
    expect(toFormer.status).toBe(400);

    const dump = await everything();
    for (const words of [
      'Ben private reflection',
      'Ben private need',
      'Ben shared need',
      'Ben listened',
      'Ben rupture note',
      'Ben checkin note',
      'Ben season note',
      'Ben question answer',
    ]) {
      expect(dump).not.toContain(words);
    }
    // Asha's answer to the day they both answered stays hers, and reads without Ben's.
    expect(dump).toContain('Asha question answer');
    const today = (await a.get('/api/circles/{circleId}/question', { circleId })).body;
    expect(today.answers).toEqual([{ memberId: aMember, text: 'Asha question answer' }]);
    // Ben still has his account, and the balance reads what remains.
    expect((await b.get('/api/me')).status).toBe(200);
    expect((await a.get('/api/circles/{circleId}/balance', { circleId })).status).toBe(200);
    const remaining = await expectConsistentAggregates(circleId);
    expect(remaining).toHaveLength(2);
  });

  it('deletes a circle with everything in it when its last member leaves', async () => {
    const { a, b, circleId, bMember } = await busyCouple();
    const leave = '/api/circles/{circleId}/leave';
    expect((await b.post(leave, { circleId })).status).toBe(204);
    await a.post('/api/circles/{circleId}/reflections', { circleId }, { text: 'Asha alone' });
    expect((await a.post(leave, { circleId })).status).toBe(204);
    expect((await a.get('/api/circles/{circleId}', { circleId })).status).toBe(404);
    const { db } = server.recipro.database;
    for (const table of [
      'acts',
      'members',
      'needs',
      'ruptures',
      'checkins',
      'circle_questions',
      'question_answers',
    ] as const) {
      const rows = await db
        .selectFrom(table)
        .select(sql<number>`count(*)`.as('n'))
        .where('circle_id', '=', circleId)
        .executeTakeFirstOrThrow();
      expect(Number(rows.n)).toBe(0);
    }
    expect(
      (await db.selectFrom('circles').selectAll().where('id', '=', circleId).execute()).length,
    ).toBe(0);
    expect(bMember).toBeTruthy();
  });

  it('refuses to leave a circle one is not in, and asks who you are first', async () => {
    const { circleId } = await couple(server);
    const stranger = await server.signUp('Stranger');
    const leave = '/api/circles/{circleId}/leave';
    expect((await stranger.post(leave, { circleId })).status).toBe(404);
    const anonymous = server.client();
    const reply = await anonymous.post(leave, { circleId });
    expect(reply.status).toBe(401);
    expect(reply.error.code).toBe('unauthenticated');
  });

  it('deletes an account only with its password, ends every session, and leaves no words behind', async () => {
    const { a, b, circleId, bMember, toAsha } = await busyCouple();
    const { email, id: userId } = b.user;
    const ranked = await b.put(
      '/api/me/care-languages',
      {},
      { ranked: ['words', 'time', 'acts', 'gifts', 'touch'] },
    );
    expect(ranked.status).toBe(200);
    const otherDevice = server.client();
    expect(
      (await otherDevice.post('/api/auth/signin', {}, { email, password: PASSWORD })).status,
    ).toBe(200);

    const wrong = await b.delete('/api/me', {}, { body: { password: 'not the password' } });
    expect(wrong.status).toBe(403);
    expect(wrong.error.code).toBe('forbidden');
    expect((await b.get('/api/me')).status).toBe(200);
    expect((await a.get('/api/circles/{circleId}', { circleId })).body.members).toHaveLength(2);
    // Without a password: a body the schema refuses.
    expect((await b.raw('DELETE', '/api/me', {})).status).toBe(400);

    const gone = await b.delete('/api/me', {}, { body: { password: PASSWORD } });
    expect(gone.status).toBe(204);
    expect((await b.get('/api/me')).status).toBe(401);
    expect((await otherDevice.get('/api/me')).status).toBe(401);
    const again = server.client();
    expect((await again.post('/api/auth/signin', {}, { email, password: PASSWORD })).status).toBe(
      401,
    );

    const circle = (await a.get('/api/circles/{circleId}', { circleId })).body;
    expect(circle.formerMembers.map((m) => m.id)).toEqual([bMember]);
    const acts = (await a.get('/api/circles/{circleId}/acts', { circleId })).body.acts;
    expect(acts.find((act) => act.id === toAsha.id)).toMatchObject({ note: null });

    const dump = await everything();
    expect(dump).not.toContain(email);
    expect(dump).not.toContain('Ben private reflection');
    expect(dump).not.toContain('Ben shared need');
    expect(dump).not.toContain('Ben listened');
    expect(dump).not.toContain('Ben question answer');
    expect(dump).not.toContain(userId);
    await expectConsistentAggregates(circleId);

    // What stays with Asha carries nothing Ben wrote, nor who he was.
    const exported = await a.get('/api/me/export');
    expect(exported.status).toBe(200);
    const text = JSON.stringify(exported.parsed);
    for (const words of ['Ben listened', 'Ben shared need', 'Ben rupture note', email, userId]) {
      expect(text).not.toContain(words);
    }
    const balance = await a.get('/api/circles/{circleId}/balance', { circleId });
    expect(balance.status).toBe(200);
    expect(JSON.stringify(balance.parsed)).not.toContain('Ben');

    // The same address can make a new account, which starts with nothing.
    const fresh = server.client();
    const signup = await fresh.post(
      '/api/auth/signup',
      {},
      { email, password: PASSWORD, name: 'Ben' },
    );
    expect(signup.status).toBe(201);
    expect((await fresh.get('/api/circles')).body.circles).toEqual([]);
  });

  it('asks who you are before deleting an account', async () => {
    const anonymous = server.client();
    const reply = await anonymous.delete('/api/me', {}, { body: { password: PASSWORD } });
    expect(reply.status).toBe(401);
  });

  it('shows someone who joins later what happened between the others only from the day they joined', async () => {
    const a = await server.signUp('Ama');
    const b = await server.signUp('Bo');
    const c = await server.signUp('Cy');
    const circle = (await a.post('/api/circles', {}, { name: 'Family', kind: 'family' })).body;
    const circleId = circle.id;
    const acts = '/api/circles/{circleId}/acts';
    const needs = '/api/circles/{circleId}/needs';
    const ruptures = '/api/circles/{circleId}/ruptures';
    const bMember = await join(a, b, circleId);
    await a.post(acts, { circleId }, { toMemberId: bMember, form: 'practical', note: 'before' });
    await a.post(needs, { circleId }, { text: 'an old shared need', shared: true });
    await b.post(ruptures, { circleId }, { note: 'an old rupture' });
    server.clock.advance(3 * DAY);
    const cMember = await join(a, c, circleId);
    await a.post(acts, { circleId }, { toMemberId: bMember, form: 'practical', note: 'after' });
    await b.post(
      acts,
      { circleId },
      {
        toMemberId: cMember,
        form: 'practical',
        note: 'dated before Cy joined, to Cy',
        at: new Date(server.clock.now() - 5 * DAY).toISOString(),
      },
    );

    const seenByC = (await c.get(acts, { circleId })).body.acts.map((x) => x.note).sort();
    expect(seenByC).toEqual(['after', 'dated before Cy joined, to Cy']);
    expect((await c.get(needs, { circleId })).body.needs).toEqual([]);
    expect((await c.get(ruptures, { circleId })).body.ruptures).toEqual([]);
    expect((await b.get(acts, { circleId })).body.acts).toHaveLength(3);
    expect((await b.get(needs, { circleId })).body.needs).toHaveLength(1);
    expect((await b.get(ruptures, { circleId })).body.ruptures).toHaveLength(1);
  });
});
