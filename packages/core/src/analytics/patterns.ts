import { balanceIndex, LEANING_FROM, ONE_SIDED_FROM } from './balance.ts';

/**
 * The kind of reciprocity a pair shows over the last PATTERN_WEEKS weeks, whatever view is read
 * (a pattern needs time to show). Rules, applied in order (also in docs/analytics.md):
 *
 * 1. `not_enough_data` — fewer than 6 acts both ways together, or acts in fewer than 2 weeks.
 * 2. `balanced` — |index| on effort below 0.25: care goes both ways in like measure.
 * 3. `negative` — |index| at least 0.6, the same side gave more for at least 4 active weeks in a
 *    row (the most recent ones), fewer than 30% of that side's acts were marked noticed, and no
 *    season covers the side that gives less: one side keeps receiving without it being seen.
 * 4. `generalized` — otherwise: one side gives more and it is noticed, recent, or expected.
 *
 * Weeks with no acts either way neither extend nor break the run of leaning weeks.
 */
export const RECIPROCITY_PATTERNS = [
  'balanced',
  'generalized',
  'negative',
  'not_enough_data',
] as const;
/** A pair's kind of reciprocity, or `not_enough_data`. */
export type ReciprocityPattern = (typeof RECIPROCITY_PATTERNS)[number];

/** Weeks a pattern is read over, whatever the view. */
export const PATTERN_WEEKS = 12;
/** Fewest acts, both ways, for a pattern. */
export const PATTERN_MIN_ACTS = 6;
/** Fewest weeks with acts for a pattern. */
export const PATTERN_MIN_ACTIVE_WEEKS = 2;
/** Recent leaning weeks in a row needed before `negative`. */
export const NEGATIVE_MIN_WEEKS = 4;
/** Noticed-rate of the more-giving side below which `negative` is possible. */
export const NEGATIVE_NOTICED_BELOW = 0.3;

/** Acts and effort per week, oldest first, for one direction of a pair. */
export interface WeeklyFlow {
  readonly acts: readonly number[];
  readonly effort: readonly number[];
  /** Acts of this direction the receiver marked noticed, over all the weeks. */
  readonly noticed: number;
}

/** What the pattern was decided from, from the ordered pair's point of view. */
export interface PatternEvidence {
  readonly weeks: number;
  readonly given: { readonly acts: number; readonly effort: number };
  readonly received: { readonly acts: number; readonly effort: number };
  readonly index: number;
  readonly activeWeeks: number;
  /** The member who gave more over the weeks, or null when even. */
  readonly moreFromMemberId: string | null;
  /** Recent active weeks in a row in which that member gave more (|weekly index| >= 0.25). */
  readonly leaningWeeks: number;
  /** Share of that member's acts the other marked noticed; null when even or nothing given. */
  readonly noticedRate: number | null;
  /** Id of the season covering the member who gives less, if any. */
  readonly seasonId: string | null;
}

/** A pattern and the evidence it was decided from. */
export interface PairPattern {
  readonly pattern: ReciprocityPattern;
  readonly evidence: PatternEvidence;
}

const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);

/**
 * Pattern of the ordered pair `from` → `to`. Invariant: the same `pattern` for both orders of
 * a pair, with mirrored evidence (index negated, given and received swapped).
 */
export function pairPattern(
  fromMemberId: string,
  toMemberId: string,
  given: WeeklyFlow,
  received: WeeklyFlow,
  seasonOfLighterSide: (lighterMemberId: string) => string | null,
): PairPattern {
  const givenTotals = { acts: sum(given.acts), effort: sum(given.effort) };
  const receivedTotals = { acts: sum(received.acts), effort: sum(received.effort) };
  const index = balanceIndex(givenTotals.effort, receivedTotals.effort);
  const weeks = Math.max(given.acts.length, received.acts.length);
  const active: number[] = [];
  for (let w = 0; w < weeks; w++) {
    if ((given.acts[w] ?? 0) + (received.acts[w] ?? 0) > 0) active.push(w);
  }
  const leaning = Math.abs(index) >= LEANING_FROM;
  const more = leaning ? (index > 0 ? given : received) : null;
  const less = leaning ? (index > 0 ? received : given) : null;
  let leaningWeeks = 0;
  if (more && less) {
    for (let i = active.length - 1; i >= 0; i--) {
      const w = active[i] ?? 0;
      if (balanceIndex(more.effort[w] ?? 0, less.effort[w] ?? 0) < LEANING_FROM) break;
      leaningWeeks += 1;
    }
  }
  const moreActs = more ? sum(more.acts) : 0;
  const lighterMemberId = index > 0 ? toMemberId : fromMemberId;
  const evidence: PatternEvidence = {
    weeks,
    given: givenTotals,
    received: receivedTotals,
    index,
    activeWeeks: active.length,
    moreFromMemberId: leaning ? (index > 0 ? fromMemberId : toMemberId) : null,
    leaningWeeks,
    noticedRate: more && moreActs > 0 ? more.noticed / moreActs : null,
    seasonId: leaning ? seasonOfLighterSide(lighterMemberId) : null,
  };
  return { pattern: decide(evidence), evidence };
}

function decide(e: PatternEvidence): ReciprocityPattern {
  if (e.given.acts + e.received.acts < PATTERN_MIN_ACTS) return 'not_enough_data';
  if (e.activeWeeks < PATTERN_MIN_ACTIVE_WEEKS) return 'not_enough_data';
  if (Math.abs(e.index) < LEANING_FROM) return 'balanced';
  if (
    Math.abs(e.index) >= ONE_SIDED_FROM &&
    e.leaningWeeks >= NEGATIVE_MIN_WEEKS &&
    e.noticedRate !== null &&
    e.noticedRate < NEGATIVE_NOTICED_BELOW &&
    e.seasonId === null
  ) {
    return 'negative';
  }
  return 'generalized';
}

/** Sums a per-day series into weeks of 7 days, oldest first (the series starts on a week). */
export function toWeeks(daily: readonly number[]): number[] {
  const weeks: number[] = [];
  for (let i = 0; i < daily.length; i += 7) weeks.push(sum(daily.slice(i, i + 7)));
  return weeks;
}
