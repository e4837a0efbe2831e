import { BALANCE_BANDS, isThin, type BalancePoint } from '@recipro/core';
import type { Season } from '../api-balance.ts';
import { t } from '../i18n/index.ts';
import { bandLabel, formatShortDate, seasonKindLabel } from './labels.ts';

interface SeriesTextInput {
  readonly points: readonly BalancePoint[];
  readonly fromName: string;
  readonly toName: string;
  readonly seasons: readonly Season[];
  readonly nameOf: (memberId: string) => string;
}

/** The words a screen reader hears for a pair's chart: how often each band showed, and now. */
export function seriesText({ points, fromName, toName, seasons, nameOf }: SeriesTextInput): string {
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last || points.every((p) => p.given.acts + p.received.acts === 0)) {
    return t('balance.chart.summary.none', { a: fromName, b: toName });
  }
  const thin = (p: BalancePoint) => isThin(p.given.acts + p.received.acts);
  const parts = BALANCE_BANDS.map((band) => ({
    label: bandLabel(band),
    count: points.filter((p) => !thin(p) && p.band === band).length,
  }));
  parts.push({ label: bandLabel('in_rhythm', true), count: points.filter(thin).length });
  const counted = parts
    .filter((part) => part.count > 0)
    .map((part) => t('balance.chart.part', { band: part.label, count: part.count }))
    .join(', ');
  const band = bandLabel(last.band, thin(last));
  const lean = last.index > 0 ? fromName : last.index < 0 ? toName : undefined;
  const now =
    lean === undefined || thin(last) || last.band === 'in_rhythm'
      ? t('balance.chart.nowEven', { band })
      : t('balance.chart.nowLean', { band, name: lean });
  const sentences = [
    t('balance.chart.summaryHead', {
      start: formatShortDate(first.to - 1),
      end: formatShortDate(last.to - 1),
      points: points.length,
    }),
    `${counted}.`,
    now,
  ];
  if (seasons.length > 0) {
    const named = seasons
      .map((s) =>
        t('balance.seasons.item', { name: nameOf(s.memberId), kind: seasonKindLabel(s.kind) }),
      )
      .join('; ');
    sentences.push(t('balance.chart.summarySeason', { seasons: named }));
  }
  return sentences.join(' ');
}
