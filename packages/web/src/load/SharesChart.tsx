import { Bar, BarChart, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { activeLocale, t } from '../i18n/index.ts';
import { formatShare } from './labels.ts';

export interface ShareRow {
  readonly name: string;
  /** Share of the noticing, planning and following up, 0–1. */
  readonly invisible: number;
  /** Share of the doing, 0–1. */
  readonly doing: number;
}

/**
 * Each person's share of the invisible stages and of the doing, as soft horizontal bars. Hidden
 * from screen readers: the sentences beside it say the same.
 */
export function SharesChart({ rows }: { readonly rows: readonly ShareRow[] }) {
  const height = 40 + rows.length * 64;
  const rtl = activeLocale().direction === 'rtl';
  return (
    <div className="shares-chart" aria-hidden="true">
      <ResponsiveContainer width="100%" height={height}>
        <BarChart
          data={[...rows]}
          layout="vertical"
          margin={
            rtl
              ? { top: 4, right: 8, bottom: 4, left: 16 }
              : { top: 4, right: 16, bottom: 4, left: 8 }
          }
          barGap={3}
          accessibilityLayer={false}
        >
          <XAxis
            type="number"
            domain={[0, 1]}
            // Bars grow from where the reader starts reading: the right in Arabic.
            reversed={rtl}
            ticks={[0, 0.5, 1]}
            tickFormatter={(value: number) => formatShare(value)}
            tick={{ className: 'axis-tick' }}
            stroke="currentColor"
          />
          <YAxis
            type="category"
            orientation={rtl ? 'right' : 'left'}
            dataKey="name"
            width={84}
            tick={{ className: 'axis-tick' }}
            stroke="currentColor"
          />
          <Bar
            dataKey="invisible"
            name={t('load.shares.invisible')}
            className="bar-invisible"
            fill="currentColor"
            radius={[0, 6, 6, 0]}
            isAnimationActive={false}
          />
          <Bar
            dataKey="doing"
            name={t('load.shares.doing')}
            className="bar-doing"
            fill="currentColor"
            radius={[0, 6, 6, 0]}
            isAnimationActive={false}
          />
        </BarChart>
      </ResponsiveContainer>
      <ul className="shares-legend">
        <li>
          <span className="swatch swatch-invisible" />
          {t('load.shares.invisible')}
        </li>
        <li>
          <span className="swatch swatch-doing" />
          {t('load.shares.doing')}
        </li>
      </ul>
    </div>
  );
}
