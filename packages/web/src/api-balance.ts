/**
 * Typed client for the "Practice balance" endpoints: the balance view, seasons and care
 * languages. Built on the request helper of api.ts, so errors arrive as ApiError.
 */
import type {
  BalanceBand,
  CareLanguage,
  FormOfCare,
  ReciprocityPattern,
  SeasonKind,
} from '@recipro/core';
import { enc, query, request, type IsoTime } from './api.ts';

export type BalanceWindow = 7 | 30 | 90 | 'decay';
export const BALANCE_WINDOWS: readonly BalanceWindow[] = [7, 30, 90, 'decay'];

export interface Amount {
  readonly acts: number;
  readonly effort: number;
}

export interface SeasonRef {
  readonly id: string;
  readonly memberId: string;
  readonly kind: SeasonKind;
}

export interface PairBalance {
  readonly fromMemberId: string;
  readonly toMemberId: string;
  /** In [-1, 1]; positive when `from` gives more than `to` gives back. */
  readonly index: number;
  readonly band: BalanceBand;
  readonly thin: boolean;
  readonly pattern: ReciprocityPattern;
  readonly given: Amount;
  readonly received: Amount;
  readonly byForm: Readonly<Partial<Record<FormOfCare, { given: number; received: number }>>>;
  readonly noticedRate: number | null;
  readonly season?: SeasonRef | null;
}

export interface LoadShare {
  readonly memberId: string;
  readonly effort: number;
  readonly share: number;
  readonly household?: { readonly effort: number; readonly share: number };
  readonly emotional?: { readonly effort: number; readonly share: number };
}

export interface Insight {
  readonly kind: string;
  readonly text: string;
  readonly memberIds: readonly string[];
  readonly evidence: Readonly<Record<string, number | string | null>>;
}

export interface BalanceView {
  readonly window: BalanceWindow;
  readonly now: IsoTime;
  readonly from: IsoTime;
  readonly to: IsoTime;
  readonly halfLifeDays: number;
  readonly pairs: readonly PairBalance[];
  readonly matrix: {
    readonly memberIds: readonly string[];
    readonly effort: readonly (readonly number[])[];
  };
  readonly loadShares: readonly LoadShare[];
  readonly gini: number;
  readonly insights: readonly Insight[];
}

export interface Season {
  readonly id: string;
  readonly circleId: string;
  readonly memberId: string;
  readonly kind: SeasonKind;
  readonly startsAt: IsoTime;
  readonly endsAt: IsoTime | null;
  readonly note: string | null;
  readonly createdByMemberId: string;
  readonly createdAt: IsoTime;
  /** `suggested` by another member until the member it is about accepts it. */
  readonly status: 'active' | 'suggested';
}

export interface NewSeason {
  readonly memberId: string;
  readonly kind: SeasonKind;
  readonly startsAt: IsoTime;
  readonly endsAt?: IsoTime;
  readonly note?: string;
}

const circlePath = (circleId: string) => `/api/circles/${enc(circleId)}`;

export const getBalance = (circleId: string, window: BalanceWindow) =>
  request<BalanceView>('GET', `${circlePath(circleId)}/balance${query({ window })}`);

/** One point of a pair's balance over time, as the API sends it. */
export interface SeriesPoint {
  readonly from: IsoTime;
  readonly to: IsoTime;
  readonly index: number;
  readonly band: BalanceBand;
  readonly given: Amount;
  readonly received: Amount;
  readonly seasonId: string | null;
}

export interface BalanceSeries {
  readonly now: IsoTime;
  readonly stepDays: number;
  readonly windowDays: number;
  readonly pairs: readonly { fromMemberId: string; toMemberId: string; points: SeriesPoint[] }[];
}

/** Every pair's balance over time, read by the server from its stored aggregates. */
export const getBalanceSeries = (
  circleId: string,
  plan: { points: number; stepDays: number; windowDays: number },
) => request<BalanceSeries>('GET', `${circlePath(circleId)}/balance/series${query({ ...plan })}`);

export const listSeasons = (circleId: string) =>
  request<{ seasons: Season[] }>('GET', `${circlePath(circleId)}/seasons`).then(
    (body) => body.seasons,
  );

export const declareSeason = (circleId: string, season: NewSeason) =>
  request<Season>('POST', `${circlePath(circleId)}/seasons`, season);

export const endSeason = (circleId: string, seasonId: string) =>
  request<Season>('POST', `${circlePath(circleId)}/seasons/${enc(seasonId)}/end`);

export const acceptSeason = (circleId: string, seasonId: string) =>
  request<Season>('POST', `${circlePath(circleId)}/seasons/${enc(seasonId)}/accept`);

export const deleteSeason = (circleId: string, seasonId: string) =>
  request<void>('DELETE', `${circlePath(circleId)}/seasons/${enc(seasonId)}`);

export const getCareLanguages = () =>
  request<{ ranked: CareLanguage[] }>('GET', '/api/me/care-languages').then((body) => body.ranked);

export const setCareLanguages = (ranked: readonly CareLanguage[]) =>
  request<{ ranked: CareLanguage[] }>('PUT', '/api/me/care-languages', { ranked }).then(
    (body) => body.ranked,
  );
