import type { ChatReport } from '@recipro/chat';
import type { ChatSummary } from '../api-chat.ts';

/** The server keeps at most this many people, with names of at most this many characters. */
const MAX_PEOPLE = 100;
const MAX_NAME = 200;

/**
 * The numbers of a report that may be saved to a circle, and nothing else: the weekly
 * breakdown, the chat's name and every message stay on this device.
 */
export function toSummary(report: ChatReport): ChatSummary {
  return {
    format: report.format,
    messages: report.messages,
    systemMessages: report.systemMessages,
    first: report.first,
    last: report.last,
    silenceSeconds: report.silenceSeconds,
    participants: report.participants.slice(0, MAX_PEOPLE).map((p) => ({
      name: p.name.slice(0, MAX_NAME),
      messages: p.messages,
      words: p.words,
      questions: p.questions,
      media: p.media,
      conversationStarts: p.conversationStarts,
      medianReplySeconds: p.medianReplySeconds,
      apologies: p.apologies,
      appreciations: p.appreciations,
      shareOfMessages: p.shareOfMessages,
    })),
  };
}
