import { VALUES_QUESTIONS, checkinPeriod, checkinPeriodEnd, reciprocity } from '@recipro/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../support/databases.ts';
import { couple, join as joinCircle, startTestServer, type TestServer } from '../support/server.ts';

const DAY = 86_400_000;
const texts = (first: string) => VALUES_QUESTIONS.map((_q, i) => (i === 0 ? first : ''));
/** A full sheet of recipro's own items, every answer at `position`. */
const ownSheet = (position: number) => reciprocity.items.map(() => position);

const CHECKINS = '/api/circles/{circleId}/checkins';
const CHECKIN = '/api/circles/{circleId}/checkins/{checkinId}';
const CHECKIN_ANSWERS = '/api/circles/{circleId}/checkins/{checkinId}/answers';
const CHECKIN_CLOSE = '/api/circles/{circleId}/checkins/{checkinId}/close';
const ROUNDS = '/api/circles/{circleId}/values';
const ROUND = '/api/circles/{circleId}/values/{roundId}';
const ROUND_ANSWERS = '/api/circles/{circleId}/values/{roundId}/answers';
const ROUND_CLOSE = '/api/circles/{circleId}/values/{roundId}/close';
const SCHEDULE = '/api/circles/{circleId}/checkin-schedule';

/**
 * Closing a check-in or a values conversation: only its opener, only after its period unless
 * everyone has answered; closing never shows anyone's answers to a member who has not answered;
 * someone who joined after it opened neither sees nor answers it.
 */
describe.each(testDatabases())('closing check-ins and conversations on $name', (database) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(database);
  });
  afterAll(async () => server?.stop());

  it('lets only the opener close, and only after its first day; the others see that it waits', async () => {
    const { a, b, circleId, aMember } = await couple(server);
    const opened = (await a.post(CHECKINS, { circleId }, { instrument: 'csi4' })).body;
    const ids = { circleId, checkinId: opened.id };
    expect(opened).toMatchObject({ openedBy: aMember, openedByMe: true, closableByMe: true });
    expect(Date.parse(opened.closableFrom)).toBe(Date.parse(opened.createdAt) + DAY);
    await a.post(CHECKIN_ANSWERS, ids, { answers: [4, 4, 4, 4] });

    const seenByB = (await b.get(CHECKIN, ids)).body;
    expect(seenByB).toMatchObject({
      status: 'open',
      openedBy: aMember,
      openedByMe: false,
      closableByMe: false,
    });
    expect(seenByB.closableFrom).toBe(opened.closableFrom);

    const early = await a.post(CHECKIN_CLOSE, ids);
    expect(early.status).toBe(409);
    expect(early.error).toMatchObject({
      code: 'conflict',
      details: { closableFrom: opened.closableFrom },
    });
    server.clock.advance(DAY);
    const byOther = await b.post(CHECKIN_CLOSE, ids);
    expect(byOther.status).toBe(403);
    expect(byOther.error.code).toBe('forbidden');
    expect((await b.get(CHECKIN, ids)).body.status).toBe('open');
    expect((await a.get(CHECKIN, ids)).body.status).toBe('open');

    const closed = await a.post(CHECKIN_CLOSE, ids);
    expect(closed.status).toBe(200);
    expect(closed.body.status).toBe('closed');
  });

  it('never shows answers to a member who closed without answering', async () => {
    const { a, b, circleId } = await couple(server);
    const opened = (await b.post(CHECKINS, { circleId }, { instrument: 'csi4' })).body;
    const ids = { circleId, checkinId: opened.id };
    await a.post(CHECKIN_ANSWERS, ids, { answers: [6, 1, 2, 3] });
    server.clock.advance(DAY);
    const closed = await b.post(CHECKIN_CLOSE, ids);
    expect(closed.status).toBe(200);
    expect(closed.body.status).toBe('closed');
    expect(closed.body.results).toBeUndefined();
    expect(JSON.stringify(closed.body)).not.toContain('[6,1,2,3]');
    expect((await a.get(CHECKIN, ids)).body.results).toHaveLength(1);
  });

  it('lets the opener close at once when everyone has answered', async () => {
    const { a, b, circleId } = await couple(server);
    const opened = (await a.post(ROUNDS, { circleId })).body;
    const ids = { circleId, roundId: opened.id };
    await a.post(ROUND_ANSWERS, ids, { answers: texts('mine') });
    await b.post(ROUND_ANSWERS, ids, { answers: texts('yours') });
    expect((await b.post(ROUND_CLOSE, ids)).status).toBe(403);
    const closed = await a.post(ROUND_CLOSE, ids);
    expect(closed.status).toBe(200);
    expect(closed.body.results).toHaveLength(2);
  });

  it('applies the same rule to values conversations', async () => {
    const { a, b, circleId } = await couple(server);
    const opened = (await a.post(ROUNDS, { circleId })).body;
    const ids = { circleId, roundId: opened.id };
    expect(opened.openedByMe).toBe(true);
    await b.post(ROUND_ANSWERS, ids, { answers: texts('only Ben said this') });
    expect((await a.post(ROUND_CLOSE, ids)).status).toBe(409);
    server.clock.advance(DAY);
    expect((await b.post(ROUND_CLOSE, ids)).status).toBe(403);
    expect((await b.get(ROUND, ids)).body.status).toBe('open');
    const closed = await a.post(ROUND_CLOSE, ids);
    expect(closed.body.status).toBe('closed');
    expect(closed.body.results).toBeUndefined();
    expect(JSON.stringify(closed.body)).not.toContain('only Ben said this');
    expect((await b.get(ROUND, ids)).body.results).toHaveLength(1);
  });

  it('hides what opened before a member joined: they neither see, answer nor close it', async () => {
    const a = await server.signUp('Ama');
    const b = await server.signUp('Bo');
    const c = await server.signUp('Cy');
    const circle = (await a.post('/api/circles', {}, { name: 'Family', kind: 'family' })).body;
    const circleId = circle.id;
    const join = (who: typeof b) => joinCircle(a, who, circleId);
    await join(b);
    // A family circle checks in with recipro's own items (the CSI is for couples).
    const checkin = (await a.post(CHECKINS, { circleId }, { instrument: 'reciprocity' })).body;
    const round = (await a.post(ROUNDS, { circleId })).body;
    const checkinIds = { circleId, checkinId: checkin.id };
    const roundIds = { circleId, roundId: round.id };
    await a.post(CHECKIN_ANSWERS, checkinIds, { answers: ownSheet(0) });
    await a.post(ROUND_ANSWERS, roundIds, { answers: texts('before Cy') });
    server.clock.advance(2 * DAY);
    await join(c);

    expect((await c.get(CHECKIN, checkinIds)).status).toBe(404);
    expect((await c.post(CHECKIN_CLOSE, checkinIds)).status).toBe(404);
    expect((await c.get(ROUND, roundIds)).status).toBe(404);
    expect((await c.post(ROUND_CLOSE, roundIds)).status).toBe(404);
    expect((await c.post(CHECKIN_ANSWERS, checkinIds, { answers: ownSheet(1) })).status).toBe(404);
    expect((await c.post(ROUND_ANSWERS, roundIds, { answers: texts('x') })).status).toBe(404);
    expect((await c.get(CHECKINS, { circleId })).body.checkins).toEqual([]);
    expect((await c.get(ROUNDS, { circleId })).body.conversations).toEqual([]);
    // Still waiting for Bo alone, untouched by Cy.
    const seenByA = (await a.get(CHECKIN, checkinIds)).body;
    expect(seenByA).toMatchObject({ status: 'open', memberCount: 2, answeredCount: 1 });
    expect((await a.get(ROUND, roundIds)).body.answeredCount).toBe(1);
  });

  it('refuses answering for someone else, and stores nothing', async () => {
    const { a, b, circleId, bMember } = await couple(server);
    const checkin = (await a.post(CHECKINS, { circleId }, { instrument: 'csi4' })).body;
    const round = (await a.post(ROUNDS, { circleId })).body;
    // `memberId` is not something these requests take: sent on purpose, outside the schema.
    for (const [path, body] of [
      [`/checkins/${checkin.id}/answers`, { answers: [1, 1, 1, 1], memberId: bMember }],
      [`/values/${round.id}/answers`, { answers: texts('for Ben'), memberId: bMember }],
    ] as const) {
      const reply = await a.raw('POST', `/api/circles/${circleId}${path}`, body);
      expect(reply.status, path).toBe(400);
      expect(reply.error.code, path).toBe('validation_failed');
    }
    for (const who of [a, b]) {
      expect((await who.get(CHECKIN, { circleId, checkinId: checkin.id })).body).toMatchObject({
        answeredCount: 0,
        mine: null,
      });
      expect((await who.get(ROUND, { circleId, roundId: round.id })).body).toMatchObject({
        answeredCount: 0,
        mine: null,
      });
    }
  });

  it('waits until the end of its week for a check-in that opened by itself', async () => {
    const { a, b, circleId, bMember } = await couple(server);
    await b.put(SCHEDULE, { circleId }, { cadence: 'weekly', instrument: 'csi4' });
    await server.recipro.scheduler.tick();
    const [listed] = (await a.get(CHECKINS, { circleId })).body.checkins;
    expect(listed).toBeDefined();
    const ids = { circleId, checkinId: listed!.id };
    const opened = (await a.get(CHECKIN, ids)).body;
    const end = checkinPeriodEnd(
      `weekly:${checkinPeriod(Date.parse(opened.createdAt), 'weekly')}`,
    )!;
    expect(opened).toMatchObject({ openedBy: bMember, closableFrom: new Date(end).toISOString() });
    await a.post(CHECKIN_ANSWERS, ids, { answers: [2, 2, 2, 2] });
    const wait = end - server.clock.t;
    server.clock.advance(wait - 1000);
    try {
      expect((await b.post(CHECKIN_CLOSE, ids)).status).toBe(409);
      expect((await a.post(CHECKIN_CLOSE, ids)).status).toBe(403);
      server.clock.advance(1000);
      const closed = await b.post(CHECKIN_CLOSE, ids);
      expect(closed.status).toBe(200);
      expect(closed.body.status).toBe('closed');
    } finally {
      server.clock.advance(-wait);
      await b.put(SCHEDULE, { circleId }, { cadence: 'off' });
    }
  });

  it('passes closing to those who were there when it opened, once its opener has left', async () => {
    const a = await server.signUp('Ama');
    const b = await server.signUp('Bo');
    const c = await server.signUp('Cy');
    const d = await server.signUp('Di');
    const circle = (await a.post('/api/circles', {}, { name: 'Family', kind: 'family' })).body;
    const circleId = circle.id;
    await joinCircle(a, b, circleId);
    await joinCircle(a, c, circleId);
    const checkin = (await a.post(CHECKINS, { circleId }, { instrument: 'reciprocity' })).body;
    const round = (await a.post(ROUNDS, { circleId })).body;
    const checkinIds = { circleId, checkinId: checkin.id };
    const roundIds = { circleId, roundId: round.id };
    await a.post(CHECKIN_ANSWERS, checkinIds, { answers: ownSheet(2) });
    await b.post(CHECKIN_ANSWERS, checkinIds, { answers: ownSheet(1) });
    await b.post(ROUND_ANSWERS, roundIds, { answers: texts('Bo alone said this') });
    server.clock.advance(1000);
    await joinCircle(b, d, circleId);

    // While the opener stays, nobody else may close, even long after its first day.
    server.clock.advance(3 * DAY);
    expect((await b.post(CHECKIN_CLOSE, checkinIds)).status).toBe(403);
    expect((await b.get(CHECKIN, checkinIds)).body.closableByMe).toBe(false);

    expect((await a.post('/api/circles/{circleId}/leave', { circleId })).status).toBe(204);
    for (const who of [b, c]) {
      expect((await who.get(CHECKIN, checkinIds)).body).toMatchObject({
        openedByMe: false,
        closableByMe: true,
      });
      expect((await who.get(ROUND, roundIds)).body).toMatchObject({
        openedByMe: false,
        closableByMe: true,
      });
    }
    // Di joined after they opened: she neither sees nor closes them.
    expect((await d.post(CHECKIN_CLOSE, checkinIds)).status).toBe(404);
    expect((await d.post(ROUND_CLOSE, roundIds)).status).toBe(404);

    // Cy never answered: closing shows her nothing of the others' answers.
    const closedByCy = await c.post(CHECKIN_CLOSE, checkinIds);
    expect(closedByCy.status).toBe(200);
    expect(closedByCy.body.status).toBe('closed');
    expect(closedByCy.body.results).toBeUndefined();
    // Bo answered and now sees what was answered: his own (Ama's left with her).
    expect((await b.get(CHECKIN, checkinIds)).body.results).toHaveLength(1);

    const roundByCy = await c.post(ROUND_CLOSE, roundIds);
    expect(roundByCy.status).toBe(200);
    expect(roundByCy.body.status).toBe('closed');
    expect(roundByCy.body.results).toBeUndefined();
    expect(JSON.stringify(roundByCy.body)).not.toContain('Bo alone said this');
    expect((await b.get(ROUND, roundIds)).body.results).toHaveLength(1);
  });

  it('still waits through its period when its opener has left', async () => {
    const { a, b, circleId } = await couple(server);
    const opened = (await a.post(CHECKINS, { circleId }, { instrument: 'csi4' })).body;
    const ids = { circleId, checkinId: opened.id };
    const round = (await a.post(ROUNDS, { circleId })).body;
    const roundIds = { circleId, roundId: round.id };
    await a.post(CHECKIN_ANSWERS, ids, { answers: [5, 5, 5, 5] });
    expect((await a.post('/api/circles/{circleId}/leave', { circleId })).status).toBe(204);

    // Ben has not answered; the check-in waits for him through its first day all the same.
    const waiting = { status: 'open', closableByMe: true };
    const earlyCheckin = await b.post(CHECKIN_CLOSE, ids);
    expect(earlyCheckin.status).toBe(409);
    expect(earlyCheckin.error.code).toBe('conflict');
    expect((await b.get(CHECKIN, ids)).body).toMatchObject(waiting);
    const earlyRound = await b.post(ROUND_CLOSE, roundIds);
    expect(earlyRound.status).toBe(409);
    expect(earlyRound.error.code).toBe('conflict');
    expect((await b.get(ROUND, roundIds)).body).toMatchObject(waiting);
    server.clock.advance(DAY);
    const closed = await b.post(CHECKIN_CLOSE, ids);
    expect(closed.status).toBe(200);
    expect(closed.body).toMatchObject({ status: 'closed', answeredCount: 0 });
    expect(closed.body.results).toBeUndefined();
    expect(JSON.stringify(closed.body)).not.toContain('[5,5,5,5]');
    expect((await b.post(ROUND_CLOSE, roundIds)).status).toBe(200);
  });
});
