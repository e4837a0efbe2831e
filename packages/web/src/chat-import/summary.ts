import { chatRhythm, type ChatReport } from '@recipro/chat';
import type { ChatSummary } from '../api-chat.ts';

/**
 * What of a report may be saved to a circle: which app, how many messages from how many people,
 * when, and the chat's rhythm as patterns that name nobody. The names, each person's numbers,
 * the weekly breakdown, the chat's name and every message stay on this device.
 */
export function toSummary(report: ChatReport): ChatSummary {
  return {
    format: report.format,
    messages: report.messages,
    people: report.participants.length,
    first: report.first,
    last: report.last,
    rhythm: chatRhythm(report),
  };
}
