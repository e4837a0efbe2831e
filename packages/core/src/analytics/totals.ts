import type { EpochMs } from '../model.ts';
import { FORMS_OF_CARE, type FormOfCare } from '../vocabulary.ts';
import { decayBlockMs, pairKey, type CircleAggregates } from './aggregates.ts';
import { daySpan, type BalanceWindow, type DaySpan } from './windows.ts';

/**
 * Decayed amounts below this are treated as zero: care about twenty half-lives old no longer
 * counts, and the rounding dust of removed acts never shows up as care given.
 */
export const DECAY_FLOOR = 1e-6;

/**
 * What one member gave another in a view. For fixed windows these are exact counts; in the
 * decayed view each act counts 2^(-age / halfLife), so the numbers are weighted, not whole.
 */
export interface GivenTotals {
  readonly acts: number;
  readonly effort: number;
  /** Acts the receiver marked "I noticed" (weighted like `acts`). */
  readonly noticed: number;
  /** Effort per form of care; every form is present. Invariant: the values sum to `effort`. */
  readonly byForm: Readonly<Record<FormOfCare, number>>;
}

const zeroByForm = (): Record<FormOfCare, number> =>
  Object.fromEntries(FORMS_OF_CARE.map((form) => [form, 0])) as Record<FormOfCare, number>;

/** Totals of a pair that gave nothing. */
export const EMPTY_TOTALS: GivenTotals = { acts: 0, effort: 0, noticed: 0, byForm: zeroByForm() };

/** Totals given `from` → `to` in the view `window` at `now`, read from stored aggregates. */
export function readPairTotals(
  aggregates: CircleAggregates,
  fromMemberId: string,
  toMemberId: string,
  window: BalanceWindow,
  now: EpochMs,
): GivenTotals {
  if (window !== 'decay') {
    return readSpanTotals(aggregates, fromMemberId, toMemberId, daySpan(now, window));
  }
  const pair = aggregates.pairs[pairKey(fromMemberId, toMemberId)];
  if (!pair) return EMPTY_TOTALS;
  const byForm = zeroByForm();
  let acts = 0;
  let noticed = 0;
  const blockMs = decayBlockMs(aggregates);
  // Oldest block first, so the sum is the same whatever order the blocks were created in.
  const blocks = Object.keys(pair.decay)
    .map(Number)
    .sort((a, b) => a - b);
  for (const block of blocks) {
    // Sums are stored at their block's start; one factor brings them to `now`. A block so far
    // in the future that the factor overflows is left out.
    const scale = 2 ** ((block * blockMs - now) / aggregates.halfLifeMs);
    const sumsOfBlock = pair.decay[String(block)];
    if (!Number.isFinite(scale) || !sumsOfBlock) continue;
    for (const form of FORMS_OF_CARE) {
      const sums = sumsOfBlock[form];
      if (!sums) continue;
      byForm[form] += sums.effort * scale;
      acts += sums.acts * scale;
      noticed += sums.noticed * scale;
    }
  }
  // Amounts below the floor are rounding dust or care long faded: they count as zero.
  let effort = 0;
  for (const form of FORMS_OF_CARE) {
    if (byForm[form] < DECAY_FLOOR) byForm[form] = 0;
    effort += byForm[form];
  }
  if (effort === 0) return EMPTY_TOTALS;
  if (noticed < DECAY_FLOOR) noticed = 0;
  return { acts, effort, noticed, byForm };
}

/** Exact totals given `from` → `to` on the whole days of `span`. */
export function readSpanTotals(
  aggregates: CircleAggregates,
  fromMemberId: string,
  toMemberId: string,
  span: DaySpan,
): GivenTotals {
  const pair = aggregates.pairs[pairKey(fromMemberId, toMemberId)];
  if (!pair) return EMPTY_TOTALS;
  const byForm = zeroByForm();
  let acts = 0;
  let effort = 0;
  let noticed = 0;
  for (let day = span.firstDay; day <= span.lastDay; day++) {
    const cells = pair.days[String(day)];
    if (!cells) continue;
    for (const form of FORMS_OF_CARE) {
      const cell = cells[form];
      if (!cell) continue;
      byForm[form] += cell.effort;
      effort += cell.effort;
      acts += cell.acts;
      noticed += cell.noticed;
    }
  }
  return { acts, effort, noticed, byForm };
}

/** Acts and effort given `from` → `to` on each day of `span`, oldest first. */
export function readDaily(
  aggregates: CircleAggregates,
  fromMemberId: string,
  toMemberId: string,
  span: DaySpan,
): { acts: number[]; effort: number[] } {
  const pair = aggregates.pairs[pairKey(fromMemberId, toMemberId)];
  const acts: number[] = [];
  const effort: number[] = [];
  for (let day = span.firstDay; day <= span.lastDay; day++) {
    let a = 0;
    let e = 0;
    const cells = pair?.days[String(day)];
    if (cells) {
      for (const cell of Object.values(cells)) {
        a += cell.acts;
        e += cell.effort;
      }
    }
    acts.push(a);
    effort.push(e);
  }
  return { acts, effort };
}
