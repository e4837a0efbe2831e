import { useId, useRef, useState } from 'react';
import type { CircleDetail } from '../api.ts';
import { Alert } from '../components/Alert.tsx';
import { Empty } from '../components/Empty.tsx';
import { SkeletonList } from '../components/Skeleton.tsx';
import { ShowMore } from '../components/ShowMore.tsx';
import { usePages } from '../hooks/usePages.ts';
import { describeError } from '../errors.ts';
import { questionText } from './text.ts';
import { t } from '../i18n/index.ts';
import { listPastQuestions, type PastDay } from './api.ts';
import { Answers } from './Answers.tsx';
import { dayInWords } from './words.ts';

/** The earlier days whose answers were read together, newest first, a page at a time. */
export function PastDays({
  circle,
  refreshKey,
}: {
  readonly circle: CircleDetail;
  /** Changes when today's answers are revealed, so a day that moves into the past shows up. */
  readonly refreshKey: string;
}) {
  const id = useId();
  const list = useRef<HTMLOListElement>(null);
  const [paged, setPaged] = useState(false);
  const { state, more } = usePages(
    (cursor) => listPastQuestions(circle.id, cursor),
    (page) => page.days,
    (day: PastDay) => day.date,
    `${circle.id}/${refreshKey}`,
  );
  const days = state.status === 'ready' ? state.data.items : undefined;
  const next = state.status === 'ready' ? state.data.next : null;

  return (
    <section className="card stack" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('question.past.title')}</h2>
      {state.status === 'loading' && <SkeletonList rows={2} />}
      {state.status === 'failed' && <Alert message={describeError(state.error)} />}
      {days && days.length === 0 && <Empty>{t('question.past.empty')}</Empty>}
      {days && days.length > 0 && <p className="muted">{t('question.past.intro')}</p>}
      {days && days.length > 0 && (
        <ol ref={list} className="question-days" aria-labelledby={`${id}-title`}>
          {days.map((day) => (
            <li key={day.date} className="question-day">
              <p className="muted question-day-date">{dayInWords(day.date)}</p>
              <p className="question-day-text">{questionText(day)}</p>
              <Answers circle={circle} answers={day.answers} />
            </li>
          ))}
        </ol>
      )}
      <ShowMore
        next={next}
        onMore={async () => {
          await more();
          setPaged(true);
        }}
        list={list}
        label={t('question.past.older')}
        busyLabel={t('question.past.loadingOlder')}
      />
      {days && days.length > 0 && next === null && paged && (
        <p className="muted">{t('question.past.noOlder')}</p>
      )}
    </section>
  );
}
