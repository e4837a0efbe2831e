/**
 * Balance over time, drawn on the client from the acts the API lists: the acts are folded into
 * core's aggregates and read back as rolling windows with `readBalanceSeries`, the same rules the
 * server uses for its views. (A server endpoint reading the stored aggregates would spare the
 * download of the acts.)
 */
import {
  aggregateActs,
  DAY_MS,
  readBalanceSeries,
  type BalancePoint,
  type Season as CoreSeason,
} from '@recipro/core';
import type { Act } from '../api.ts';
import type { BalanceWindow, Season } from '../api-balance.ts';

/** How a series is sampled: how many points, how far apart, each over how many days. */
export interface SeriesPlan {
  readonly points: number;
  readonly stepDays: number;
  readonly windowDays: number;
}

/**
 * 7 days: two weeks, day by day. 90 days: half a year, fortnight by fortnight. 30 days and
 * fading memory: a quarter of a year, week by week, each point over 30 days.
 */
export function seriesPlan(window: BalanceWindow): SeriesPlan {
  if (window === 7) return { points: 14, stepDays: 1, windowDays: 7 };
  if (window === 90) return { points: 13, stepDays: 14, windowDays: 90 };
  return { points: 13, stepDays: 7, windowDays: 30 };
}

/** The earliest time an act can count in any point of the plan ending at `now`. */
export const seriesSince = (plan: SeriesPlan, now: number): number =>
  now - ((plan.points - 1) * plan.stepDays + plan.windowDays + 1) * DAY_MS;

export const toCoreSeason = (season: Season): CoreSeason => ({
  id: season.id,
  memberId: season.memberId,
  kind: season.kind,
  startsAt: Date.parse(season.startsAt),
  endsAt: season.endsAt === null ? null : Date.parse(season.endsAt),
  note: season.note,
});

export interface PairKey {
  readonly fromMemberId: string;
  readonly toMemberId: string;
}

export const pairKey = (pair: PairKey): string => `${pair.fromMemberId}>${pair.toMemberId}`;

/** One series per requested pair, keyed by `pairKey`, oldest point first. */
export function balanceSeries(
  acts: readonly Act[],
  seasons: readonly Season[],
  pairs: readonly PairKey[],
  now: number,
  plan: SeriesPlan,
): Map<string, BalancePoint[]> {
  const aggregates = aggregateActs(
    acts.map((act) => ({
      fromMemberId: act.fromMemberId,
      toMemberId: act.toMemberId,
      form: act.form,
      effort: act.effort,
      at: Date.parse(act.at),
      noticedAt: act.noticedAt === null ? null : Date.parse(act.noticedAt),
    })),
  );
  const coreSeasons = seasons.map(toCoreSeason);
  const out = new Map<string, BalancePoint[]>();
  for (const pair of pairs) {
    out.set(
      pairKey(pair),
      readBalanceSeries(aggregates, { ...pair, now, ...plan, seasons: coreSeasons }),
    );
  }
  return out;
}
