import { describeTrend, isInstrumentId } from '@recipro/core';
import type { CircleDetail } from '../api.ts';
import type { Review } from '../api-cycle.ts';
import { t, tn } from '../i18n/index.ts';
import { formatDuration, formatPercent } from './duration.ts';

/**
 * The month's details after its sentences: acts of care (the circle's and my own), noticing, repairs and the member's own
 * check-ins (as how often and which way their answers moved; never a number or a label).
 */
export function ReviewDetails({
  circle,
  review,
}: {
  readonly circle: CircleDetail;
  readonly review: Review;
}) {
  // Only my own giving: the month's pairs side by side would be a ledger (docs/voice.md).
  const myActs = review.acts.pairs
    .filter((p) => p.fromMemberId === circle.myMemberId && p.toMemberId !== circle.myMemberId)
    .reduce((sum, p) => sum + p.acts, 0);
  const mine = Object.entries(review.myCheckins).filter(([, totals]) => totals.length > 0);
  return (
    <div className="review-grid">
      <section className="card" aria-labelledby="review-acts">
        <h2 id="review-acts">{t('review.acts.title')}</h2>
        <p>{tn('review.acts.total', review.acts.acts)}</p>
        <p className="muted">{tn('review.acts.previous', review.previous.acts)}</p>
        {myActs > 0 && <p>{tn('review.acts.yours', myActs)}</p>}
      </section>
      <section className="card" aria-labelledby="review-noticed">
        <h2 id="review-noticed">{t('review.noticed.title')}</h2>
        <p>
          {review.acts.noticedRate === null
            ? t('review.noticed.none')
            : t('review.noticed.rate', { percent: formatPercent(review.acts.noticedRate) })}
        </p>
      </section>
      <section className="card" aria-labelledby="review-repairs">
        <h2 id="review-repairs">{t('review.repairs.title')}</h2>
        {review.repair.ruptures === 0 ? (
          <p>{t('review.repairs.none')}</p>
        ) : (
          <>
            <p>
              {t('review.repairs.count', {
                repaired: review.repair.repaired,
                ruptures: review.repair.ruptures,
              })}
            </p>
            {review.repair.medianSecondsToRepair !== null && (
              <p className="muted">
                {t('repair.stats.median', {
                  duration: formatDuration(review.repair.medianSecondsToRepair),
                })}
              </p>
            )}
          </>
        )}
      </section>
      <section className="card" aria-labelledby="review-checkins">
        <h2 id="review-checkins">{t('review.checkins.title')}</h2>
        <p className="hint">{t('review.checkins.private')}</p>
        {mine.length === 0 ? (
          <p>{t('review.checkins.none')}</p>
        ) : (
          <ul className="pair-lines">
            {mine.map(([instrument, totals]) => {
              const trend = describeTrend(totals);
              const name = isInstrumentId(instrument) ? t(`instrument.${instrument}`) : instrument;
              return (
                <li key={instrument}>
                  {tn('review.checkins.count', totals.length, { instrument: name })}
                  {trend ? ` · ${t(`review.trend.${trend.direction}`)}` : ''}
                </li>
              );
            })}
          </ul>
        )}
      </section>
    </div>
  );
}
