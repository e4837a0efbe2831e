/**
 * The API of chat summaries: only the numbers of a chat analysed on this device (see
 * chat-import/summary.ts). The server refuses any other field.
 */
import { enc, request, type IsoTime } from './api.ts';

export interface ChatSummaryPerson {
  readonly name: string;
  readonly messages: number;
  readonly words: number;
  readonly questions: number;
  readonly media: number;
  readonly conversationStarts: number;
  readonly medianReplySeconds: number | null;
  readonly apologies: number;
  readonly appreciations: number;
  readonly shareOfMessages?: number;
}

export interface ChatSummary {
  readonly format: 'whatsapp' | 'telegram' | 'messenger';
  readonly messages: number;
  readonly systemMessages: number;
  readonly first: string | null;
  readonly last: string | null;
  readonly silenceSeconds?: number;
  readonly participants: readonly ChatSummaryPerson[];
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
