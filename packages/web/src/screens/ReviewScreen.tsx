import { useId, useState } from 'react';
import type { CircleDetail } from '../api.ts';
import { getReview } from '../api-cycle.ts';
import { Alert } from '../components/Alert.tsx';
import { SkeletonList } from '../components/Skeleton.tsx';
import { currentMonth } from '../cycle/month.ts';
import { MonthPicker } from '../cycle/MonthPicker.tsx';
import { ReviewDetails } from '../cycle/ReviewDetails.tsx';
import { reviewSentences } from '../cycle/review-sentences.ts';
import { StepHeader } from '../components/StepHeader.tsx';
import { useRemote } from '../hooks/useRemote.ts';
import { describeError } from '../errors.ts';
import { t } from '../i18n/index.ts';

/** Observe: the month in review, its sentences first, then the details. */
export function ReviewScreen({ circle }: { readonly circle: CircleDetail }) {
  const id = useId();
  const [month, setMonth] = useState(currentMonth);
  const { state } = useRemote(() => getReview(circle.id, month), `${circle.id}/${month}`);
  return (
    <div className="cycle-screen">
      <StepHeader title={t('review.title')} circle={circle} intro={t('review.intro')} />
      <MonthPicker month={month} onChange={setMonth} />
      {state.status === 'loading' && <SkeletonList rows={2} />}
      {state.status === 'failed' && <Alert message={describeError(state.error)} />}
      {state.status === 'ready' && (
        <div className="cycle-grid">
          <section className="card" aria-labelledby={`${id}-sentences`}>
            <h2 id={`${id}-sentences`}>{t('review.sentences')}</h2>
            <ul className="sentences">
              {reviewSentences(state.data).map((sentence) => (
                <li key={sentence}>{sentence}</li>
              ))}
            </ul>
          </section>
          <ReviewDetails circle={circle} review={state.data} />
        </div>
      )}
    </div>
  );
}
