import type { EpochMs } from '../model.ts';
import { DAY_MS } from '../time-window.ts';
import { FORMS_OF_CARE, type FormOfCare } from '../vocabulary.ts';
import { pairKey, type CircleAggregates, type FormTotals } from './aggregates.ts';
import { PATTERN_WEEKS } from './patterns.ts';
import { QUIET_SPELL_DAYS } from './signs.ts';
import { EMPTY_TOTALS, readPairTotals, type GivenTotals } from './totals.ts';
import { daySpan, spanDays, type BalanceWindow, type DaySpan } from './windows.ts';

/** One day of what one member gave another, summed over the forms of care. */
export type DayTotal = FormTotals;

/** What one ordered pair's balance is read from. */
export interface PairFacts {
  readonly fromMemberId: string;
  readonly toMemberId: string;
  /** What `from` gave `to` in the view (decayed for `decay`), by form. */
  readonly totals: GivenTotals;
  /** Day index (as a string key) → that day's totals, for the days of `BalanceFacts.days` with acts. */
  readonly daily: Readonly<Record<string, DayTotal>>;
}

/**
 * Everything a balance view reads, reduced from a circle's aggregates: per ordered pair, the
 * view's totals by form and one total per day of the days the per-day signs and patterns look
 * at. Its size depends on the members and the days, not on the number of acts nor on how many
 * forms of care each day holds, so a database can hand it over already summed.
 */
export interface BalanceFacts {
  readonly halfLifeMs: number;
  readonly window: BalanceWindow;
  readonly now: EpochMs;
  /** The days `daily` covers (see `balanceFactSpans`). */
  readonly days: DaySpan;
  /** Keyed by `pairKey(from, to)`; a pair that gave nothing in the view and the days is absent. */
  readonly pairs: Readonly<Record<string, PairFacts>>;
}

/** The days a view counts (`view`) and the days its per-day facts cover (`days`). */
export interface BalanceFactSpans {
  readonly view: DaySpan;
  readonly pattern: DaySpan;
  readonly days: DaySpan;
}

/**
 * The spans of a view at `now`: the view itself; the pattern's weeks; and the per-day span,
 * which reaches back far enough for both the patterns and a quiet spell before the view (an
 * exchange running into the view is not a new one).
 */
export function balanceFactSpans(
  window: BalanceWindow,
  halfLifeDays: number,
  now: EpochMs,
): BalanceFactSpans {
  const view = daySpan(now, spanDays(window, halfLifeDays));
  const pattern = daySpan(now, PATTERN_WEEKS * 7);
  return {
    view,
    pattern,
    days: {
      firstDay: Math.min(view.firstDay - QUIET_SPELL_DAYS, pattern.firstDay),
      lastDay: view.lastDay,
    },
  };
}

/** Sums per-form cells into the totals of a view. Cells of a form may repeat; order is free. */
export function sumTotals(
  cells: Iterable<{ readonly form: FormOfCare } & FormTotals>,
): GivenTotals {
  const byForm = Object.fromEntries(FORMS_OF_CARE.map((form) => [form, 0])) as Record<
    FormOfCare,
    number
  >;
  let acts = 0;
  let effort = 0;
  let noticed = 0;
  for (const cell of cells) {
    byForm[cell.form] += cell.effort;
    acts += cell.acts;
    effort += cell.effort;
    noticed += cell.noticed;
  }
  return acts === 0 && effort === 0 ? EMPTY_TOTALS : { acts, effort, noticed, byForm };
}

/** True when totals hold no care at all. */
export const isEmptyTotals = (t: GivenTotals): boolean => t.acts === 0 && t.effort === 0;

/** The facts of a view at `now`, reduced from stored aggregates. */
export function balanceFacts(
  aggregates: CircleAggregates,
  window: BalanceWindow,
  now: EpochMs,
): BalanceFacts {
  const { days } = balanceFactSpans(window, aggregates.halfLifeMs / DAY_MS, now);
  const pairs: Record<string, PairFacts> = {};
  for (const [key, pair] of Object.entries(aggregates.pairs)) {
    const totals = readPairTotals(aggregates, pair.fromMemberId, pair.toMemberId, window, now);
    const daily: Record<string, DayTotal> = {};
    let any = false;
    for (let day = days.firstDay; day <= days.lastDay; day++) {
      const cells = pair.days[String(day)];
      if (!cells) continue;
      const sum = { acts: 0, effort: 0, noticed: 0 };
      for (const cell of Object.values(cells)) {
        sum.acts += cell.acts;
        sum.effort += cell.effort;
        sum.noticed += cell.noticed;
      }
      if (sum.acts === 0) continue;
      daily[String(day)] = sum;
      any = true;
    }
    if (!any && isEmptyTotals(totals)) continue;
    pairs[key] = { fromMemberId: pair.fromMemberId, toMemberId: pair.toMemberId, totals, daily };
  }
  return { halfLifeMs: aggregates.halfLifeMs, window, now, days, pairs };
}

/** What `from` gave `to` in the view. */
export const factsTotals = (facts: BalanceFacts, from: string, to: string): GivenTotals =>
  facts.pairs[pairKey(from, to)]?.totals ?? EMPTY_TOTALS;

/**
 * Acts and effort `from` gave `to` on each day of `span`, oldest first, and the noticed acts of
 * the span. `span` must lie within the facts' days: anything else is a programming error.
 */
export function factsDaily(
  facts: BalanceFacts,
  from: string,
  to: string,
  span: DaySpan,
): { acts: number[]; effort: number[]; noticed: number } {
  if (span.firstDay < facts.days.firstDay || span.lastDay > facts.days.lastDay) {
    throw new RangeError(
      `days ${span.firstDay}..${span.lastDay} lie outside the facts (${facts.days.firstDay}..${facts.days.lastDay})`,
    );
  }
  const daily = facts.pairs[pairKey(from, to)]?.daily;
  const acts: number[] = [];
  const effort: number[] = [];
  let noticed = 0;
  for (let day = span.firstDay; day <= span.lastDay; day++) {
    const total = daily?.[String(day)];
    acts.push(total?.acts ?? 0);
    effort.push(total?.effort ?? 0);
    noticed += total?.noticed ?? 0;
  }
  return { acts, effort, noticed };
}
