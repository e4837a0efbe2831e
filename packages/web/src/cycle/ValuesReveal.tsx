import type { CircleDetail } from '../api.ts';
import type { WordedValuesRound } from '../api-cycle.ts';
import { memberNamer, openingName } from '../components/names.ts';
import { t } from '../i18n/index.ts';

/** Everyone's values answers side by side, question by question. */
export function ValuesReveal({
  circle,
  round,
}: {
  readonly circle: CircleDetail;
  readonly round: WordedValuesRound;
}) {
  const nameOf = memberNamer(circle);
  const me = circle.myMemberId;
  const results = round.results ?? [];
  const ordered = [
    ...results.filter((r) => r.memberId === me),
    ...results.filter((r) => r.memberId !== me),
  ];
  return (
    <div className="stack">
      <h3>{t('values.reveal.title')}</h3>
      <ol className="reveal-list">
        {round.questions.map((question, index) =>
          results.every((r) => !r.answers[index]?.trim()) ? null : (
            <li key={question.id} className="reveal-item" value={index + 1}>
              <p className="reveal-question">{question.text}</p>
              <dl className="reveal-answers">
                {ordered.map((result) => {
                  const answer = result.answers[index]?.trim();
                  return (
                    <div key={result.memberId} className="reveal-answer">
                      <dt>
                        {result.memberId === me
                          ? t('checkin.reveal.you')
                          : openingName(nameOf(result.memberId))}
                      </dt>
                      <dd
                        className={answer ? undefined : 'muted'}
                        dir={answer ? 'auto' : undefined}
                      >
                        {answer || t('values.skipped')}
                      </dd>
                    </div>
                  );
                })}
              </dl>
            </li>
          ),
        )}
      </ol>
    </div>
  );
}
