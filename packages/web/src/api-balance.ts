/**
 * Typed client for the "Practice balance" endpoints: the balance view, seasons and care
 * languages. Built on the typed API of api/typed.ts, so errors arrive as ApiError.
 */
import type { BalanceWindow, CareLanguage } from '@recipro/core';
import { api, type Body, type Query, type Reply } from './api/typed.ts';
import { everyPage } from './api/pages.ts';

export { BALANCE_WINDOWS, type BalanceWindow } from '@recipro/core';

export type BalanceView = Reply<'get', '/api/circles/{circleId}/balance'>;
export type PairBalance = BalanceView['pairs'][number];
export type Amount = PairBalance['given'];
export type SeasonRef = NonNullable<PairBalance['season']>;
export type LoadShare = BalanceView['loadShares'][number];
export type Insight = BalanceView['insights'][number];

export type Season = Reply<'get', '/api/circles/{circleId}/seasons'>['seasons'][number];
export type NewSeason = Body<'post', '/api/circles/{circleId}/seasons'>;

/** Every pair's balance over time, as the API sends it. */
export type BalanceSeries = Reply<'get', '/api/circles/{circleId}/balance/series'>;
/** One point of a pair's balance over time. */
export type SeriesPoint = BalanceSeries['pairs'][number]['points'][number];

/** A window as the query string names it. */
const WINDOW_PARAM: Record<
  BalanceWindow,
  Query<'get', '/api/circles/{circleId}/balance'>['window']
> = { 7: '7', 30: '30', 90: '90', decay: 'decay' };

export const getBalance = (circleId: string, window: BalanceWindow) =>
  api.get('/api/circles/{circleId}/balance', {
    path: { circleId },
    query: { window: WINDOW_PARAM[window] },
  });

/** How a series is sampled: how many points, how far apart, each over how many days. */
export type SeriesPlan = Required<Query<'get', '/api/circles/{circleId}/balance/series'>>;

/** Every pair's balance over time, read by the server from its stored aggregates. */
export const getBalanceSeries = (circleId: string, plan: SeriesPlan) =>
  api.get('/api/circles/{circleId}/balance/series', { path: { circleId }, query: plan });

/** Every season of the circle, oldest first (the dashboard's chart needs all of them). */
export const listSeasons = async (circleId: string) =>
  (
    await everyPage((query) =>
      api.get('/api/circles/{circleId}/seasons', { path: { circleId }, query }),
    )
  ).flatMap((page) => page.seasons);

export const declareSeason = (circleId: string, season: NewSeason) =>
  api.post('/api/circles/{circleId}/seasons', { path: { circleId }, body: season });

export const endSeason = (circleId: string, seasonId: string) =>
  api.post('/api/circles/{circleId}/seasons/{seasonId}/end', { path: { circleId, seasonId } });

export const acceptSeason = (circleId: string, seasonId: string) =>
  api.post('/api/circles/{circleId}/seasons/{seasonId}/accept', { path: { circleId, seasonId } });

/** Takes back accepting a season someone suggested: it is a suggestion again. */
export const unacceptSeason = (circleId: string, seasonId: string) =>
  api.delete('/api/circles/{circleId}/seasons/{seasonId}/accept', { path: { circleId, seasonId } });

export const deleteSeason = (circleId: string, seasonId: string) =>
  api.delete('/api/circles/{circleId}/seasons/{seasonId}', { path: { circleId, seasonId } });

export const getCareLanguages = () => api.get('/api/me/care-languages').then((body) => body.ranked);

export const setCareLanguages = (ranked: readonly CareLanguage[]) =>
  api.put('/api/me/care-languages', { body: { ranked } }).then((body) => body.ranked);
