import type { Act, EpochMs } from './model.ts';
import { repairStats, type RepairStats, type RuptureFacts } from './repair.ts';
import { summarizeActs, type PairSummary } from './summary.ts';
import { inWindow, type TimeWindow } from './time-window.ts';

/** A calendar month in UTC, as `YYYY-MM`. */
export type MonthId = string;

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export const isMonthId = (value: unknown): value is MonthId =>
  typeof value === 'string' && MONTH.test(value);

/** The month containing `at` (UTC). */
export const monthOf = (at: EpochMs): MonthId => new Date(at).toISOString().slice(0, 7);

/** The half-open window of a month, and of the month before it. */
export function monthWindow(month: MonthId): {
  current: TimeWindow;
  previous: TimeWindow;
  previousMonth: MonthId;
} {
  const match = MONTH.exec(month);
  if (!match) throw new RangeError(`not a month: ${month}`);
  const year = Number(match[1]);
  const index = Number(match[2]) - 1;
  const from = Date.UTC(year, index, 1);
  const to = Date.UTC(year, index + 1, 1);
  const previousFrom = Date.UTC(year, index - 1, 1);
  return {
    current: { from, to },
    previous: { from: previousFrom, to: from },
    previousMonth: monthOf(previousFrom),
  };
}

export interface MonthActs {
  readonly acts: number;
  readonly effort: number;
  /** Share of acts the receiver marked "I noticed"; null when there were none. */
  readonly noticedRate: number | null;
  readonly pairs: PairSummary[];
}

export type Direction = 'up' | 'same' | 'down';

export interface MonthlyReview {
  readonly month: MonthId;
  readonly from: EpochMs;
  readonly to: EpochMs;
  readonly acts: MonthActs;
  readonly previous: MonthActs;
  readonly repair: RepairStats;
  /** The viewer's own check-in totals this month, per instrument, oldest first. */
  readonly myCheckins: Record<string, (number | null)[]>;
  readonly changes: { readonly acts: Direction; readonly noticedRate: Direction | null };
}

export interface MonthlyReviewInput {
  readonly month: MonthId;
  readonly memberIds: readonly string[];
  /** Acts of this month and the month before (others are ignored). */
  readonly acts: readonly Act[];
  /** Ruptures that happened this month. */
  readonly ruptures: readonly RuptureFacts[];
  readonly myCheckins?: Record<string, (number | null)[]>;
}

const direction = (now: number, before: number): Direction =>
  now > before ? 'up' : now < before ? 'down' : 'same';

function monthActs(
  acts: readonly Act[],
  window: TimeWindow,
  memberIds: readonly string[],
): MonthActs {
  const pairs = summarizeActs(acts, window, memberIds);
  const count = pairs.reduce((n, p) => n + p.acts, 0);
  const noticed = pairs.reduce((n, p) => n + p.noticed, 0);
  return {
    acts: count,
    effort: pairs.reduce((n, p) => n + p.effort, 0),
    noticedRate: count === 0 ? null : noticed / count,
    pairs,
  };
}

/**
 * The month in review: acts and how much was noticed, against the month before; repairs and
 * how soon; the viewer's own check-ins. Numbers only: the reader's language words the month
 * from them (the web's `cycle/review-sentences.ts`), speaking to everyone, never of a debt.
 */
export function monthlyReview(input: MonthlyReviewInput): MonthlyReview {
  const { current, previous } = monthWindow(input.month);
  const acts = monthActs(input.acts, current, input.memberIds);
  const before = monthActs(input.acts, previous, input.memberIds);
  const ruptures = input.ruptures.filter((r) => inWindow(r.occurredAt, current));
  const repair = repairStats(ruptures, input.memberIds);
  const changes = {
    acts: direction(acts.acts, before.acts),
    noticedRate:
      acts.noticedRate === null || before.noticedRate === null
        ? null
        : direction(acts.noticedRate, before.noticedRate),
  };

  return {
    month: input.month,
    from: current.from,
    to: current.to,
    acts,
    previous: before,
    repair,
    myCheckins: input.myCheckins ?? {},
    changes,
  };
}
