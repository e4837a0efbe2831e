import {
  dayIn,
  QUESTION_ANSWER_MAX_LENGTH,
  QUESTION_WORDS,
  questionById,
  questionsFor,
} from '@recipro/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../support/databases.ts';
import { couple, join, startTestServer, type TestServer } from '../support/server.ts';

type Client = Awaited<ReturnType<TestServer['signUp']>>;

const DAY = 86_400_000;

/**
 * A question a day over HTTP: the contract, the reveal rule (also when someone joins or leaves
 * during the day), "another question" once a day, the days read together, the circle's time
 * zone, the update everyone else gets, and bad input changing nothing.
 */
describe.each(testDatabases())('a question a day on $name', (database) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(database);
  });
  afterAll(async () => server?.stop());

  /** The updates of a kind a client has, newest first. */
  const told = async (client: Client, kind: string) =>
    (await client.get('/api/me/updates', {}, { query: { limit: 100 } })).body.updates.filter(
      (u) => u.kind === kind,
    );

  /** How many answers the circle has stored, whatever the API shows. */
  const storedAnswers = async (circleId: string) =>
    (
      await server.recipro.database.db
        .selectFrom('question_answers')
        .selectAll()
        .where('circle_id', '=', circleId)
        .execute()
    ).length;

  /** A family of three: the keeper `a` with `b` and `c`. */
  const family = async () => {
    const a = await server.signUp('Ama');
    const b = await server.signUp('Bo');
    const c = await server.signUp('Cy');
    const circle = (await a.post('/api/circles', {}, { name: 'The Oyelaran', kind: 'family' }))
      .body;
    server.clock.advance(1000);
    const bMember = await join(a, b, circle.id);
    const cMember = await join(a, c, circle.id);
    return { a, b, c, circleId: circle.id, aMember: circle.myMemberId, bMember, cMember };
  };

  it('asks the circle one question a day, reveals the answers when all have answered, and tells the others', async () => {
    const { a, b, circleId, aMember, bMember } = await couple(server);
    const first = await a.get('/api/circles/{circleId}/question', { circleId });
    expect(first.status).toBe(200);
    const q = first.body;
    expect(q).toEqual({
      date: dayIn(server.clock.t, 'UTC'),
      timeZone: 'UTC',
      id: expect.stringMatching(/^q\d{3}$/),
      theme: questionById(q.id)!.theme,
      depth: questionById(q.id)!.depth,
      status: 'open',
      answeredBy: [],
      waitingFor: [aMember, bMember],
      askedOfMe: true,
      canSwap: true,
      swapped: false,
    });
    expect(questionsFor('couple').map((x) => x.id)).toContain(q.id);
    // The same question for everyone in the circle, all day.
    server.clock.advance(60_000);
    const forB = (await b.get('/api/circles/{circleId}/question', { circleId })).body;
    expect([forB.id, forB.date]).toEqual([q.id, q.date]);

    // Stored exactly as written: spaces, lines and emoji kept.
    const mine = '  Tea, made without asking 🌿\nand a note on the fridge.  ';
    const answered = await a.post(
      '/api/circles/{circleId}/question/answer',
      { circleId },
      { text: mine },
    );
    expect(answered.status).toBe(201);
    expect(answered.body).toMatchObject({
      id: q.id,
      status: 'open',
      myAnswer: { text: mine, answeredAt: expect.any(String) },
      answeredBy: [aMember],
      waitingFor: [bMember],
      canSwap: false,
    });
    expect(answered.body.answers).toBeUndefined();

    // B sees that A answered, never what.
    const peek = (await b.get('/api/circles/{circleId}/question', { circleId })).body;
    expect(peek.answeredBy).toEqual([aMember]);
    expect(peek.myAnswer).toBeUndefined();
    expect(JSON.stringify(peek)).not.toContain('Tea, made');
    expect(await told(a, 'question_answered')).toEqual([]);
    expect(await told(b, 'question_answered')).toEqual([]);

    const theirs = 'The walk on Sunday.';
    const last = await b.post(
      '/api/circles/{circleId}/question/answer',
      { circleId },
      { text: theirs },
    );
    expect(last.status).toBe(201);
    expect(last.body).toMatchObject({
      status: 'revealed',
      waitingFor: [],
      answeredBy: [aMember, bMember],
      answers: [
        { memberId: aMember, text: mine },
        { memberId: bMember, text: theirs },
      ],
    });
    const forA = (await a.get('/api/circles/{circleId}/question', { circleId })).body;
    expect(forA.status).toBe('revealed');
    expect(forA.answers).toEqual(last.body.answers);

    // A hears that everyone has answered; B, who answered last and sees it at once, does not.
    const updates = await told(a, 'question_answered');
    expect(updates).toEqual([
      expect.objectContaining({
        kind: 'question_answered',
        circleId,
        actorMemberId: null,
        actorName: null,
        subjectId: q.date,
        detail: null,
        readAt: null,
      }),
    ]);
    expect(await told(b, 'question_answered')).toEqual([]);
    const everything = JSON.stringify((await a.get('/api/me/updates')).body);
    for (const words of ['Tea, made', 'walk on Sunday', QUESTION_WORDS[q.id]!]) {
      expect(everything).not.toContain(words);
    }
  });

  it('takes one answer per person: answering twice is a conflict and changes nothing', async () => {
    const { a, circleId } = await couple(server);
    expect(
      (await a.post('/api/circles/{circleId}/question/answer', { circleId }, { text: 'First' }))
        .status,
    ).toBe(201);
    const again = await a.post(
      '/api/circles/{circleId}/question/answer',
      { circleId },
      { text: 'Second' },
    );
    expect(again.status).toBe(409);
    expect(again.parsed).toEqual({
      error: { code: 'conflict', message: expect.any(String), details: expect.anything() },
    });
    expect(
      (await a.get('/api/circles/{circleId}/question', { circleId })).body.myAnswer?.text,
    ).toBe('First');
    expect(await storedAnswers(circleId)).toBe(1);
  });

  it('refuses bad input in the error shape, storing nothing', async () => {
    const { a, b, circleId } = await couple(server);
    const answer = (body: unknown) =>
      a.raw('POST', `/api/circles/${circleId}/question/answer`, body);
    const bad = [
      {},
      { text: '' },
      { text: '   \n\t ' },
      { text: 'x'.repeat(QUESTION_ANSWER_MAX_LENGTH + 1) },
      { text: 42 },
      { text: 'fine', extra: true },
      { text: 'fine', questionId: '' },
    ];
    for (const body of bad) {
      const reply = await answer(body);
      expect(reply.status, JSON.stringify(body).slice(0, 40)).toBe(400);
      expect(reply.error.code).toBe('validation_failed');
    }
    expect(await storedAnswers(circleId)).toBe(0);
    expect((await a.get('/api/circles/{circleId}/question', { circleId })).body.answeredBy).toEqual(
      [],
    );

    // The longest answer there may be is taken whole.
    const longest = 'y'.repeat(QUESTION_ANSWER_MAX_LENGTH);
    expect(
      (await b.post('/api/circles/{circleId}/question/answer', { circleId }, { text: longest }))
        .status,
    ).toBe(201);
    expect(
      (await b.get('/api/circles/{circleId}/question', { circleId })).body.myAnswer?.text,
    ).toBe(longest);

    // Answering a question that is no longer today's saves nothing.
    const today = (await a.get('/api/circles/{circleId}/question', { circleId })).body;
    const other = questionsFor('couple').find((x) => x.id !== today.id)!.id;
    const stale = await answer({ text: 'For yesterday', questionId: other });
    expect(stale.status).toBe(409);
    expect(stale.error.code).toBe('conflict');
    expect(await storedAnswers(circleId)).toBe(1);
    expect((await answer({ text: 'For today', questionId: today.id })).status).toBe(201);

    // Past days: only real days and sensible pages.
    for (const query of ['?before=2026-02-30', '?before=yesterday', '?limit=0', '?limit=101']) {
      const reply = await a.raw('GET', `/api/circles/${circleId}/questions${query}`);
      expect(reply.status, query).toBe(400);
      expect(reply.error.code).toBe('validation_failed');
    }
  });

  it('is 404 to anyone outside the circle, for an unknown circle, and 401 signed out', async () => {
    const { a, circleId } = await couple(server);
    const stranger = await server.signUp('Stranger');
    const own = (await stranger.post('/api/circles', {}, { name: 'Mine', kind: 'friends' })).body;
    for (const [client, id] of [
      [stranger, circleId],
      [a, own.id],
      [a, '00000000-0000-4000-8000-000000000000'],
    ] as const) {
      for (const reply of [
        await client.get('/api/circles/{circleId}/question', { circleId: id }),
        await client.post(
          '/api/circles/{circleId}/question/answer',
          { circleId: id },
          { text: 'Hello' },
        ),
        await client.post(
          '/api/circles/{circleId}/question/swap',
          { circleId: id },
          { questionId: 'q001' },
        ),
        await client.get('/api/circles/{circleId}/questions', { circleId: id }),
      ]) {
        expect(reply.status).toBe(404);
        expect(reply.error.code).toBe('not_found');
      }
    }
    expect(await storedAnswers(circleId)).toBe(0);
    expect(await storedAnswers(own.id)).toBe(0);
    // A's circle was never even asked a question by the stranger's tries.
    const rows = await server.recipro.database.db
      .selectFrom('circle_questions')
      .selectAll()
      .where('circle_id', '=', circleId)
      .execute();
    expect(rows).toEqual([]);
    const anonymous = server.client();
    expect((await anonymous.get('/api/circles/{circleId}/question', { circleId })).status).toBe(
      401,
    );
    expect(
      (await anonymous.post('/api/circles/{circleId}/question/answer', { circleId }, { text: 'x' }))
        .status,
    ).toBe(401);
  });

  it('offers "another question" once a day, only before anyone answers, and never asks the set-aside one again in the pass', async () => {
    const { a, b, circleId } = await couple(server);
    const before = (await a.get('/api/circles/{circleId}/question', { circleId })).body;
    const swapped = await b.post(
      '/api/circles/{circleId}/question/swap',
      { circleId },
      { questionId: before.id },
    );
    expect(swapped.status).toBe(200);
    expect(swapped.body).toMatchObject({
      date: before.date,
      swapped: true,
      canSwap: false,
      status: 'open',
    });
    expect(swapped.body.id).not.toBe(before.id);
    expect((await a.get('/api/circles/{circleId}/question', { circleId })).body.id).toBe(
      swapped.body.id,
    );

    // Once a day for the whole circle.
    const twice = await a.post(
      '/api/circles/{circleId}/question/swap',
      { circleId },
      {
        questionId: swapped.body.id,
      },
    );
    expect(twice.status).toBe(409);
    expect(twice.error.code).toBe('conflict');
    // Setting aside a question that is no longer today's changes nothing either.
    expect(
      (
        await a.post(
          '/api/circles/{circleId}/question/swap',
          { circleId },
          { questionId: before.id },
        )
      ).status,
    ).toBe(409);
    expect((await a.raw('POST', `/api/circles/${circleId}/question/swap`, {})).status).toBe(400);
    expect((await a.get('/api/circles/{circleId}/question', { circleId })).body.id).toBe(
      swapped.body.id,
    );

    // The next days go on through the circle's order: no repeat, not the one set aside.
    const seen = [before.id, swapped.body.id];
    for (let d = 0; d < 12; d += 1) {
      server.clock.advance(DAY);
      const next = (await a.get('/api/circles/{circleId}/question', { circleId })).body;
      expect(next.swapped).toBe(false);
      expect(next.canSwap).toBe(true);
      expect(seen).not.toContain(next.id);
      seen.push(next.id);
    }
  });

  it('keeps today’s question once someone has answered it', async () => {
    const { a, b, circleId } = await couple(server);
    const today = (await a.get('/api/circles/{circleId}/question', { circleId })).body;
    await a.post('/api/circles/{circleId}/question/answer', { circleId }, { text: 'Mine' });
    const view = (await b.get('/api/circles/{circleId}/question', { circleId })).body;
    expect(view.canSwap).toBe(false);
    const refused = await b.post(
      '/api/circles/{circleId}/question/swap',
      { circleId },
      { questionId: today.id },
    );
    expect(refused.status).toBe(409);
    expect((await b.get('/api/circles/{circleId}/question', { circleId })).body).toMatchObject({
      id: today.id,
      swapped: false,
    });
  });

  it('lists the days whose answers were read together, newest first, a page at a time', async () => {
    const { a, b, circleId, aMember, bMember } = await couple(server);
    const ask = async () => (await a.get('/api/circles/{circleId}/question', { circleId })).body;
    const day1 = await ask();
    await a.post('/api/circles/{circleId}/question/answer', { circleId }, { text: 'A on day one' });
    await b.post('/api/circles/{circleId}/question/answer', { circleId }, { text: 'B on day one' });
    server.clock.advance(DAY);
    const day2 = await ask();
    await a.post(
      '/api/circles/{circleId}/question/answer',
      { circleId },
      { text: 'A alone on day two' },
    );
    server.clock.advance(DAY);
    const day3 = await ask();
    await b.post(
      '/api/circles/{circleId}/question/answer',
      { circleId },
      { text: 'B on day three' },
    );
    await a.post(
      '/api/circles/{circleId}/question/answer',
      { circleId },
      { text: 'A on day three' },
    );
    expect(new Set([day1.id, day2.id, day3.id]).size).toBe(3);

    // Today's revealed question is on its own screen, not among the past days.
    expect((await a.get('/api/circles/{circleId}/questions', { circleId })).body).toEqual({
      days: [
        {
          date: day1.date,
          id: day1.id,
          theme: day1.theme,
          depth: day1.depth,
          answers: [
            { memberId: aMember, text: 'A on day one' },
            { memberId: bMember, text: 'B on day one' },
          ],
        },
      ],
      next: null,
    });

    server.clock.advance(DAY);
    const page = (await b.get('/api/circles/{circleId}/questions', { circleId })).body;
    // Day two was never answered by B: it stays closed to both, A's answer included.
    expect(page.days.map((d) => d.date)).toEqual([day3.date, day1.date]);
    expect(JSON.stringify(page)).not.toContain('A alone on day two');
    expect(page.days[0]?.answers).toEqual([
      { memberId: aMember, text: 'A on day three' },
      { memberId: bMember, text: 'B on day three' },
    ]);
    const one = (
      await a.get('/api/circles/{circleId}/questions', { circleId }, { query: { limit: 1 } })
    ).body;
    expect(one.days.map((d) => d.date)).toEqual([day3.date]);
    expect(one.next).toEqual(expect.any(String));
    const rest = (
      await a.get(
        '/api/circles/{circleId}/questions',
        { circleId },
        { query: { limit: 1, before: one.next! } },
      )
    ).body;
    expect(rest.days.map((d) => d.date)).toEqual([day1.date]);
    expect(rest.next).toBe(null);
    // Paging on from day three leads back to day one, for anyone in the circle.
    expect(
      (
        await b.get(
          '/api/circles/{circleId}/questions',
          { circleId },
          { query: { before: one.next! } },
        )
      ).body.days.map((d) => d.date),
    ).toEqual([day1.date]);
    // A date is not a cursor.
    const dated = await b.get(
      '/api/circles/{circleId}/questions',
      { circleId },
      { query: { before: day3.date } },
    );
    expect(dated.status).toBe(400);
    expect(dated.error.code).toBe('validation_failed');
  });

  it('is neither locked nor leaked when someone joins or leaves during the day', async () => {
    const { a, b, c, circleId, aMember, bMember, cMember } = await family();
    const today = (await a.get('/api/circles/{circleId}/question', { circleId })).body;
    expect(today.waitingFor).toEqual([aMember, bMember, cMember]);
    await a.post(
      '/api/circles/{circleId}/question/answer',
      { circleId },
      { text: 'Ama: pancakes' },
    );
    await b.post(
      '/api/circles/{circleId}/question/answer',
      { circleId },
      { text: 'Bo: the swings' },
    );

    // Dee joins after the question was asked: she may answer, the answers never wait for her.
    server.clock.advance(60_000);
    const d = await server.signUp('Dee');
    const dMember = await join(a, d, circleId);
    const forDee = (await d.get('/api/circles/{circleId}/question', { circleId })).body;
    expect(forDee).toMatchObject({ id: today.id, askedOfMe: false, status: 'open' });
    expect(forDee.waitingFor).toEqual([cMember]);
    expect(JSON.stringify(forDee)).not.toMatch(/pancakes|swings/);

    // Cy answers last of those asked: revealed, though Dee has not answered.
    const last = await c.post(
      '/api/circles/{circleId}/question/answer',
      { circleId },
      { text: 'Cy: reading' },
    );
    expect(last.body.status).toBe('revealed');
    expect(last.body.answers?.map((x) => x.memberId)).toEqual([aMember, bMember, cMember]);
    expect(await told(a, 'question_answered')).toHaveLength(1);
    expect(await told(b, 'question_answered')).toHaveLength(1);
    expect(await told(d, 'question_answered')).toHaveLength(1);
    expect(await told(c, 'question_answered')).toHaveLength(0);

    // Revealed, but not to Dee until she has answered herself.
    const deeBefore = (await d.get('/api/circles/{circleId}/question', { circleId })).body;
    expect(deeBefore.status).toBe('revealed');
    expect(deeBefore.answers).toBeUndefined();
    expect(JSON.stringify(deeBefore)).not.toMatch(/pancakes|swings|reading/);
    const deeAnswered = (
      await d.post('/api/circles/{circleId}/question/answer', { circleId }, { text: 'Dee: tea' })
    ).body;
    expect(deeAnswered.answers?.map((x) => x.text)).toEqual([
      'Ama: pancakes',
      'Bo: the swings',
      'Cy: reading',
      'Dee: tea',
    ]);
    // Nobody is told twice.
    expect(await told(a, 'question_answered')).toHaveLength(1);

    // The next day: Bo leaves before answering, and the others are not left waiting for him.
    server.clock.advance(DAY);
    const next = (await a.get('/api/circles/{circleId}/question', { circleId })).body;
    expect(next.waitingFor).toEqual([aMember, bMember, cMember, dMember]);
    await a.post('/api/circles/{circleId}/question/answer', { circleId }, { text: 'Ama again' });
    await c.post('/api/circles/{circleId}/question/answer', { circleId }, { text: 'Cy again' });
    await d.post('/api/circles/{circleId}/question/answer', { circleId }, { text: 'Dee again' });
    expect((await a.get('/api/circles/{circleId}/question', { circleId })).body.status).toBe(
      'open',
    );
    expect((await b.post('/api/circles/{circleId}/leave', { circleId })).status).toBe(204);
    const after = (await a.get('/api/circles/{circleId}/question', { circleId })).body;
    expect(after.status).toBe('revealed');
    expect(after.waitingFor).toEqual([]);
    expect(after.answers?.map((x) => x.text)).toEqual(['Ama again', 'Cy again', 'Dee again']);
    expect((await b.get('/api/circles/{circleId}/question', { circleId })).status).toBe(404);
    // What Bo wrote left with him; the day he answered stays read together without it.
    const past = (await a.get('/api/circles/{circleId}/questions', { circleId })).body;
    expect(past.days.map((x) => x.date)).toEqual([today.date]);
    expect(JSON.stringify(past)).not.toContain('swings');
  });

  it('holds when people act at the same moment: one question, one swap, one telling', async () => {
    const { a, b, c, circleId } = await family();
    // Three first openings at once put one question to the circle.
    const opened = await Promise.all(
      [a, b, c].map((x) => x.get('/api/circles/{circleId}/question', { circleId })),
    );
    expect(new Set(opened.map((r) => r.body.id)).size).toBe(1);
    const rows = await server.recipro.database.db
      .selectFrom('circle_questions')
      .selectAll()
      .where('circle_id', '=', circleId)
      .execute();
    expect(rows).toHaveLength(1);

    // Two ask for another question at once: one is chosen, the other is told it stays.
    const id = opened[0]!.body.id;
    const swaps = await Promise.all(
      [a, b].map((x) =>
        x.post('/api/circles/{circleId}/question/swap', { circleId }, { questionId: id }),
      ),
    );
    expect(swaps.map((r) => r.status).sort()).toEqual([200, 409]);

    // The last two answer at once: the day is complete, and each other member is told once.
    await a.post('/api/circles/{circleId}/question/answer', { circleId }, { text: 'First in' });
    const last = await Promise.all(
      [b, c].map((x) =>
        x.post('/api/circles/{circleId}/question/answer', { circleId }, { text: 'At once' }),
      ),
    );
    expect(last.map((r) => r.status)).toEqual([201, 201]);
    expect((await a.get('/api/circles/{circleId}/question', { circleId })).body.status).toBe(
      'revealed',
    );
    expect(await told(a, 'question_answered')).toHaveLength(1);
    expect(
      (await told(b, 'question_answered')).length + (await told(c, 'question_answered')).length,
    ).toBe(1);
  });

  it('counts the circle’s day in its time zone: its first ritual’s, else its keeper’s settings’, else UTC', async () => {
    // 20:00 UTC is already the next morning in Auckland; 03:00 UTC is still yesterday in LA.
    const advanceToUtcHour = (hour: number) => {
      const now = server.clock.t;
      const target = Math.floor(now / DAY) * DAY + hour * 3_600_000;
      server.clock.advance((target > now ? target : target + DAY) - now);
    };

    const plain = await couple(server);
    advanceToUtcHour(20);
    const utc = (
      await plain.a.get('/api/circles/{circleId}/question', { circleId: plain.circleId })
    ).body;
    expect(utc).toMatchObject({ timeZone: 'UTC', date: dayIn(server.clock.t, 'UTC') });

    const keeper = await couple(server);
    await keeper.a.put(
      '/api/me/notifications',
      {},
      {
        email: false,
        push: false,
        quietHours: null,
        timezone: 'America/Los_Angeles',
      },
    );
    // B's own settings do not move the circle's day; the keeper's do.
    await keeper.b.put(
      '/api/me/notifications',
      {},
      {
        email: false,
        push: false,
        quietHours: null,
        timezone: 'Asia/Tokyo',
      },
    );
    advanceToUtcHour(3);
    const la = (
      await keeper.b.get('/api/circles/{circleId}/question', { circleId: keeper.circleId })
    ).body;
    expect(la.timeZone).toBe('America/Los_Angeles');
    expect(la.date).toBe(dayIn(server.clock.t, 'America/Los_Angeles'));
    expect(la.date).not.toBe(dayIn(server.clock.t, 'UTC'));

    const ritual = await couple(server);
    const made = await ritual.b.post(
      '/api/circles/{circleId}/rituals',
      { circleId: ritual.circleId },
      {
        kind: 'appreciation',
        rrule: 'FREQ=DAILY',
        time: '21:00',
        timezone: 'Pacific/Auckland',
      },
    );
    expect(made.status).toBe(201);
    advanceToUtcHour(20);
    const nz = (
      await ritual.a.get('/api/circles/{circleId}/question', { circleId: ritual.circleId })
    ).body;
    expect(nz.timeZone).toBe('Pacific/Auckland');
    expect(nz.date).toBe(dayIn(server.clock.t, 'Pacific/Auckland'));
    expect(nz.date).not.toBe(dayIn(server.clock.t, 'UTC'));
  });
});
