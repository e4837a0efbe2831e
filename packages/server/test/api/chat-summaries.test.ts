import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../support/databases.ts';
import { couple, startTestServer, type TestServer } from '../support/server.ts';

const summary = {
  format: 'whatsapp',
  messages: 120,
  systemMessages: 2,
  first: '2024-03-01T08:00:00',
  last: '2024-03-09T21:58:00',
  silenceSeconds: 21600,
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
    {
      name: 'Ben',
      messages: 50,
      words: 600,
      questions: 8,
      media: 1,
      conversationStarts: 2,
      medianReplySeconds: null,
      apologies: 2,
      appreciations: 3,
    },
  ],
};

describe.each(testDatabases())('chat summaries on $name', (database) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(database);
  });
  afterAll(async () => server?.stop());

  it('keeps the summary numbers a member chose to save, for the circle', async () => {
    const { a, b, circleId, aMember } = await couple(server);
    const saved = await a.post(`/api/circles/${circleId}/chat-summaries`, summary);
    expect(saved.status).toBe(201);
    expect(saved.body).toMatchObject({ memberId: aMember, summary });
    expect((await b.get(`/api/circles/${circleId}/chat-summaries`)).body.summaries).toEqual([
      saved.body,
    ]);
  });

  it('has no room for the chat itself: any message text is refused', async () => {
    const { a, circleId } = await couple(server);
    for (const body of [
      { ...summary, text: 'the whole chat' },
      { ...summary, messagesList: [{ author: 'Asha', text: 'hi' }] },
      { ...summary, participants: [{ ...summary.participants[0], lastMessage: 'see you' }] },
      { ...summary, messages: -1 },
      { ...summary, format: 'signal' },
    ]) {
      const reply = await a.post(`/api/circles/${circleId}/chat-summaries`, body);
      expect(reply.status).toBe(400);
    }
    expect((await a.get(`/api/circles/${circleId}/chat-summaries`)).body.summaries).toEqual([]);
    const outsider = await server.signUp('Outsider');
    expect((await outsider.post(`/api/circles/${circleId}/chat-summaries`, summary)).status).toBe(
      404,
    );
  });
});
