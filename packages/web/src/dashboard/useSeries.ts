import type { BalancePoint } from '@recipro/core';
import { getBalanceSeries, type BalanceWindow } from '../api-balance.ts';
import { useRemote, type Remote } from '../hooks/useRemote.ts';
import { seriesByPair, seriesPlan, type SeriesPlan } from './series.ts';

export interface Series {
  readonly plan: SeriesPlan;
  readonly now: number;
  readonly series: Map<string, BalancePoint[]>;
}

/**
 * Every pair's balance over time for the chosen view, fetched again when `version` changes
 * (after a season is declared or ended).
 */
export function useSeries(
  circleId: string,
  window: BalanceWindow,
  version: number,
): Remote<Series> {
  const plan = seriesPlan(window);
  // The key names everything the request depends on.
  const key = `${circleId}|${plan.points}|${plan.stepDays}|${plan.windowDays}|${version}`;
  const { state } = useRemote(async () => {
    const series = await getBalanceSeries(circleId, plan);
    return { plan, now: Date.parse(series.now), series: seriesByPair(series) };
  }, key);
  return state;
}
