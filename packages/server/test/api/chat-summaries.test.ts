import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHAT_SUMMARY } from '../support/chat-summary.ts';
import { testDatabases } from '../support/databases.ts';
import { couple, startTestServer, type TestServer } from '../support/server.ts';

const summary = CHAT_SUMMARY;

/** A summary as clients sent them before 0015: each person's name and counts. */
const ledger = {
  format: 'whatsapp',
  messages: 120,
  systemMessages: 2,
  first: null,
  last: null,
  participants: [
    {
      name: 'Asha',
      messages: 70,
      words: 900,
      questions: 12,
      media: 3,
      conversationStarts: 5,
      medianReplySeconds: 240,
      apologies: 1,
      appreciations: 6,
    },
  ],
};

describe.each(testDatabases())('chat summaries on $name', (database) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(database);
  });
  afterAll(async () => server?.stop());

  it('keeps the rhythm of a chat a member chose to save, for the circle', async () => {
    const { a, b, circleId, aMember } = await couple(server);
    const saved = await a.post('/api/circles/{circleId}/chat-summaries', { circleId }, summary);
    expect(saved.status).toBe(201);
    expect(saved.body).toMatchObject({ memberId: aMember, summary });
    const shared = (await b.get('/api/circles/{circleId}/chat-summaries', { circleId })).body
      .summaries;
    expect(shared).toEqual([saved.body]);
    // What the other member reads is the pair's rhythm: no person, no one's count.
    expect(Object.keys(shared[0]!.summary).sort()).toEqual(
      ['first', 'format', 'last', 'messages', 'people', 'rhythm'].sort(),
    );
    for (const value of Object.values(shared[0]!.summary.rhythm).flatMap((v): unknown[] =>
      v !== null && typeof v === 'object' ? Object.values(v) : [v],
    )) {
      expect(typeof value === 'string' || value === 4).toBe(true);
    }
  });

  it('has no room for the chat itself, a name or anyone’s own numbers', async () => {
    const { a, circleId } = await couple(server);
    for (const body of [
      { ...summary, text: 'the whole chat' },
      { ...summary, messagesList: [{ author: 'Asha', text: 'hi' }] },
      { ...summary, names: ['Asha', 'Ben'] },
      { ...summary, participants: ledger.participants },
      { ...summary, rhythm: { ...summary.rhythm, startedMostBy: 'Asha' } },
      { ...summary, rhythm: { ...summary.rhythm, starts: 'Asha' } },
      { ...summary, rhythm: { ...summary.rhythm, talk: 0.7 } },
      { ...summary, rhythm: { ...summary.rhythm, lately: { ...summary.rhythm.lately, who: 'B' } } },
      ledger,
      { ...summary, messages: -1 },
      { ...summary, format: 'signal' },
    ]) {
      const reply = await a.raw('POST', `/api/circles/${circleId}/chat-summaries`, body);
      expect(reply.status).toBe(400);
    }
    expect(
      (await a.get('/api/circles/{circleId}/chat-summaries', { circleId })).body.summaries,
    ).toEqual([]);
    const outsider = await server.signUp('Outsider');
    expect(
      (await outsider.post('/api/circles/{circleId}/chat-summaries', { circleId }, summary)).status,
    ).toBe(404);
  });
});
