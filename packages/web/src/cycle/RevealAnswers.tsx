import { useId } from 'react';
import type { CircleDetail } from '../api.ts';
import type { CheckinResult, Instrument } from '../api-cycle.ts';
import { memberNamer, openingName } from '../components/names.ts';
import { t } from '../i18n/index.ts';
import { AnswerText } from './AnswerText.tsx';
import { InstrumentSource } from './InstrumentSource.tsx';
import { sentenceCase } from './sentence-case.ts';

interface RevealAnswersProps {
  readonly circle: CircleDetail;
  readonly instrument: Instrument;
  readonly results: readonly CheckinResult[];
}

/**
 * Everyone's answers side by side, item by item, as printed: never a total, label or band.
 * Private items (the safety question) are left out: only their author ever sees them.
 */
export function RevealAnswers({ circle, instrument, results }: RevealAnswersProps) {
  const id = useId();
  const nameOf = memberNamer(circle);
  const me = circle.myMemberId;
  const ordered = [
    ...results.filter((r) => r.memberId === me),
    ...results.filter((r) => r.memberId !== me),
  ];
  const who = (memberId: string) =>
    memberId === me ? t('checkin.reveal.you') : openingName(nameOf(memberId));
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('checkin.reveal.title')}</h2>
      <InstrumentSource instrument={instrument} />
      <ol className="reveal-list">
        {instrument.items.map((item, index) =>
          item.private ? null : (
            <li key={item.id} className="reveal-item" value={item.number}>
              <p className="reveal-question">
                {item.kind === 'choice'
                  ? item.text
                  : `${sentenceCase(item.left)} – ${sentenceCase(item.right)}`}
              </p>
              <dl className="reveal-answers">
                {ordered.map((result) => (
                  <div key={result.memberId} className="reveal-answer">
                    <dt>{who(result.memberId)}</dt>
                    <dd>
                      <AnswerText item={item} position={result.answers[index]} />
                    </dd>
                  </div>
                ))}
              </dl>
            </li>
          ),
        )}
      </ol>
    </section>
  );
}
