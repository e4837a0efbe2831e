import { isThin, type BalancePoint } from '@recipro/core';
import { useId } from 'react';
import {
  Line,
  LineChart,
  ReferenceArea,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { Season } from '../api-balance.ts';
import { activeLocale, t } from '../i18n/index.ts';
import { ChartTooltip } from './ChartTooltip.tsx';
import { formatShortDate, seasonKindLabel } from './labels.ts';
import { chartReady, seriesText } from './seriesText.ts';

interface SeriesChartProps {
  readonly points: readonly BalancePoint[];
  readonly fromName: string;
  readonly toName: string;
  /** Seasons of either member of the pair. */
  readonly seasons: readonly Season[];
  readonly nameOf: (memberId: string) => string;
  readonly caption: string;
}

/** Soft zones behind the line: the middle is "in rhythm", the edges lean further. */
const ZONES = [
  { y1: -0.25, y2: 0.25, className: 'zone-in_rhythm' },
  { y1: 0.25, y2: 0.6, className: 'zone-leaning' },
  { y1: -0.6, y2: -0.25, className: 'zone-leaning' },
  { y1: 0.6, y2: 1, className: 'zone-one_sided' },
  { y1: -1, y2: -0.6, className: 'zone-one_sided' },
] as const;

/**
 * A pair's balance over time as a gentle line through the bands (recharts), with the pair's
 * seasons shaded on the timeline. The chart is hidden from screen readers; the sentence beside it
 * says the same in words.
 */
export function SeriesChart({
  points,
  fromName,
  toName,
  seasons,
  nameOf,
  caption,
}: SeriesChartProps) {
  const id = useId();
  const rtl = activeLocale().direction === 'rtl';
  const first = points[0];
  const last = points.at(-1);
  const start = first?.to ?? 0;
  const end = last?.to ?? 0;
  const shaded = seasons
    .map((s) => ({
      season: s,
      x1: Math.max(Date.parse(s.startsAt), start),
      x2: Math.min(s.endsAt === null ? end : Date.parse(s.endsAt), end),
    }))
    .filter((s) => s.x2 > s.x1);
  // Too little logged to read a rhythm: no point is drawn, and the line breaks there.
  const data = points.map((p) => ({
    ...p,
    x: p.to,
    y: isThin(p.given.acts + p.received.acts) ? null : p.index,
  }));
  if (!chartReady(points)) {
    return <p className="muted">{t('balance.chart.notYet', { a: fromName, b: toName })}</p>;
  }
  return (
    <figure className="series" aria-labelledby={`${id}-summary`}>
      <div className="series-chart" aria-hidden="true">
        <span className="series-edge">{t('balance.chart.more', { name: fromName })}</span>
        <ResponsiveContainer width="100%" height={170}>
          <LineChart
            data={data}
            margin={{ top: 8, right: 12, bottom: 0, left: 12 }}
            accessibilityLayer={false}
          >
            {ZONES.map((zone) => (
              <ReferenceArea
                key={`${zone.y1}`}
                y1={zone.y1}
                y2={zone.y2}
                className={zone.className}
                ifOverflow="hidden"
                stroke="none"
              />
            ))}
            {shaded.map(({ season, x1, x2 }) => (
              <ReferenceArea
                key={season.id}
                x1={x1}
                x2={x2}
                className="zone-season"
                stroke="none"
                label={{
                  value: seasonKindLabel(season.kind),
                  position: rtl ? 'insideTopLeft' : 'insideTopRight',
                  className: 'season-label',
                }}
              />
            ))}
            <ReferenceLine y={0} className="even-line" />
            <XAxis
              dataKey="x"
              // Time runs the way the reader reads: right to left in Arabic.
              reversed={rtl}
              type="number"
              scale="time"
              domain={[start, end]}
              tickFormatter={(ms: number) => formatShortDate(ms - 1)}
              tickCount={4}
              tick={{ className: 'axis-tick' }}
              stroke="currentColor"
            />
            <YAxis domain={[-1, 1]} hide />
            <Tooltip content={<ChartTooltip />} cursor={{ className: 'chart-cursor' }} />
            <Line
              type="monotone"
              dataKey="y"
              className="series-line"
              stroke="currentColor"
              strokeWidth={2.5}
              dot={{ r: 3, className: 'series-dot' }}
              isAnimationActive={false}
            />
          </LineChart>
        </ResponsiveContainer>
        <span className="series-edge">{t('balance.chart.more', { name: toName })}</span>
      </div>
      <figcaption className="series-text">
        <span id={`${id}-summary`}>
          {seriesText({
            points,
            fromName,
            toName,
            seasons: shaded.map((s) => s.season),
            nameOf,
          })}
        </span>{' '}
        <span className="muted">{caption}</span>
      </figcaption>
    </figure>
  );
}
