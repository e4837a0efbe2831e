import { VALUES_QUESTIONS, checkinPeriod, checkinPeriodEnd, reciprocity } from '@recipro/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../support/databases.ts';
import { couple, join as joinCircle, startTestServer, type TestServer } from '../support/server.ts';

const DAY = 86_400_000;
const texts = (first: string) => VALUES_QUESTIONS.map((_q, i) => (i === 0 ? first : ''));
/** A full sheet of recipro's own items, every answer at `position`. */
const ownSheet = (position: number) => reciprocity.items.map(() => position);

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
    const opened = (await a.legacyPost(`/api/circles/${circleId}/checkins`, { instrument: 'csi4' }))
      .body;
    const path = `/api/circles/${circleId}/checkins/${opened.id}`;
    expect(opened).toMatchObject({ openedBy: aMember, openedByMe: true, closableByMe: true });
    expect(Date.parse(opened.closableFrom)).toBe(Date.parse(opened.createdAt) + DAY);
    await a.legacyPost(`${path}/answers`, { answers: [4, 4, 4, 4] });

    const seenByB = (await b.legacyGet(path)).body;
    expect(seenByB).toMatchObject({
      status: 'open',
      openedBy: aMember,
      openedByMe: false,
      closableByMe: false,
    });
    expect(seenByB.closableFrom).toBe(opened.closableFrom);

    const early = await a.legacyPost(`${path}/close`);
    expect(early.status).toBe(409);
    expect(early.body.error).toMatchObject({
      code: 'conflict',
      details: { closableFrom: opened.closableFrom },
    });
    server.clock.advance(DAY);
    const byOther = await b.legacyPost(`${path}/close`);
    expect(byOther.status).toBe(403);
    expect(byOther.body.error.code).toBe('forbidden');
    expect((await b.legacyGet(path)).body.status).toBe('open');
    expect((await a.legacyGet(path)).body.status).toBe('open');

    const closed = await a.legacyPost(`${path}/close`);
    expect(closed.status).toBe(200);
    expect(closed.body.status).toBe('closed');
  });

  it('never shows answers to a member who closed without answering', async () => {
    const { a, b, circleId } = await couple(server);
    const opened = (await b.legacyPost(`/api/circles/${circleId}/checkins`, { instrument: 'csi4' }))
      .body;
    const path = `/api/circles/${circleId}/checkins/${opened.id}`;
    await a.legacyPost(`${path}/answers`, { answers: [6, 1, 2, 3] });
    server.clock.advance(DAY);
    const closed = await b.legacyPost(`${path}/close`);
    expect(closed.status).toBe(200);
    expect(closed.body.status).toBe('closed');
    expect(closed.body.results).toBeUndefined();
    expect(JSON.stringify(closed.body)).not.toContain('[6,1,2,3]');
    expect((await a.legacyGet(path)).body.results).toHaveLength(1);
  });

  it('lets the opener close at once when everyone has answered', async () => {
    const { a, b, circleId } = await couple(server);
    const opened = (await a.legacyPost(`/api/circles/${circleId}/values`)).body;
    const path = `/api/circles/${circleId}/values/${opened.id}`;
    await a.legacyPost(`${path}/answers`, { answers: texts('mine') });
    await b.legacyPost(`${path}/answers`, { answers: texts('yours') });
    expect((await b.legacyPost(`${path}/close`)).status).toBe(403);
    const closed = await a.legacyPost(`${path}/close`);
    expect(closed.status).toBe(200);
    expect(closed.body.results).toHaveLength(2);
  });

  it('applies the same rule to values conversations', async () => {
    const { a, b, circleId } = await couple(server);
    const opened = (await a.legacyPost(`/api/circles/${circleId}/values`)).body;
    const path = `/api/circles/${circleId}/values/${opened.id}`;
    expect(opened.openedByMe).toBe(true);
    await b.legacyPost(`${path}/answers`, { answers: texts('only Ben said this') });
    expect((await a.legacyPost(`${path}/close`)).status).toBe(409);
    server.clock.advance(DAY);
    expect((await b.legacyPost(`${path}/close`)).status).toBe(403);
    expect((await b.legacyGet(path)).body.status).toBe('open');
    const closed = await a.legacyPost(`${path}/close`);
    expect(closed.body.status).toBe('closed');
    expect(closed.body.results).toBeUndefined();
    expect(JSON.stringify(closed.body)).not.toContain('only Ben said this');
    expect((await b.legacyGet(path)).body.results).toHaveLength(1);
  });

  it('hides what opened before a member joined: they neither see, answer nor close it', async () => {
    const a = await server.signUp('Ama');
    const b = await server.signUp('Bo');
    const c = await server.signUp('Cy');
    const circle = (await a.legacyPost('/api/circles', { name: 'Family', kind: 'family' })).body;
    const at = (path: string) => `/api/circles/${circle.id}${path}`;
    const join = (who: typeof b) => joinCircle(a, who, circle.id);
    await join(b);
    // A family circle checks in with recipro's own items (the CSI is for couples).
    const checkin = (await a.legacyPost(at('/checkins'), { instrument: 'reciprocity' })).body;
    const round = (await a.legacyPost(at('/values'))).body;
    await a.legacyPost(at(`/checkins/${checkin.id}/answers`), { answers: ownSheet(0) });
    await a.legacyPost(at(`/values/${round.id}/answers`), { answers: texts('before Cy') });
    server.clock.advance(2 * DAY);
    await join(c);

    for (const path of [`/checkins/${checkin.id}`, `/values/${round.id}`]) {
      expect((await c.legacyGet(at(path))).status).toBe(404);
      expect((await c.legacyPost(at(`${path}/close`))).status).toBe(404);
    }
    expect(
      (await c.legacyPost(at(`/checkins/${checkin.id}/answers`), { answers: ownSheet(1) })).status,
    ).toBe(404);
    expect(
      (await c.legacyPost(at(`/values/${round.id}/answers`), { answers: texts('x') })).status,
    ).toBe(404);
    expect((await c.legacyGet(at('/checkins'))).body.checkins).toEqual([]);
    expect((await c.legacyGet(at('/values'))).body.conversations).toEqual([]);
    // Still waiting for Bo alone, untouched by Cy.
    const seenByA = (await a.legacyGet(at(`/checkins/${checkin.id}`))).body;
    expect(seenByA).toMatchObject({ status: 'open', memberCount: 2, answeredCount: 1 });
    expect((await a.legacyGet(at(`/values/${round.id}`))).body.answeredCount).toBe(1);
  });

  it('refuses answering for someone else, and stores nothing', async () => {
    const { a, b, circleId, bMember } = await couple(server);
    const checkin = (
      await a.legacyPost(`/api/circles/${circleId}/checkins`, { instrument: 'csi4' })
    ).body;
    const round = (await a.legacyPost(`/api/circles/${circleId}/values`)).body;
    for (const [path, body] of [
      [`/checkins/${checkin.id}/answers`, { answers: [1, 1, 1, 1], memberId: bMember }],
      [`/values/${round.id}/answers`, { answers: texts('for Ben'), memberId: bMember }],
    ] as const) {
      const reply = await a.legacyPost(`/api/circles/${circleId}${path}`, body);
      expect(reply.status, path).toBe(400);
      expect(reply.body.error.code, path).toBe('validation_failed');
    }
    for (const who of [a, b]) {
      expect(
        (await who.legacyGet(`/api/circles/${circleId}/checkins/${checkin.id}`)).body,
      ).toMatchObject({ answeredCount: 0, mine: null });
      expect(
        (await who.legacyGet(`/api/circles/${circleId}/values/${round.id}`)).body,
      ).toMatchObject({
        answeredCount: 0,
        mine: null,
      });
    }
  });

  it('waits until the end of its week for a check-in that opened by itself', async () => {
    const { a, b, circleId, bMember } = await couple(server);
    await b.legacyRequest('PUT', `/api/circles/${circleId}/checkin-schedule`, {
      cadence: 'weekly',
      instrument: 'csi4',
    });
    await server.recipro.scheduler.tick();
    const [listed] = (await a.legacyGet(`/api/circles/${circleId}/checkins`)).body.checkins;
    const path = `/api/circles/${circleId}/checkins/${listed.id}`;
    const opened = (await a.legacyGet(path)).body;
    const end = checkinPeriodEnd(
      `weekly:${checkinPeriod(Date.parse(opened.createdAt), 'weekly')}`,
    )!;
    expect(opened).toMatchObject({ openedBy: bMember, closableFrom: new Date(end).toISOString() });
    await a.legacyPost(`${path}/answers`, { answers: [2, 2, 2, 2] });
    const wait = end - server.clock.t;
    server.clock.advance(wait - 1000);
    try {
      expect((await b.legacyPost(`${path}/close`)).status).toBe(409);
      expect((await a.legacyPost(`${path}/close`)).status).toBe(403);
      server.clock.advance(1000);
      const closed = await b.legacyPost(`${path}/close`);
      expect(closed.status).toBe(200);
      expect(closed.body.status).toBe('closed');
    } finally {
      server.clock.advance(-wait);
      await b.legacyRequest('PUT', `/api/circles/${circleId}/checkin-schedule`, { cadence: 'off' });
    }
  });

  it('passes closing to those who were there when it opened, once its opener has left', async () => {
    const a = await server.signUp('Ama');
    const b = await server.signUp('Bo');
    const c = await server.signUp('Cy');
    const d = await server.signUp('Di');
    const circle = (await a.legacyPost('/api/circles', { name: 'Family', kind: 'family' })).body;
    const at = (path: string) => `/api/circles/${circle.id}${path}`;
    await joinCircle(a, b, circle.id);
    await joinCircle(a, c, circle.id);
    const checkin = (await a.legacyPost(at('/checkins'), { instrument: 'reciprocity' })).body;
    const round = (await a.legacyPost(at('/values'))).body;
    const checkinPath = at(`/checkins/${checkin.id}`);
    const roundPath = at(`/values/${round.id}`);
    await a.legacyPost(`${checkinPath}/answers`, { answers: ownSheet(2) });
    await b.legacyPost(`${checkinPath}/answers`, { answers: ownSheet(1) });
    await b.legacyPost(`${roundPath}/answers`, { answers: texts('Bo alone said this') });
    server.clock.advance(1000);
    await joinCircle(b, d, circle.id);

    // While the opener stays, nobody else may close, even long after its first day.
    server.clock.advance(3 * DAY);
    expect((await b.legacyPost(`${checkinPath}/close`)).status).toBe(403);
    expect((await b.legacyGet(checkinPath)).body.closableByMe).toBe(false);

    expect((await a.legacyPost(at('/leave'))).status).toBe(204);
    for (const [who, path] of [
      [b, checkinPath],
      [c, checkinPath],
      [b, roundPath],
      [c, roundPath],
    ] as const) {
      expect((await who.legacyGet(path)).body).toMatchObject({
        openedByMe: false,
        closableByMe: true,
      });
    }
    // Di joined after they opened: she neither sees nor closes them.
    expect((await d.legacyPost(`${checkinPath}/close`)).status).toBe(404);
    expect((await d.legacyPost(`${roundPath}/close`)).status).toBe(404);

    // Cy never answered: closing shows her nothing of the others' answers.
    const closedByCy = await c.legacyPost(`${checkinPath}/close`);
    expect(closedByCy.status).toBe(200);
    expect(closedByCy.body.status).toBe('closed');
    expect(closedByCy.body.results).toBeUndefined();
    // Bo answered and now sees what was answered: his own (Ama's left with her).
    expect((await b.legacyGet(checkinPath)).body.results).toHaveLength(1);

    const roundByCy = await c.legacyPost(`${roundPath}/close`);
    expect(roundByCy.status).toBe(200);
    expect(roundByCy.body.status).toBe('closed');
    expect(roundByCy.body.results).toBeUndefined();
    expect(JSON.stringify(roundByCy.body)).not.toContain('Bo alone said this');
    expect((await b.legacyGet(roundPath)).body.results).toHaveLength(1);
  });

  it('still waits through its period when its opener has left', async () => {
    const { a, b, circleId } = await couple(server);
    const opened = (await a.legacyPost(`/api/circles/${circleId}/checkins`, { instrument: 'csi4' }))
      .body;
    const path = `/api/circles/${circleId}/checkins/${opened.id}`;
    const round = (await a.legacyPost(`/api/circles/${circleId}/values`)).body;
    const roundPath = `/api/circles/${circleId}/values/${round.id}`;
    await a.legacyPost(`${path}/answers`, { answers: [5, 5, 5, 5] });
    expect((await a.legacyPost(`/api/circles/${circleId}/leave`)).status).toBe(204);

    // Ben has not answered; the check-in waits for him through its first day all the same.
    for (const p of [path, roundPath]) {
      const early = await b.legacyPost(`${p}/close`);
      expect(early.status).toBe(409);
      expect(early.body.error.code).toBe('conflict');
      expect((await b.legacyGet(p)).body).toMatchObject({ status: 'open', closableByMe: true });
    }
    server.clock.advance(DAY);
    const closed = await b.legacyPost(`${path}/close`);
    expect(closed.status).toBe(200);
    expect(closed.body).toMatchObject({ status: 'closed', answeredCount: 0 });
    expect(closed.body.results).toBeUndefined();
    expect(JSON.stringify(closed.body)).not.toContain('[5,5,5,5]');
    expect((await b.legacyPost(`${roundPath}/close`)).status).toBe(200);
  });
});
