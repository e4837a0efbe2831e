import { VALUES_QUESTIONS } from '@recipro/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../support/databases.ts';
import { couple, startTestServer, type TestServer } from '../support/server.ts';

const answers = (first: string) =>
  VALUES_QUESTIONS.map((_q, i) => (i === 0 ? first : i === 1 ? '' : `answer ${i}`));

describe.each(testDatabases())('the values conversation on $name', (database) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(database);
  });
  afterAll(async () => server?.stop());

  it('reveals answers side by side only when everyone has answered', async () => {
    const { a, b, circleId, aMember, bMember } = await couple(server);
    const round = await a.post('/api/circles/{circleId}/values', { circleId });
    expect(round.status).toBe(201);
    expect(round.body.questions).toHaveLength(VALUES_QUESTIONS.length);

    const mine = await a.post(
      '/api/circles/{circleId}/values/{roundId}/answers',
      { circleId, roundId: round.body.id },
      {
        answers: answers('Being asked, not told'),
      },
    );
    expect(mine.body.mine?.answers[0]).toBe('Being asked, not told');
    const peek = await b.get('/api/circles/{circleId}/values/{roundId}', {
      circleId,
      roundId: round.body.id,
    });
    expect(peek.body.status).toBe('open');
    expect(JSON.stringify(peek.parsed)).not.toContain('asked, not told');

    await b.post(
      '/api/circles/{circleId}/values/{roundId}/answers',
      { circleId, roundId: round.body.id },
      { answers: answers('Keeping promises small and real') },
    );
    const revealed = await a.get('/api/circles/{circleId}/values/{roundId}', {
      circleId,
      roundId: round.body.id,
    });
    expect(revealed.body.status).toBe('revealed');
    expect(revealed.body.results?.map((r) => r.memberId)).toEqual([aMember, bMember]);
    expect(revealed.body.thingsToTalkAbout).toContain('respect');
    expect(revealed.body.thingsToTalkAbout).not.toContain('affection');
    expect(
      (await a.get('/api/circles/{circleId}/values', { circleId })).body.conversations[0]?.id,
    ).toBe(round.body.id);
  });

  it('refuses incomplete, empty or repeated answers, and check-in paths', async () => {
    const { a, circleId } = await couple(server);
    const round = (await a.post('/api/circles/{circleId}/values', { circleId })).body;
    expect(
      (
        await a.post(
          '/api/circles/{circleId}/values/{roundId}/answers',
          { circleId, roundId: round.id },
          { answers: ['only one'] },
        )
      ).status,
    ).toBe(400);
    expect(
      (
        await a.post(
          '/api/circles/{circleId}/values/{roundId}/answers',
          { circleId, roundId: round.id },
          { answers: VALUES_QUESTIONS.map(() => ' ') },
        )
      ).status,
    ).toBe(400);
    expect(
      (
        await a.raw('POST', `/api/circles/${circleId}/values/${round.id}/answers`, {
          answers: VALUES_QUESTIONS.map(() => 1),
        })
      ).status,
    ).toBe(400);
    expect(
      (
        await a.post(
          '/api/circles/{circleId}/values/{roundId}/answers',
          { circleId, roundId: round.id },
          { answers: answers('x') },
        )
      ).status,
    ).toBe(201);
    expect(
      (
        await a.post(
          '/api/circles/{circleId}/values/{roundId}/answers',
          { circleId, roundId: round.id },
          { answers: answers('y') },
        )
      ).status,
    ).toBe(409);
    expect(
      (
        await a.get('/api/circles/{circleId}/checkins/{checkinId}', {
          circleId,
          checkinId: round.id,
        })
      ).status,
    ).toBe(404);
  });
});
