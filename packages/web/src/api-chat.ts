/**
 * The API of chat summaries: a chat analysed on this device is saved to a circle as its rhythm
 * only (see chat-import/summary.ts). The server refuses any other field: no name, no message,
 * no one person's numbers.
 */
import type { ChatRhythm } from '@recipro/chat';
import { enc, request, type IsoTime } from './api.ts';

export interface ChatSummary {
  readonly format: 'whatsapp' | 'telegram' | 'messenger';
  /** Messages from everyone together. */
  readonly messages: number;
  /** How many people wrote. */
  readonly people: number;
  readonly first: string | null;
  readonly last: string | null;
  readonly rhythm: ChatRhythm;
}

export interface SavedChatSummary {
  readonly id: string;
  readonly circleId: string;
  readonly memberId: string;
  readonly summary: ChatSummary;
  readonly createdAt: IsoTime;
}

export const saveChatSummary = (circleId: string, summary: ChatSummary) =>
  request<SavedChatSummary>('POST', `/api/circles/${enc(circleId)}/chat-summaries`, summary);

export const listChatSummaries = (circleId: string) =>
  request<{ summaries: SavedChatSummary[] }>('GET', `/api/circles/${enc(circleId)}/chat-summaries`);

/** Deletes a summary; only the member who saved it may (403 `forbidden` for anyone else). */
export const deleteChatSummary = (circleId: string, summaryId: string) =>
  request<undefined>('DELETE', `/api/circles/${enc(circleId)}/chat-summaries/${enc(summaryId)}`);
