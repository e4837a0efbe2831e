import type { EpochMs } from '../model.ts';
import { DAY_MS } from '../time-window.ts';
import type { CircleAggregates } from './aggregates.ts';
import { balanceIndex, bandFor, type BalanceBand } from './balance.ts';
import { seasonFor, type Season } from './seasons.ts';
import { readSpanTotals } from './totals.ts';
import { daySpan, daySpanWindow } from './windows.ts';

/** One point of a pair's balance over time: a rolling window ending at `to`. */
export interface BalancePoint {
  /** The window the point covers, whole UTC days, half-open. */
  readonly from: EpochMs;
  readonly to: EpochMs;
  readonly index: number;
  readonly band: BalanceBand;
  readonly given: { readonly acts: number; readonly effort: number };
  readonly received: { readonly acts: number; readonly effort: number };
  /** Id of a season of the member who gives less that overlaps the window, if any. */
  readonly seasonId: string | null;
}

/** Which pair, when, and how the series is sampled. */
export interface BalanceSeriesOptions {
  readonly fromMemberId: string;
  readonly toMemberId: string;
  readonly now: EpochMs;
  /** Number of points (default 13: a quarter of a year, week by week). */
  readonly points?: number;
  /** Days between points (default 7). */
  readonly stepDays?: number;
  /** Days in each rolling window (default 30). */
  readonly windowDays?: number;
  readonly seasons?: readonly Season[];
}

/**
 * A pair's balance over time, oldest point first, for a chart: each point is the fixed window
 * of `windowDays` days ending `k × stepDays` days before `now`, read exactly from the stored day
 * totals. Invariants: the last point equals the pair's fixed-window view at `now`; a series for
 * (B, A) has the mirrored index at every point.
 */
export function readBalanceSeries(
  aggregates: CircleAggregates,
  options: BalanceSeriesOptions,
): BalancePoint[] {
  const { fromMemberId: a, toMemberId: b, now } = options;
  const count = Math.max(0, Math.floor(options.points ?? 13));
  const step = options.stepDays ?? 7;
  const days = options.windowDays ?? 30;
  const series: BalancePoint[] = [];
  for (let k = count - 1; k >= 0; k--) {
    const span = daySpan(now - k * step * DAY_MS, days);
    const window = daySpanWindow(span);
    const given = readSpanTotals(aggregates, a, b, span);
    const received = readSpanTotals(aggregates, b, a, span);
    const index = balanceIndex(given.effort, received.effort);
    const lighter = index > 0 ? b : index < 0 ? a : null;
    const season = lighter === null ? null : seasonFor(options.seasons ?? [], lighter, window);
    series.push({
      ...window,
      index,
      band: bandFor(index, given.acts + received.acts, season !== null),
      given: { acts: given.acts, effort: given.effort },
      received: { acts: received.acts, effort: received.effort },
      seasonId: season?.id ?? null,
    });
  }
  return series;
}
