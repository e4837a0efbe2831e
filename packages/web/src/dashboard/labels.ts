/** Human words for the balance vocabulary, through the i18n layer. */
import type { BalanceBand, CareLanguage, ReciprocityPattern, SeasonKind } from '@recipro/core';
import type { BalanceWindow } from '../api-balance.ts';
import { dateTimeFormat, formatPercent as percent, numberFormat, t } from '../i18n/index.ts';

/** A band's words; a pair with too little logged reads "Just starting" whatever its band. */
export const bandLabel = (band: BalanceBand, thin = false): string =>
  thin ? t('balance.band.thin') : t(`balance.band.${band}`);

export const windowLabel = (window: BalanceWindow): string => t(`balance.window.${window}`);

/** "in the last 30 days", or "lately, …" for fading memory. */
export const periodPhrase = (window: BalanceWindow): string => t(`balance.period.${window}`);

export const seasonKindLabel = (kind: SeasonKind): string => t(`season.${kind}`);

export const languageLabel = (language: CareLanguage): string => t(`language.${language}`);
export const languageHint = (language: CareLanguage): string => t(`language.${language}.hint`);

export const patternLabel = (pattern: ReciprocityPattern): string =>
  t(`balance.pattern.${pattern}`);

export const formatPercent = (share: number): string => percent(share);
/** Effort or a weighted count: whole numbers as they are, fading-memory amounts to one decimal. */
export const formatAmount = (value: number): string =>
  numberFormat({ maximumFractionDigits: 1 }).format(value);
export const formatShortDate = (ms: number): string =>
  dateTimeFormat({ day: 'numeric', month: 'short' }).format(new Date(ms));
