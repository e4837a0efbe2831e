import { reciprocity } from '@recipro/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../support/databases.ts';
import { couple, startTestServer, type TestServer } from '../support/server.ts';

/** A full reciprocity sheet: middle answers, with `felt_safe` answered "Yes". */
const reciprocitySheet = (overrides: Record<string, number> = {}) =>
  reciprocity.items.map((item) => {
    if (item.id in overrides) return overrides[item.id]!;
    if (item.id === 'felt_safe') return 0;
    const count = item.kind === 'choice' ? item.options.length : item.scores.length;
    return Math.floor(count / 2);
  });

const DAY = 86_400_000;

describe.each(testDatabases())('check-ins on $name', (database) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(database);
  });
  afterAll(async () => server?.stop());

  it('reveals nobody’s answers until everyone has answered, then shows them side by side', async () => {
    const { a, b, circleId, aMember, bMember } = await couple(server);
    const opened = await a.post(
      '/api/circles/{circleId}/checkins',
      { circleId },
      { instrument: 'csi4' },
    );
    expect(opened.status).toBe(201);
    expect(opened.body).toMatchObject({
      instrument: 'csi4',
      status: 'open',
      memberCount: 2,
      answeredCount: 0,
      mine: null,
    });

    const aAnswered = await a.post(
      '/api/circles/{circleId}/checkins/{checkinId}/answers',
      { circleId, checkinId: opened.body.id },
      { answers: [6, 5, 5, 5] },
    );
    expect(aAnswered.status).toBe(201);
    expect(aAnswered.body.mine).toMatchObject({
      answers: [6, 5, 5, 5],
      scores: [6, 5, 5, 5],
      total: 21,
    });
    expect(aAnswered.body.status).toBe('open');
    expect(aAnswered.body.results).toBeUndefined();

    const bBefore = await b.get('/api/circles/{circleId}/checkins/{checkinId}', {
      circleId,
      checkinId: opened.body.id,
    });
    expect(bBefore.body.mine).toBeNull();
    expect(bBefore.body.answeredCount).toBe(1);
    expect(bBefore.body.results).toBeUndefined();
    expect(JSON.stringify(bBefore.parsed)).not.toContain('[6,5,5,5]');

    await b.post(
      '/api/circles/{circleId}/checkins/{checkinId}/answers',
      { circleId, checkinId: opened.body.id },
      { answers: [3, 2, 2, 3] },
    );
    const revealed = await a.get('/api/circles/{circleId}/checkins/{checkinId}', {
      circleId,
      checkinId: opened.body.id,
    });
    expect(revealed.body.status).toBe('revealed');
    expect(revealed.body.results).toEqual([
      { memberId: aMember, score: 21, answers: [6, 5, 5, 5] },
      { memberId: bMember, score: 10, answers: [3, 2, 2, 3] },
    ]);

    const history = await b.get('/api/circles/{circleId}/checkins', { circleId });
    expect(history.body.checkins[0]).toMatchObject({
      id: opened.body.id,
      status: 'revealed',
      answeredByMe: true,
    });
    expect(history.body.trends.csi4?.totals).toEqual([10]);
  });

  it('scores CSI-16 word pairs by position and shows my trend across check-ins', async () => {
    const { a, b, circleId } = await couple(server);
    const totals: (number | null | undefined)[] = [];
    for (const answers of [
      [3, 2, 3, 3, 3, 3, 3, 3, 3, 3, 0, 5, 0, 0, 5, 0],
      [0, 5, 0, 0, 0, 0, 0, 0, 0, 0, 5, 0, 5, 5, 0, 5],
    ]) {
      const checkin = (
        await a.post('/api/circles/{circleId}/checkins', { circleId }, { instrument: 'csi16' })
      ).body;
      const mine = await a.post(
        '/api/circles/{circleId}/checkins/{checkinId}/answers',
        { circleId, checkinId: checkin.id },
        {
          answers,
        },
      );
      totals.push(mine.body.mine?.total);
      await b.post(
        '/api/circles/{circleId}/checkins/{checkinId}/answers',
        { circleId, checkinId: checkin.id },
        { answers },
      );
    }
    // Item 2 is printed "All the time" first: position 0 scores 5. Items 11, 13, 14, 16 score 5 at
    // the left; 12 and 15 score 5 at the right.
    expect(totals).toEqual([3 + 3 + 8 * 3 + 6 * 5, 0]);
    const history = await a.get('/api/circles/{circleId}/checkins', { circleId });
    expect(history.body.trends.csi16).toEqual({
      totals: [60, 0],
      latest: { from: 60, to: 0, change: -60, direction: 'went_down' },
    });
  });

  it('closing, by its opener after a day, reveals what was answered to those who answered', async () => {
    const { a, b, circleId, aMember } = await couple(server);
    const checkin = (
      await a.post('/api/circles/{circleId}/checkins', { circleId }, { instrument: 'csi4' })
    ).body;
    await a.post(
      '/api/circles/{circleId}/checkins/{checkinId}/answers',
      { circleId, checkinId: checkin.id },
      { answers: [3, 3, 3, 3] },
    );
    server.clock.advance(DAY);
    const closed = await a.post('/api/circles/{circleId}/checkins/{checkinId}/close', {
      circleId,
      checkinId: checkin.id,
    });
    expect(closed.status).toBe(200);
    expect(closed.body.status).toBe('closed');
    expect(closed.body.results).toEqual([{ memberId: aMember, score: 12, answers: [3, 3, 3, 3] }]);
    const seenByB = await b.get('/api/circles/{circleId}/checkins/{checkinId}', {
      circleId,
      checkinId: checkin.id,
    });
    expect(seenByB.body.status).toBe('closed');
    expect(seenByB.body.results).toBeUndefined();
    expect(JSON.stringify(seenByB.parsed)).not.toContain('[3,3,3,3]');
    const late = await b.post(
      '/api/circles/{circleId}/checkins/{checkinId}/answers',
      { circleId, checkinId: checkin.id },
      { answers: [3, 3, 3, 3] },
    );
    expect(late.status).toBe(409);
  });

  it('offers areas both people say they carry as things to talk about, and keeps the safety answer private', async () => {
    const { a, b, circleId, bMember } = await couple(server);
    const checkin = (
      await a.post('/api/circles/{circleId}/checkins', { circleId }, { instrument: 'reciprocity' })
    ).body;
    const mostlyMe = 0;
    const safeIndex = reciprocity.items.findIndex((i) => i.id === 'felt_safe');
    const unsafe = reciprocity.items[safeIndex]!.safetyConcernAt[0] ?? 1;
    const aSheet = reciprocitySheet({ share_chores: mostlyMe });
    const bSheet = reciprocitySheet({ share_chores: mostlyMe, felt_safe: unsafe });
    expect(
      (
        await a.post(
          '/api/circles/{circleId}/checkins/{checkinId}/answers',
          { circleId, checkinId: checkin.id },
          { answers: aSheet },
        )
      ).status,
    ).toBe(201);
    const bReply = await b.post(
      '/api/circles/{circleId}/checkins/{checkinId}/answers',
      { circleId, checkinId: checkin.id },
      { answers: bSheet },
    );
    expect(bReply.status).toBe(201);
    expect(bReply.body.showSupport).toBe(true);
    expect(bReply.body.mine?.total).toBeNull();
    expect(bReply.body.mine?.scores).toEqual([]);

    const seenByA = (
      await a.get('/api/circles/{circleId}/checkins/{checkinId}', {
        circleId,
        checkinId: checkin.id,
      })
    ).body;
    expect(seenByA.showSupport).toBe(false);
    expect(seenByA.thingsToTalkAbout).toContain('chores');
    const bSeenByA = seenByA.results?.find((r) => r.memberId === bMember);
    expect(bSeenByA?.score).toBeNull();
    expect(bSeenByA?.answers[safeIndex]).toBeNull();
  });

  it('refuses bad answers and changes nothing', async () => {
    const { a, circleId } = await couple(server);
    const checkin = (
      await a.post('/api/circles/{circleId}/checkins', { circleId }, { instrument: 'csi4' })
    ).body;
    const path = `/api/circles/${circleId}/checkins/${checkin.id}`;
    for (const [label, body] of [
      ['out of range on item 1', { answers: [7, 0, 0, 0] }],
      ['out of range on item 2', { answers: [0, 6, 0, 0] }],
      ['a missing item', { answers: [1, null, 1, 1] }],
      ['too few answers', { answers: [1, 1, 1] }],
      ['a fraction', { answers: [1, 1.5, 1, 1] }],
      ['text', { answers: ['1', 1, 1, 1] }],
      ['answering for someone else', { answers: [1, 1, 1, 1], memberId: 'x' }],
    ] as const) {
      const reply = await a.raw('POST', `${path}/answers`, body);
      expect(reply.status, label).toBe(400);
      expect(reply.error.code, label).toBe('validation_failed');
    }
    expect(
      (
        await a.get('/api/circles/{circleId}/checkins/{checkinId}', {
          circleId,
          checkinId: checkin.id,
        })
      ).body.mine,
    ).toBeNull();
    expect(
      (
        await a.post(
          '/api/circles/{circleId}/checkins/{checkinId}/answers',
          { circleId, checkinId: checkin.id },
          { answers: [1, 1, 1, 1] },
        )
      ).status,
    ).toBe(201);
    const twice = await a.post(
      '/api/circles/{circleId}/checkins/{checkinId}/answers',
      { circleId, checkinId: checkin.id },
      { answers: [2, 2, 2, 2] },
    );
    expect(twice.status).toBe(409);
    expect(
      (
        await a.get('/api/circles/{circleId}/checkins/{checkinId}', {
          circleId,
          checkinId: checkin.id,
        })
      ).body.mine?.answers,
    ).toEqual([1, 1, 1, 1]);
    expect(
      (await a.raw('POST', `/api/circles/${circleId}/checkins`, { instrument: 'ras' })).status,
    ).toBe(400);
  });

  it('hides check-ins from other circles', async () => {
    const { a, circleId } = await couple(server);
    const checkin = (
      await a.post('/api/circles/{circleId}/checkins', { circleId }, { instrument: 'csi4' })
    ).body;
    const other = await couple(server);
    expect(
      (
        await other.a.get('/api/circles/{circleId}/checkins/{checkinId}', {
          circleId,
          checkinId: checkin.id,
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await other.a.get('/api/circles/{circleId}/checkins/{checkinId}', {
          circleId: other.circleId,
          checkinId: checkin.id,
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await other.a.post(
          '/api/circles/{circleId}/checkins/{checkinId}/answers',
          { circleId: other.circleId, checkinId: checkin.id },
          {
            answers: [1, 1, 1, 1],
          },
        )
      ).status,
    ).toBe(404);
  });

  it('opens a check-in by itself once a week when asked to, once however often the scheduler runs', async () => {
    const { a, b, circleId } = await couple(server);
    expect((await a.get('/api/circles/{circleId}/checkin-schedule', { circleId })).body).toEqual({
      cadence: 'off',
    });
    const set = await b.put(
      '/api/circles/{circleId}/checkin-schedule',
      { circleId },
      {
        cadence: 'weekly',
        instrument: 'csi4',
      },
    );
    expect(set.body).toEqual({ cadence: 'weekly', instrument: 'csi4' });
    await server.recipro.scheduler.tick();
    await server.recipro.scheduler.tick();
    const first = (await a.get('/api/circles/{circleId}/checkins', { circleId })).body.checkins;
    expect(first).toHaveLength(1);
    expect(first[0]).toMatchObject({ instrument: 'csi4', status: 'open', memberCount: 2 });
    server.clock.advance(7 * 86_400_000);
    try {
      await server.recipro.scheduler.tick();
      expect(
        (await a.get('/api/circles/{circleId}/checkins', { circleId })).body.checkins,
      ).toHaveLength(2);
    } finally {
      server.clock.advance(-7 * 86_400_000);
    }
    await a.put('/api/circles/{circleId}/checkin-schedule', { circleId }, { cadence: 'off' });
    for (const body of [
      { cadence: 'daily', instrument: 'csi4' },
      { cadence: 'weekly', instrument: 'ras' },
      { cadence: 'weekly' },
    ]) {
      expect(
        (await a.raw('PUT', `/api/circles/${circleId}/checkin-schedule`, body)).status,
        JSON.stringify(body),
      ).toBe(400);
    }
    expect((await a.get('/api/circles/{circleId}/checkin-schedule', { circleId })).body).toEqual({
      cadence: 'off',
    });
  });

  it('publishes the CSI with its citation, and recipro’s own without words', async () => {
    const c = server.client();
    const csi4 = (await c.get('/api/instruments/{instrumentId}', { instrumentId: 'csi4' })).body;
    expect(csi4.items[0]).toMatchObject({
      text: 'Please indicate the degree of happiness, all things considered, of your relationship.',
    });
    expect(csi4.citation).toContain('Funk, J. L., & Rogge, R. D. (2007)');
    const own = (await c.get('/api/instruments/{instrumentId}', { instrumentId: 'reciprocity' }))
      .body;
    expect(own.origin).toBe('own');
    // Said in the reader's language by the web (instrument.about.own), never sent in one.
    expect(own.ownLabel).toBeNull();
    expect(own.citation).toBeNull();
    expect(csi4).not.toHaveProperty('researchCutOff');
    expect(JSON.stringify((await c.get('/api/instruments')).body)).not.toContain('researchCutOff');
  });
});
