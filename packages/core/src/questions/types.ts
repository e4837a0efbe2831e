/**
 * A question a day: one small, open question a circle answers each day, each person alone, the
 * answers read together once everyone has answered. The questions are recipro's own, written
 * for it in its voice (docs/voice.md).
 */
import type { CircleKind, FormOfCare } from '../vocabulary.ts';

/**
 * What a question is about, from the seeds of PRODUCT.md: the things people exchange, values
 * and respect, culture and the family one grew up in, how each likes to be cared for, memories,
 * hopes, appreciation, and repair.
 */
export const QUESTION_THEMES = [
  'exchanges',
  'values',
  'culture',
  'care',
  'memories',
  'hopes',
  'appreciation',
  'repair',
] as const;
export type QuestionTheme = (typeof QUESTION_THEMES)[number];

/** A light question is easy to answer in passing; a deeper one asks for a little more. */
export const QUESTION_DEPTHS = ['light', 'deeper'] as const;
export type QuestionDepth = (typeof QUESTION_DEPTHS)[number];

/**
 * The six exchanges that decide most of the felt balance (PRODUCT.md, "Forms of care": the
 * hidden ones): practical help, emotional care, communication, repair, healing and building a
 * future. Every one of them is asked about by some question of the `exchanges` theme.
 */
export const SIX_EXCHANGES = [
  'practical',
  'emotional',
  'communication',
  'repair',
  'healing',
  'future',
] as const satisfies readonly FormOfCare[];

/**
 * A question of the bank, as core gives it: its id and what it is, never its words. The reader's
 * language words it by id (the web's `dailyQuestion.<id>` messages; English's come from
 * QUESTION_WORDS, bank.ts).
 */
export interface DailyQuestion {
  /** Stable: stored with each day's question and answers, never renamed or reused. */
  readonly id: string;
  /** The kinds of circle it is written for: a team reads questions fit for work. */
  readonly kinds: readonly CircleKind[];
  readonly theme: QuestionTheme;
  readonly depth: QuestionDepth;
  /** For the `exchanges` theme: which form of care is exchanged. */
  readonly form?: FormOfCare;
}

/** Longest answer, in UTF-16 code units (the same as a note). */
export const QUESTION_ANSWER_MAX_LENGTH = 2000;
