/**
 * The API of chat summaries: a chat analysed on this device is saved to a circle as its rhythm
 * only (`@recipro/chat`'s `chatSummary`). The server refuses any other field: no name, no message,
 * no one person's numbers.
 */
import { api, type Body, type Reply } from './api/typed.ts';
import type { PageCursor } from './api/pages.ts';

/** What is sent of a chat (`@recipro/chat`'s `ChatSummary`, as the API's schema takes it). */
export type ChatSummary = Body<'post', '/api/circles/{circleId}/chat-summaries'>;

export type SavedChatSummary = Reply<'post', '/api/circles/{circleId}/chat-summaries'>;

export const saveChatSummary = (circleId: string, summary: ChatSummary) =>
  api.post('/api/circles/{circleId}/chat-summaries', { path: { circleId }, body: summary });

export const listChatSummaries = (circleId: string, query: PageCursor = {}) =>
  api.get('/api/circles/{circleId}/chat-summaries', { path: { circleId }, query });

/** Deletes a summary; only the member who saved it may (403 `forbidden` for anyone else). */
export const deleteChatSummary = (circleId: string, summaryId: string) =>
  api.delete('/api/circles/{circleId}/chat-summaries/{summaryId}', {
    path: { circleId, summaryId },
  });
