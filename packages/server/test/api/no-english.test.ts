import { proseIn, reciprocity, VALUES_QUESTIONS } from '@recipro/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../support/databases.ts';
import { couple, join, startTestServer, type TestServer } from '../support/server.ts';

const DAY = 86_400_000;

/**
 * Issue 17: the server sends kinds, ids and evidence, never sentences. Every answer of the routes
 * that say what stands out, the month, the question a day, recipro's prompts and its own check-in
 * is scanned as JSON for prose (core's `proseIn`: two words with a space between them). What
 * people wrote is theirs and kept exactly as sent, so those fields — and only those — are left
 * out of the scan;
 * the circle is named, its acts, seasons and hard moments noted, all in several words, so that
 * anything echoed where it should not be would show.
 */
const WRITTEN = {
  question: ['myAnswer.text', 'answers.*.text'],
  past: ['days.*.answers.*.text'],
  values: ['mine.answers.*', 'results.*.answers.*'],
  checkin: ['mine.note'],
};

describe.each(testDatabases())('no English prose in what the server says, on $name', (database) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(database);
  });
  afterAll(async () => server?.stop());

  it('balance, series, review, the question a day, prompts, values and recipro’s own check-in speak in ids and numbers', async () => {
    const a = await server.signUp('Asha Devi');
    const b = await server.signUp('Ben Okafor');
    const c = await server.signUp('Cy Rivera');
    const circle = (await a.post('/api/circles', {}, { name: 'The Devi family', kind: 'family' }))
      .body;
    const circleId = circle.id;
    const aMember = circle.myMemberId;
    const bMember = await join(a, b, circleId);
    const cMember = await join(a, c, circleId);
    const ago = (days: number) => new Date(server.clock.now() - days * DAY).toISOString();

    // Care every which way, with notes; one member in a season; care languages ranked.
    for (let i = 0; i < 24; i += 1) {
      const [from, to] =
        i % 6 === 5 ? ([b, aMember] as const) : ([a, i % 2 ? bMember : cMember] as const);
      const logged = await from.post(
        '/api/circles/{circleId}/acts',
        { circleId },
        {
          toMemberId: to,
          form: i % 3 === 0 ? 'emotional' : i % 3 === 1 ? 'practical' : 'mental_load',
          effort: (i % 3) + 1,
          at: ago(i % 28),
          note: 'A walk by the river and a cup of tea',
        },
      );
      expect(logged.status).toBe(201);
    }
    const season = await b.post(
      '/api/circles/{circleId}/seasons',
      { circleId },
      { memberId: bMember, kind: 'exams', startsAt: ago(10), note: 'Finals all month long' },
    );
    expect(season.status).toBe(201);
    expect(
      (await b.raw('PUT', '/api/me/care-languages', { ranked: ['gifts', 'time', 'words'] })).status,
    ).toBe(200);
    const rupture = await a.post(
      '/api/circles/{circleId}/ruptures',
      { circleId },
      { note: 'Snapped about the dishes', notePrivate: false, at: ago(2) },
    );
    expect(rupture.status).toBe(201);

    const found: { route: string; path: string; text: string }[] = [];
    const scan = (route: string, reply: { status: number; body: unknown }, skip: string[] = []) => {
      expect(reply.status, route).toBe(200);
      found.push(...proseIn(reply.body, skip).map((f) => ({ route, ...f })));
    };

    const insightKinds = new Set<string>();
    for (const window of ['7', '30', '90', 'decay'] as const) {
      const view = await a.get(
        '/api/circles/{circleId}/balance',
        { circleId },
        { query: { window } },
      );
      scan(`balance ${window}`, view);
      for (const insight of view.body.insights) insightKinds.add(insight.kind);
    }
    // What the scan read said something: insights of several kinds.
    expect(insightKinds.size).toBeGreaterThan(2);
    scan(
      'series',
      await a.get('/api/circles/{circleId}/balance/series', { circleId }, { query: { points: 4 } }),
    );
    const review = await a.get('/api/circles/{circleId}/review', { circleId });
    expect(review.body.acts.acts).toBeGreaterThan(0);
    expect(review.body.repair.ruptures).toBe(1);
    scan('review', review);

    // The question a day: asked, answered by everyone in sentences, revealed; then a day later.
    const first = await a.get('/api/circles/{circleId}/question', { circleId });
    scan('question', first, WRITTEN.question);
    for (const [who, text] of [
      [a, 'Tea made without asking, and a note on the fridge.'],
      [b, 'A long walk on Sunday morning.'],
      [c, 'Being asked how the exam went.'],
    ] as const) {
      const answered = await who.post(
        '/api/circles/{circleId}/question/answer',
        { circleId },
        { text, questionId: first.body.id },
      );
      expect(answered.status).toBe(201);
    }
    const revealed = await a.get('/api/circles/{circleId}/question', { circleId });
    expect(revealed.body.status).toBe('revealed');
    expect(revealed.body.answers).toHaveLength(3);
    scan('question (revealed)', revealed, WRITTEN.question);
    server.clock.advance(DAY);
    scan('question (next day)', await a.get('/api/circles/{circleId}/question', { circleId }));
    const past = await a.get('/api/circles/{circleId}/questions', { circleId });
    expect(past.body.days).toHaveLength(1);
    scan('questions', past, WRITTEN.past);

    scan('prompts', await a.get('/api/prompts'));

    // recipro's own check-in: the instrument by id, a check-in everyone answered, its notes
    // theirs. (The CSI, offered to couples, keeps its authors' English: the one exception.)
    scan(
      'instruments (family)',
      await a.get('/api/instruments', {}, { query: { kind: 'family' } }),
    );
    scan(
      'instrument reciprocity',
      await a.get('/api/instruments/{instrumentId}', { instrumentId: 'reciprocity' }),
    );
    const checkin = await a.post(
      '/api/circles/{circleId}/checkins',
      { circleId },
      { instrument: 'reciprocity' },
    );
    expect(checkin.status).toBe(201);
    for (const who of [a, b, c]) {
      const answered = await who.post(
        '/api/circles/{circleId}/checkins/{checkinId}/answers',
        { circleId, checkinId: checkin.body.id },
        {
          answers: reciprocity.items.map((item) =>
            item.id === 'felt_safe' ? 0 : item.id === 'share_chores' ? 0 : 1,
          ),
          note: 'Tired but glad we talk',
        },
      );
      expect(answered.status).toBe(201);
    }
    const read = await a.get('/api/circles/{circleId}/checkins/{checkinId}', {
      circleId,
      checkinId: checkin.body.id,
    });
    expect(read.body.status).toBe('revealed');
    expect(read.body.thingsToTalkAbout?.length).toBeGreaterThan(0);
    scan('checkin', read, WRITTEN.checkin);
    scan('checkins', await a.get('/api/circles/{circleId}/checkins', { circleId }));

    // A values conversation everyone answers in sentences.
    const round = await a.post('/api/circles/{circleId}/values', { circleId });
    expect(round.status).toBe(201);
    for (const who of [a, b, c]) {
      const answered = await who.post(
        '/api/circles/{circleId}/values/{roundId}/answers',
        { circleId, roundId: round.body.id },
        { answers: VALUES_QUESTIONS.map((_q, i) => `What I mean by ${i} is this`) },
      );
      expect(answered.status).toBe(201);
    }
    const values = await a.get('/api/circles/{circleId}/values/{roundId}', {
      circleId,
      roundId: round.body.id,
    });
    expect(values.body.results).toHaveLength(3);
    scan('values', values, WRITTEN.values);

    expect(found).toEqual([]);
  });

  it('the scan finds what a person wrote where it is not left out', async () => {
    const { a, b, circleId } = await couple(server);
    const q = await a.get('/api/circles/{circleId}/question', { circleId });
    for (const who of [a, b]) {
      await who.post(
        '/api/circles/{circleId}/question/answer',
        { circleId },
        { text: 'Words of my own', questionId: q.body.id },
      );
    }
    const revealed = (await a.get('/api/circles/{circleId}/question', { circleId })).body;
    expect(proseIn(revealed).map((f) => f.path)).toEqual([
      'myAnswer.text',
      'answers.0.text',
      'answers.1.text',
    ]);
    expect(proseIn(revealed, WRITTEN.question)).toEqual([]);
  });
});
