import { BALANCE_BANDS, isThin, type BalancePoint } from '@recipro/core';
import type { Season } from '../api-balance.ts';
import { lowerCase, t } from '../i18n/index.ts';
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
  // The band seen most often, in words; never how many points each band had.
  const most = BALANCE_BANDS.map((band) => ({
    band,
    count: points.filter((p) => !thin(p) && p.band === band).length,
  })).reduce((a, b) => (b.count > a.count ? b : a));
  const band = bandLabel(last.band, thin(last));
  const lean = last.index > 0 ? fromName : last.index < 0 ? toName : undefined;
  const now =
    lean === undefined || thin(last) || last.band === 'in_rhythm'
      ? t('balance.chart.nowEven', { band })
      : t('balance.chart.nowLean', { band, name: lean });
  const sentences = [
    most.count > 0
      ? t('balance.chart.summaryHead', {
          start: formatShortDate(first.to - 1),
          end: formatShortDate(last.to - 1),
          band: lowerCase(bandLabel(most.band)),
        })
      : t('balance.chart.summaryThin', {
          start: formatShortDate(first.to - 1),
          end: formatShortDate(last.to - 1),
        }),
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

/** Fewest points with enough logged to read a rhythm, and the fewest days they span, for a line. */
const CHART_MIN_POINTS = 3;
const CHART_MIN_DAYS = 14;

/**
 * Whether a pair's points can make a line worth drawing: a few readable points over a few
 * weeks. Before that (a circle made a minute ago, a pair that just began) a sentence says so.
 */
export function chartReady(points: readonly BalancePoint[]): boolean {
  const readable = points.filter((p) => !isThin(p.given.acts + p.received.acts));
  const first = readable[0];
  const last = readable.at(-1);
  return (
    first !== undefined &&
    last !== undefined &&
    readable.length >= CHART_MIN_POINTS &&
    last.to - first.to >= CHART_MIN_DAYS * 86_400_000
  );
}
