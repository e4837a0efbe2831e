import { useId } from 'react';
import type { CircleDetail } from '../api.ts';
import { Alert } from '../components/Alert.tsx';
import { Icon } from '../components/Icon.tsx';
import { Link } from '../components/Link.tsx';
import { SkeletonList } from '../components/Skeleton.tsx';
import { describeError } from '../errors.ts';
import { questionText } from './text.ts';
import { t } from '../i18n/index.ts';
import { questionPaths } from '../router/question.ts';
import { getTodayQuestion, type TodayQuestion } from './api.ts';
import { useRemote } from '../hooks/useRemote.ts';

import { answeredLine, waitingNames } from './words.ts';
import './question.css';

/**
 * Today's question on the circle's home: the question, who has answered (by name), and one way
 * on — to answer it, or to read the answers together.
 */
export function TodayCard({ circle }: { readonly circle: CircleDetail }) {
  const id = useId();
  const { state } = useRemote(() => getTodayQuestion(circle.id), circle.id);
  const to = questionPaths.today(circle.id);

  return (
    <section className="card question-card stack" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="with-icon">
        <Icon name="communication" size={22} />
        {t('question.title')}
      </h2>
      {state.status === 'loading' && <SkeletonList rows={2} />}
      {state.status === 'failed' && <Alert message={describeError(state.error)} />}
      {state.status === 'ready' && (
        <>
          <p className="question-text">{questionText(state.data)}</p>
          <p className="muted">{statusLine(circle, state.data)}</p>
          <p>
            <Link to={to} className="question-go primary">
              {state.data.answers
                ? t('question.card.read')
                : state.data.myAnswer
                  ? t('question.card.open')
                  : t('question.card.answer')}
            </Link>
          </p>
        </>
      )}
    </section>
  );
}

/** Who has answered, and, once the reader has, whom the answers wait for. */
function statusLine(circle: CircleDetail, question: TodayQuestion): string {
  const answered = answeredLine(circle, question.answeredBy);
  const waiting = waitingNames(circle, question.waitingFor);
  return question.myAnswer && question.status === 'open' && waiting
    ? `${answered} ${t('question.waiting.card', { names: waiting })}`
    : answered;
}
