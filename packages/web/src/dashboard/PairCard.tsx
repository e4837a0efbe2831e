import type { BalancePoint } from '@recipro/core';
import { useId } from 'react';
import type { PairBalance, Season } from '../api-balance.ts';
import { t, tn } from '../i18n/index.ts';
import { BandScale } from './BandScale.tsx';
import { bandText } from './bandText.ts';
import { FormBreakdown } from './FormBreakdown.tsx';
import { bandLabel, formatPercent, seasonKindLabel } from './labels.ts';
import { SeriesChart } from './SeriesChart.tsx';

interface PairCardProps {
  readonly pair: PairBalance;
  readonly me: string;
  readonly nameOf: (memberId: string) => string;
  readonly period: string;
  readonly seasons: readonly Season[];
  /** The pair's balance over time; undefined while it loads. */
  readonly points: readonly BalancePoint[] | undefined;
  readonly chartCaption: string;
  /** Why the chart could not be drawn, when loading its acts failed. */
  readonly chartError: string | undefined;
}

/**
 * One pair: its band in words and a soft scale. A pair that includes me also shows my own giving,
 * the rhythm over time and what I gave per form; a pair of two others shows only its band
 * (docs/voice.md).
 */
export function PairCard(props: PairCardProps) {
  const { pair, me, nameOf, period, seasons, points } = props;
  const id = useId();
  const fromName = nameOf(pair.fromMemberId);
  const toName = nameOf(pair.toMemberId);
  const heading =
    pair.fromMemberId === me
      ? t('balance.pair.you', { name: toName })
      : t('balance.pair.with', { a: fromName, b: toName });
  const pairSeasons = seasons.filter(
    (s) => s.memberId === pair.fromMemberId || s.memberId === pair.toMemberId,
  );
  const mine = pair.fromMemberId === me;
  return (
    <article className="card pair-card" aria-labelledby={`${id}-title`} data-pair={pair.toMemberId}>
      <h3 id={`${id}-title`}>{heading}</h3>
      <p className={`band-word band-${pair.thin ? 'thin' : pair.band}`}>
        {bandLabel(pair.band, pair.thin)}
      </p>
      <BandScale band={pair.band} thin={pair.thin} />
      <p>{bandText(pair, me, fromName, toName, period)}</p>
      {pair.season && (
        <p className="season-note">
          {t('balance.season.note', {
            name: nameOf(pair.season.memberId),
            kind: seasonKindLabel(pair.season.kind),
          })}
        </p>
      )}
      {mine && (
        <p className="own-flow">
          {tn('balance.flow.mine', Math.round(pair.given.acts), { period })}
          {pair.noticedRate !== null && pair.noticedRate > 0 && pair.given.acts > 0
            ? ` · ${t('balance.flow.noticed', { percent: formatPercent(pair.noticedRate) })}`
            : ''}
        </p>
      )}
      {mine && (
        <>
          <h4>{t('balance.chart.title')}</h4>
          {props.chartError ? (
            <p className="muted">{props.chartError}</p>
          ) : points ? (
            <SeriesChart
              points={points}
              fromName={t('balance.chart.you')}
              toName={toName}
              seasons={pairSeasons}
              nameOf={nameOf}
              caption={props.chartCaption}
            />
          ) : (
            <p className="muted">{t('balance.chart.loading')}</p>
          )}
          <h4>{t('balance.forms.title')}</h4>
          <FormBreakdown pair={pair} toName={toName} period={period} />
        </>
      )}
    </article>
  );
}
