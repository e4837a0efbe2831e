import type { CircleDetail } from '../api.ts';
import { Folded } from '../components/Folded.tsx';
import { memberNamer, openingName } from '../components/names.ts';
import { t } from '../i18n/index.ts';
import type { RevealedAnswer } from './api.ts';

/** Everyone's answers to one day's question, together: "You" for the reader, names for others. */
export function Answers({
  circle,
  answers,
}: {
  readonly circle: CircleDetail;
  readonly answers: readonly RevealedAnswer[];
}) {
  const nameOf = memberNamer(circle);
  return (
    <dl className="question-answers">
      {answers.map((answer) => (
        <div key={answer.memberId} className="question-answer">
          <dt>
            {answer.memberId === circle.myMemberId
              ? t('question.you')
              : openingName(nameOf(answer.memberId))}
          </dt>
          <dd>
            <Folded text={answer.text} />
          </dd>
        </div>
      ))}
    </dl>
  );
}
