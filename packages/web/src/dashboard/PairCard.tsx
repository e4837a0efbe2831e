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
  /** Share of what `to` gave that `from` noticed (from the mirrored pair). */
  readonly receivedNoticedRate: number | null;
}

/** One pair: its band in words and a soft scale, the rhythm over time, and care per form. */
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
  const flow = (from: string, to: string, acts: number, noticed: number | null) => (
    <li>
      <span className="flow-names">{t('balance.flow', { from, to })}</span>{' '}
      <span className="muted">
        {tn('balance.flow.acts', Math.round(acts))}
        {noticed !== null && noticed > 0 && acts > 0
          ? ` · ${t('balance.flow.noticed', { percent: formatPercent(noticed) })}`
          : ''}
      </span>
    </li>
  );
  return (
    <article className="card pair-card" aria-labelledby={`${id}-title`} data-pair={pair.toMemberId}>
      <h3 id={`${id}-title`}>{heading}</h3>
      <p className={`band-word band-${pair.thin ? 'thin' : pair.band}`}>
        {bandLabel(pair.band, pair.thin)}
      </p>
      <BandScale band={pair.band} thin={pair.thin} />
      <p>{bandText(pair, fromName, toName, period)}</p>
      {pair.season && (
        <p className="season-note">
          {t('balance.season.note', {
            name: nameOf(pair.season.memberId),
            kind: seasonKindLabel(pair.season.kind),
          })}
        </p>
      )}
      <ul className="flows">
        {flow(fromName, toName, pair.given.acts, pair.noticedRate)}
        {flow(toName, fromName, pair.received.acts, props.receivedNoticedRate)}
      </ul>
      <h4>{t('balance.chart.title')}</h4>
      {props.chartError ? (
        <p className="muted">{props.chartError}</p>
      ) : points ? (
        <SeriesChart
          points={points}
          fromName={fromName}
          toName={toName}
          seasons={pairSeasons}
          nameOf={nameOf}
          caption={props.chartCaption}
        />
      ) : (
        <p className="muted">{t('balance.chart.loading')}</p>
      )}
      <h4>{t('balance.forms.title')}</h4>
      <FormBreakdown pair={pair} fromName={fromName} toName={toName} period={period} />
    </article>
  );
}
