import { useEffect, useId, useRef, useState } from 'react';
import type { CircleDetail } from '../api.ts';
import { Alert } from '../components/Alert.tsx';
import { Empty } from '../components/Empty.tsx';
import { Loading } from '../components/Loading.tsx';
import { describeError } from '../errors.ts';
import { t } from '../i18n/index.ts';
import { listPastQuestions, type PastDay } from './api.ts';
import { Answers } from './Answers.tsx';
import { dayInWords } from './words.ts';

interface Shown {
  readonly days: readonly PastDay[];
  readonly next: string | null;
}

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
  const [shown, setShown] = useState<Shown>();
  const [error, setError] = useState<string>();
  const [pending, setPending] = useState(false);
  const firstNew = useRef<HTMLLIElement>(null);
  const [focusFrom, setFocusFrom] = useState<number>();

  useEffect(() => {
    let live = true;
    listPastQuestions(circle.id).then(
      (page) => live && setShown(page),
      (failure: unknown) => live && setError(describeError(failure)),
    );
    return () => {
      live = false;
    };
  }, [circle.id, refreshKey]);

  useEffect(() => {
    if (focusFrom !== undefined) firstNew.current?.focus();
  }, [focusFrom]);

  const older = async () => {
    if (!shown?.next) return;
    setPending(true);
    setError(undefined);
    try {
      const page = await listPastQuestions(circle.id, { before: shown.next });
      setFocusFrom(shown.days.length);
      setShown({ days: [...shown.days, ...page.days], next: page.next });
    } catch (failure) {
      setError(describeError(failure));
    } finally {
      setPending(false);
    }
  };

  return (
    <section className="card stack" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('question.past.title')}</h2>
      {!shown && !error && <Loading />}
      {shown && shown.days.length === 0 && <Empty>{t('question.past.empty')}</Empty>}
      {shown && shown.days.length > 0 && <p className="muted">{t('question.past.intro')}</p>}
      {shown && shown.days.length > 0 && (
        <ol className="question-days" aria-labelledby={`${id}-title`}>
          {shown.days.map((day, index) => (
            <li
              key={day.date}
              ref={index === focusFrom ? firstNew : undefined}
              tabIndex={index === focusFrom ? -1 : undefined}
              className="question-day"
            >
              <p className="muted question-day-date">{dayInWords(day.date)}</p>
              <p className="question-day-text">{day.text}</p>
              <Answers circle={circle} answers={day.answers} />
            </li>
          ))}
        </ol>
      )}
      {shown?.next && (
        <button type="button" className="secondary" disabled={pending} onClick={() => void older()}>
          {pending ? t('question.past.loadingOlder') : t('question.past.older')}
        </button>
      )}
      {shown && shown.days.length > 0 && !shown.next && focusFrom !== undefined && (
        <p className="muted">{t('question.past.noOlder')}</p>
      )}
      <Alert message={error} />
    </section>
  );
}
