import { useEffect, useState } from 'react';
import type { BalancePoint } from '@recipro/core';
import { getBalanceSeries, type BalanceWindow } from '../api-balance.ts';
import { seriesByPair, seriesPlan, type SeriesPlan } from './series.ts';

export type SeriesState =
  | { readonly status: 'loading' }
  | { readonly status: 'failed'; readonly error: unknown }
  | {
      readonly status: 'ready';
      readonly plan: SeriesPlan;
      readonly now: number;
      readonly series: Map<string, BalancePoint[]>;
    };

/**
 * Every pair's balance over time for the chosen view, fetched again when `version` changes
 * (after a season is declared or ended).
 */
export function useSeries(circleId: string, window: BalanceWindow, version: number): SeriesState {
  const plan = seriesPlan(window);
  const key = `${circleId}|${plan.points}|${plan.stepDays}|${plan.windowDays}|${version}`;
  const [state, setState] = useState<{ key: string; state: SeriesState }>();

  useEffect(() => {
    let live = true;
    getBalanceSeries(circleId, plan).then(
      (series) =>
        live &&
        setState({
          key,
          state: {
            status: 'ready',
            plan,
            now: Date.parse(series.now),
            series: seriesByPair(series),
          },
        }),
      (error: unknown) => live && setState({ key, state: { status: 'failed', error } }),
    );
    return () => {
      live = false;
    };
    // `key` names everything the request depends on.
  }, [key]);

  return state?.key === key ? state.state : { status: 'loading' };
}
