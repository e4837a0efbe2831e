import { isThin, type BalancePoint } from '@recipro/core';
import { t } from '../i18n/index.ts';
import { bandLabel, formatAmount, formatShortDate } from './labels.ts';

interface ChartTooltipProps {
  readonly active?: boolean;
  readonly payload?: readonly { readonly payload?: unknown }[];
  readonly fromName: string;
  readonly toName: string;
}

/** What one point of the chart stands for: its days, its band, and the care both ways. */
export function ChartTooltip({ active, payload, fromName, toName }: ChartTooltipProps) {
  const point = payload?.[0]?.payload as BalancePoint | undefined;
  if (!active || !point) return null;
  return (
    <div className="chart-tooltip">
      <strong>{t('balance.chart.pointTitle', { date: formatShortDate(point.to - 1) })}</strong>
      <span>{bandLabel(point.band, isThin(point.given.acts + point.received.acts))}</span>
      <span>
        {t('balance.chart.pointFlow', {
          from: fromName,
          to: toName,
          count: formatAmount(point.given.acts),
        })}
      </span>
      <span>
        {t('balance.chart.pointFlow', {
          from: toName,
          to: fromName,
          count: formatAmount(point.received.acts),
        })}
      </span>
    </div>
  );
}
