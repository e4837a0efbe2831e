/**
 * What a circle keeps of a chat: which app, how many messages from how many people, when, and
 * its rhythm as patterns that name nobody (metrics/rhythm.ts). The names, each person's own
 * numbers, the weekly breakdown, the chat's name and every message stay on the device that read
 * the chat. The server's API takes exactly this shape, within these limits, and nothing more.
 */
import type { ChatReport } from './metrics/report.ts';
import { chatRhythm, type ChatRhythm } from './metrics/rhythm.ts';
import type { ChatFormat } from './model.ts';

export interface ChatSummary {
  readonly format: ChatFormat;
  /** Messages from everyone together. */
  readonly messages: number;
  /** How many people wrote. */
  readonly people: number;
  /** When the chat's first and last messages were written, as the export says (ISO text). */
  readonly first: string | null;
  readonly last: string | null;
  readonly rhythm: ChatRhythm;
}

/** The bounds a saved summary is held to. */
export const CHAT_SUMMARY_LIMITS = {
  /** Most messages one summary may count. */
  maxMessages: 1e9,
  /** Most people one summary may count. */
  maxPeople: 1e6,
  /** Longest text of `first` and `last`. */
  maxTimeLength: 40,
  /** Fewest and most weeks "lately" may look at. */
  latelyWeeks: { min: 1, max: 52 },
} as const;

/** The summary of an analysed chat: all of it that may leave the device. */
export const chatSummary = (report: ChatReport): ChatSummary => ({
  format: report.format,
  messages: report.messages,
  people: report.participants.length,
  first: report.first,
  last: report.last,
  rhythm: chatRhythm(report),
});
