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
    const round = await a.legacyPost(`/api/circles/${circleId}/values`);
    expect(round.status).toBe(201);
    expect(round.body.questions).toHaveLength(VALUES_QUESTIONS.length);
    const path = `/api/circles/${circleId}/values/${round.body.id}`;

    const mine = await a.legacyPost(`${path}/answers`, {
      answers: answers('Being asked, not told'),
    });
    expect(mine.body.mine.answers[0]).toBe('Being asked, not told');
    const peek = await b.legacyGet(path);
    expect(peek.body.status).toBe('open');
    expect(JSON.stringify(peek.body)).not.toContain('asked, not told');

    await b.legacyPost(`${path}/answers`, { answers: answers('Keeping promises small and real') });
    const revealed = await a.legacyGet(path);
    expect(revealed.body.status).toBe('revealed');
    expect(revealed.body.results.map((r: { memberId: string }) => r.memberId)).toEqual([
      aMember,
      bMember,
    ]);
    expect(revealed.body.thingsToTalkAbout).toContain('respect');
    expect(revealed.body.thingsToTalkAbout).not.toContain('affection');
    expect((await a.legacyGet(`/api/circles/${circleId}/values`)).body.conversations[0].id).toBe(
      round.body.id,
    );
  });

  it('refuses incomplete, empty or repeated answers, and check-in paths', async () => {
    const { a, circleId } = await couple(server);
    const round = (await a.legacyPost(`/api/circles/${circleId}/values`)).body;
    const path = `/api/circles/${circleId}/values/${round.id}`;
    expect((await a.legacyPost(`${path}/answers`, { answers: ['only one'] })).status).toBe(400);
    expect(
      (await a.legacyPost(`${path}/answers`, { answers: VALUES_QUESTIONS.map(() => ' ') })).status,
    ).toBe(400);
    expect(
      (await a.legacyPost(`${path}/answers`, { answers: VALUES_QUESTIONS.map(() => 1) })).status,
    ).toBe(400);
    expect((await a.legacyPost(`${path}/answers`, { answers: answers('x') })).status).toBe(201);
    expect((await a.legacyPost(`${path}/answers`, { answers: answers('y') })).status).toBe(409);
    expect((await a.legacyGet(`/api/circles/${circleId}/checkins/${round.id}`)).status).toBe(404);
  });
});
