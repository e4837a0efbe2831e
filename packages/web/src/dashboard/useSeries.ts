import { useEffect, useMemo, useState } from 'react';
import type { BalancePoint } from '@recipro/core';
import type { Act } from '../api.ts';
import type { BalanceWindow, Season } from '../api-balance.ts';
import { loadActsSince } from './loadActs.ts';
import { balanceSeries, seriesPlan, seriesSince, type PairKey, type SeriesPlan } from './series.ts';

export type SeriesState =
  | { readonly status: 'loading' }
  | { readonly status: 'failed'; readonly error: unknown }
  | {
      readonly status: 'ready';
      readonly plan: SeriesPlan;
      readonly now: number;
      readonly series: Map<string, BalancePoint[]>;
      readonly partial: boolean;
    };

interface Loaded {
  readonly key: string;
  readonly acts: Act[];
  readonly partial: boolean;
  readonly now: number;
}

/**
 * The balance over time of each pair: the acts of the span are loaded once per window (and
 * again when `version` changes), then read as rolling windows on the client.
 */
export function useSeries(
  circleId: string,
  window: BalanceWindow,
  pairs: readonly PairKey[],
  seasons: readonly Season[],
  version: number,
): SeriesState {
  const plan = seriesPlan(window);
  const key = `${circleId}|${plan.points}|${plan.stepDays}|${plan.windowDays}|${version}`;
  const [loaded, setLoaded] = useState<Loaded>();
  const [error, setError] = useState<{ key: string; error: unknown }>();

  useEffect(() => {
    let live = true;
    const now = Date.now();
    loadActsSince(circleId, seriesSince(plan, now)).then(
      ({ acts, partial }) => live && setLoaded({ key, acts, partial, now }),
      (failure: unknown) => live && setError({ key, error: failure }),
    );
    return () => {
      live = false;
    };
    // `key` names everything the load depends on.
  }, [key]);

  const pairList = pairs.map((p) => `${p.fromMemberId}>${p.toMemberId}`).join(',');
  return useMemo((): SeriesState => {
    if (error?.key === key) return { status: 'failed', error: error.error };
    if (!loaded || loaded.key !== key) return { status: 'loading' };
    const series = balanceSeries(loaded.acts, seasons, pairs, loaded.now, plan);
    return { status: 'ready', plan, now: loaded.now, series, partial: loaded.partial };
    // `pairList` stands for `pairs`, and `key` for `plan`.
  }, [loaded, error, key, seasons, pairList]);
}
