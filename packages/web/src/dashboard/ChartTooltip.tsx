import { isThin, type BalancePoint } from '@recipro/core';
import { t } from '../i18n/index.ts';
import { bandLabel, formatAmount, formatShortDate } from './labels.ts';

interface ChartTooltipProps {
  readonly active?: boolean;
  readonly payload?: readonly { readonly payload?: unknown }[];
}

/** What one point of the chart stands for: its days, its band, and my own giving (never theirs). */
export function ChartTooltip({ active, payload }: ChartTooltipProps) {
  const point = payload?.[0]?.payload as BalancePoint | undefined;
  if (!active || !point) return null;
  return (
    <div className="chart-tooltip">
      <strong>{t('balance.chart.pointTitle', { date: formatShortDate(point.to - 1) })}</strong>
      <span>{bandLabel(point.band, isThin(point.given.acts + point.received.acts))}</span>
      <span>{t('balance.chart.pointMine', { count: formatAmount(point.given.acts) })}</span>
    </div>
  );
}
