import { useId, useState } from 'react';
import type { CircleDetail } from '../api.ts';
import { Alert } from '../components/Alert.tsx';
import { SkeletonList } from '../components/Skeleton.tsx';
import { describeError } from '../errors.ts';
import { questionText } from './text.ts';
import { t } from '../i18n/index.ts';
import { clockHour, momentOf, zonedTime } from '../i18n/times.ts';
import { browserTimeZone } from '../components/timezones.ts';
import { SupportCard } from '../components/SupportCard.tsx';
import { getTodayQuestion, type TodayQuestion } from './api.ts';
import { useRemote } from '../hooks/useRemote.ts';
import { AnswerForm } from './AnswerForm.tsx';
import { Answers } from './Answers.tsx';
import { PastDays } from './PastDays.tsx';
import { SwapButton } from './SwapButton.tsx';
import { aboutLine, answeredLine, waitingNames } from './words.ts';

/**
 * Today's question: answer it alone, see who has answered (by name) while the answers wait for
 * everyone, read them together once all have answered; "another question" before anyone
 * answers; and the earlier days read together.
 */
export function QuestionView({ circle }: { readonly circle: CircleDetail }) {
  const id = useId();
  const {
    state,
    reload: refresh,
    reloadError: refreshError,
    update,
  } = useRemote(() => getTodayQuestion(circle.id), circle.id);
  const [notice, setNotice] = useState<string>();
  const show = (next: TodayQuestion) => update(() => next);

  if (state.status === 'loading') return <SkeletonList rows={2} />;
  if (state.status === 'failed') return <Alert message={describeError(state.error)} />;
  const q: TodayQuestion = state.data;
  const waiting = waitingNames(circle, q.waitingFor);
  const midnight = momentOf('00:00', q.timeZone, new Date());

  return (
    <div className="question-grid">
      <section className="card stack question-today" aria-labelledby={`${id}-q`}>
        <p className="muted question-about">{aboutLine(q.theme, q.depth)}</p>
        <h2 id={`${id}-q`} className="question-text">
          {questionText(q)}
        </h2>
        {q.swapped && <p className="hint">{t('question.swapped')}</p>}
        <p className="muted">{answeredLine(circle, q.answeredBy)}</p>
        <p role="status" className="done">
          {notice}
        </p>
        {!q.myAnswer && (
          <AnswerForm
            key={q.id}
            labelledBy={`${id}-q`}
            circleId={circle.id}
            question={q}
            onAnswered={(next) => {
              setNotice(undefined);
              show(next);
            }}
            onChanged={refresh}
          />
        )}
        {!q.myAnswer && q.canSwap && (
          <SwapButton
            circleId={circle.id}
            question={q}
            onSwapped={(next) => {
              show(next);
              setNotice(t('question.swap.done'));
            }}
            onRefused={refresh}
          />
        )}
        {q.myAnswer && !q.answers && (
          <div className="question-mine">
            <h3>{t('question.answer.yours')}</h3>
            <p className="question-mine-text" dir="auto">
              {q.myAnswer.text}
            </p>
          </div>
        )}
        {q.showSupport && <SupportCard />}
        {q.myAnswer && !q.answers && (
          <>
            {waiting && <p className="lead">{t('question.waiting', { names: waiting })}</p>}
            <div className="actions">
              <button type="button" className="link" onClick={() => void refresh()}>
                {t('question.refresh')}
              </button>
            </div>
          </>
        )}
        <Alert message={refreshError === undefined ? undefined : describeError(refreshError)} />
      </section>
      {q.answers && (
        <section className="card stack question-revealed" aria-labelledby={`${id}-together`}>
          <h2 id={`${id}-together`}>{t('question.revealed.title')}</h2>
          <p className="muted">{t('question.revealed.intro')}</p>
          <Answers circle={circle} answers={q.answers} />
        </section>
      )}
      <PastDays circle={circle} refreshKey={`${q.date}/${q.status}`} />
      <p className="muted question-zone">
        {t('question.newEachDay', {
          time: zonedTime(midnight, q.timeZone, browserTimeZone()),
          hour: clockHour(midnight, q.timeZone),
        })}
      </p>
    </div>
  );
}
