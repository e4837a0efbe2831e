/**
 * The order in which a circle meets the questions: its own shuffle of the bank (for its kind),
 * walked without a repeat until every question has been asked, then a new shuffle. The shuffle
 * is seeded by the circle's id and the pass, so it is the same on every server and every run,
 * and needs no randomness (core has none).
 */
import type { CircleKind } from '../vocabulary.ts';
import { questionsFor } from './bank.ts';
import type { DailyQuestion } from './types.ts';

/** A question a circle has been asked (or set aside with "another question"), in which pass. */
export interface AskedQuestion {
  readonly questionId: string;
  /** 0 for the first walk through the bank, 1 for the second, … */
  readonly pass: number;
}

/** A 32-bit hash of a text (FNV-1a, then a final avalanche so near seeds differ widely). */
export function hashText(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** A small seeded generator of numbers in [0, 1) (mulberry32). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** A copy of `items` in an order decided by `seed` alone (Fisher–Yates). */
export function seededShuffle<T>(items: readonly T[], seed: string): T[] {
  const out = [...items];
  const random = seededRandom(hashText(seed));
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** The order of one pass through the bank for a circle of this kind. */
export const passOrder = (circleId: string, kind: CircleKind, pass: number): DailyQuestion[] =>
  seededShuffle(questionsFor(kind), `${circleId}/${pass}`);

/**
 * The next question for a circle, given what it has been asked so far (oldest first): the first
 * of this pass's order not yet asked in this pass; when the pass is used up, the first of the
 * next pass — but never the question asked just before, so a new pass does not open with a
 * repeat.
 */
export function nextQuestion(
  circleId: string,
  kind: CircleKind,
  asked: readonly AskedQuestion[],
): { readonly question: DailyQuestion; readonly pass: number } {
  const pass = asked.reduce((max, a) => Math.max(max, a.pass), 0);
  const used = new Set(asked.filter((a) => a.pass === pass).map((a) => a.questionId));
  const next = passOrder(circleId, kind, pass).find((q) => !used.has(q.id));
  if (next) return { question: next, pass };
  const last = asked.at(-1)?.questionId;
  const order = passOrder(circleId, kind, pass + 1);
  const question = order.find((q) => q.id !== last) ?? order[0];
  if (!question) throw new Error(`no daily questions for a ${kind} circle`);
  return { question, pass: pass + 1 };
}
