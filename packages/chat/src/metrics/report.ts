import type { ChatFormat, DateOrderDecision } from '../model.ts';
import type { TallySummary } from './tally.ts';

/** The numbers for one person. Counts exclude system lines. */
export interface ParticipantReport {
  readonly name: string;
  /** Every message the person sent, media and deleted placeholders included. */
  readonly messages: number;
  readonly words: number;
  /** Messages with a question mark outside URLs. */
  readonly questions: number;
  readonly media: number;
  readonly deleted: number;
  /** Messages that opened a conversation after the configured silence. */
  readonly conversationStarts: number;
  /** Conversation starts for other silences, keyed by a label such as `1h` or `24h`. */
  readonly conversationStartsBySilence: Readonly<Record<string, number>>;
  /** Median seconds between the previous person's turn and this person's reply; null if none. */
  readonly medianReplySeconds: number | null;
  readonly replies: number;
  /** Messages holding an apology or repair phrase. */
  readonly apologies: number;
  /** Messages holding thanks or appreciation. */
  readonly appreciations: number;
  /** This person's part of all messages, 0..1; the shares of everyone sum to 1. */
  readonly shareOfMessages: number;
  /** This person's part of all words, 0..1. */
  readonly shareOfWords: number;
}

/** The same counts as a participant's, for one week (Monday to Sunday). */
export interface WeekReport {
  /** The Monday, `YYYY-MM-DD`. */
  readonly start: string;
  /** Only people who wrote that week. */
  readonly participants: Readonly<Record<string, TallySummary>>;
}

/** The whole analysis of one chat. */
export interface ChatReport {
  readonly format: ChatFormat;
  /** Messages written by people (media and deleted placeholders included). */
  readonly messages: number;
  readonly systemMessages: number;
  /** ISO-8601 of the earliest and latest message; `Z` when the export carried real instants. */
  readonly first: string | null;
  readonly last: string | null;
  /** The silence after which a message opens a new conversation, in seconds. */
  readonly silenceSeconds: number;
  readonly dateOrder?: DateOrderDecision;
  readonly chatName?: string;
  /** Most messages first. */
  readonly participants: readonly ParticipantReport[];
  readonly weeks: readonly WeekReport[];
}
