/**
 * Balance over time: the server reads every pair's rolling windows from its stored aggregates
 * (GET …/balance/series); this module chooses how the series is sampled and turns the answer
 * into core's BalancePoint shape for the chart.
 */
import type { BalancePoint } from '@recipro/core';
import type { BalanceSeries, BalanceWindow, SeriesPlan } from '../api-balance.ts';

export type { SeriesPlan } from '../api-balance.ts';

/**
 * 7 days: two weeks, day by day. 90 days: half a year, fortnight by fortnight. 30 days and
 * fading memory: a quarter of a year, week by week, each point over 30 days.
 */
export function seriesPlan(window: BalanceWindow): SeriesPlan {
  if (window === 7) return { points: 14, stepDays: 1, windowDays: 7 };
  if (window === 90) return { points: 13, stepDays: 14, windowDays: 90 };
  return { points: 13, stepDays: 7, windowDays: 30 };
}

export interface PairKey {
  readonly fromMemberId: string;
  readonly toMemberId: string;
}

export const pairKey = (pair: PairKey): string => `${pair.fromMemberId}>${pair.toMemberId}`;

/** The API's series as BalancePoints (times in ms), keyed by `pairKey`, oldest point first. */
export function seriesByPair(series: BalanceSeries): Map<string, BalancePoint[]> {
  return new Map(
    series.pairs.map((pair) => [
      pairKey(pair),
      pair.points.map((p) => ({ ...p, from: Date.parse(p.from), to: Date.parse(p.to) })),
    ]),
  );
}
