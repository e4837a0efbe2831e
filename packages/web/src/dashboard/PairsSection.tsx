import { useId, useMemo } from 'react';
import type { CircleDetail } from '../api.ts';
import type { BalanceView, BalanceWindow, Season } from '../api-balance.ts';
import { memberNamer } from '../components/names.ts';
import { describeError } from '../errors.ts';
import { t } from '../i18n/index.ts';
import { periodPhrase } from './labels.ts';
import { PairCard } from './PairCard.tsx';
import { displayPairs } from './pairs.ts';
import { pairKey } from './series.ts';
import { useSeries } from './useSeries.ts';

interface PairsSectionProps {
  readonly circle: CircleDetail;
  readonly view: BalanceView;
  readonly window: BalanceWindow;
  readonly seasons: readonly Season[];
  readonly version: number;
  readonly updating: boolean;
}

/** Every pair of the circle that matters to the reader, each as a card with its rhythm. */
export function PairsSection({
  circle,
  view,
  window,
  seasons,
  version,
  updating,
}: PairsSectionProps) {
  const id = useId();
  const nameOf = memberNamer(circle);
  const pairs = useMemo(
    () =>
      displayPairs(
        view,
        circle.myMemberId,
        circle.members.map((m) => m.id),
      ),
    [view, circle],
  );
  const series = useSeries(circle.id, window, version);
  const period = periodPhrase(view.window);
  const plan = series.status === 'ready' ? series.data.plan : undefined;
  const caption =
    window === 'decay'
      ? t('balance.chart.captionDecay')
      : t('balance.chart.caption', { days: plan?.windowDays ?? window });
  return (
    <section className="pairs" aria-labelledby={`${id}-title`} aria-busy={updating}>
      <h2 id={`${id}-title`}>{t('balance.pairs.title')}</h2>
      <p className="muted">{t('balance.intro')}</p>
      <p role="status" className="updating">
        {updating ? t('balance.refreshing') : ''}
      </p>
      {pairs.map((pair) => (
        <PairCard
          key={pairKey(pair)}
          pair={pair}
          me={circle.myMemberId}
          nameOf={nameOf}
          period={period}
          seasons={seasons}
          points={series.status === 'ready' ? series.data.series.get(pairKey(pair)) : undefined}
          chartCaption={caption}
          chartError={series.status === 'failed' ? describeError(series.error) : undefined}
        />
      ))}
    </section>
  );
}
