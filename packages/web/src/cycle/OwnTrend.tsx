import { useId } from 'react';
import type { TrendStep } from '../api-cycle.ts';
import { t } from '../i18n/index.ts';

const DIRECTIONS = ['went_up', 'stayed_the_same', 'went_down'] as const;
type Direction = (typeof DIRECTIONS)[number];
const isDirection = (value: string): value is Direction =>
  (DIRECTIONS as readonly string[]).includes(value);

/** The member's own change since their last check-in of the kind, in words; never a label. */
export function OwnTrend({ latest }: { readonly latest: TrendStep | null }) {
  const id = useId();
  const direction = latest && isDirection(latest.direction) ? latest.direction : undefined;
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('checkin.trend.title')}</h2>
      <p className="lead">
        {direction ? t(`checkin.trend.${direction}`) : t('checkin.trend.first')}
      </p>
      <p className="muted">{t('checkin.trend.note')}</p>
    </section>
  );
}
