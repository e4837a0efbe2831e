import type { EpochMs } from '../model.ts';
import { DAY_MS, type TimeWindow } from '../time-window.ts';

/**
 * The views of balance a reader can ask for: fixed windows of 7, 30 or 90 days, or `decay`,
 * where every act counts with a weight that halves every half-life.
 */
export const BALANCE_WINDOWS = [7, 30, 90, 'decay'] as const;
export type BalanceWindow = (typeof BALANCE_WINDOWS)[number];

/** True for a view a reader may ask for. */
export const isBalanceWindow = (value: unknown): value is BalanceWindow =>
  (BALANCE_WINDOWS as readonly unknown[]).includes(value);

/** Default half-life of the decayed view, in days. */
export const DEFAULT_HALF_LIFE_DAYS = 30;

/**
 * For things counted per day (initiations, seasons), the decayed view looks back this many
 * half-lives: older care weighs less than an eighth and is left out of those counts.
 */
export const DECAY_SPAN_HALF_LIVES = 3;

/** The UTC day an instant falls on, as a whole number of days since the epoch. */
export const dayOf = (at: EpochMs): number => Math.floor(at / DAY_MS);

/**
 * A run of whole UTC days, both ends included. Fixed windows are day-aligned so that stored
 * per-day totals answer them exactly: the window of N days is the N days ending with the day
 * that contains `now` (today counts as a whole day).
 */
export interface DaySpan {
  readonly firstDay: number;
  readonly lastDay: number;
}

/** The `days` UTC days ending with the day of `now`. Invariant: lastDay - firstDay + 1 = days. */
export const daySpan = (now: EpochMs, days: number): DaySpan => {
  const lastDay = dayOf(now);
  return { firstDay: lastDay - days + 1, lastDay };
};

/** How many days the per-day counts of a view look back. */
export const spanDays = (window: BalanceWindow, halfLifeDays: number): number =>
  window === 'decay' ? Math.ceil(DECAY_SPAN_HALF_LIVES * halfLifeDays) : window;

/** The half-open time interval a day span covers. */
export const daySpanWindow = (span: DaySpan): TimeWindow => ({
  from: span.firstDay * DAY_MS,
  to: (span.lastDay + 1) * DAY_MS,
});

/** Parses a view named in a query string ("7", "30", "90", "decay"); null for anything else. */
export function parseBalanceWindow(text: string): BalanceWindow | null {
  if (text === 'decay') return 'decay';
  const days = /^\d+$/.test(text) ? Number(text) : Number.NaN;
  return isBalanceWindow(days) ? days : null;
}
