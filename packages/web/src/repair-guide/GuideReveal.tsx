import { isWritten } from '@recipro/core';
import { useId } from 'react';
import type { CircleDetail } from '../api.ts';
import { memberNamer, openingName } from '../components/names.ts';
import { t } from '../i18n/index.ts';
import type { RepairGuide } from './api.ts';
import { REVEAL_TITLE, REVEALED_STEPS } from './words.ts';

/**
 * Everyone's answers side by side, step by step, the reader's first; in words, never counts. A
 * step everyone left blank is left out.
 */
export function GuideReveal({
  circle,
  guide,
}: {
  readonly circle: CircleDetail;
  readonly guide: RepairGuide;
}) {
  const id = useId();
  const nameOf = memberNamer(circle);
  const me = circle.myMemberId;
  const answers = guide.answers ?? [];
  const ordered = [
    ...answers.filter((a) => a.memberId === me),
    ...answers.filter((a) => a.memberId !== me),
  ];
  return (
    <section className="card stack guide-card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('repairGuide.reveal.title')}</h2>
      <p className="muted">{t('repairGuide.reveal.intro')}</p>
      <ol className="reveal-list">
        {REVEALED_STEPS.map((step) =>
          ordered.every((answer) => !isWritten(answer[step])) ? null : (
            <li key={step} className="reveal-item">
              <h3 className="reveal-question">{t(REVEAL_TITLE[step])}</h3>
              <dl className="reveal-answers">
                {ordered.map((answer) => {
                  const text = answer[step];
                  return (
                    <div key={answer.memberId} className="reveal-answer">
                      <dt>
                        {answer.memberId === me
                          ? t('checkin.reveal.you')
                          : openingName(nameOf(answer.memberId))}
                      </dt>
                      <dd
                        className={isWritten(text) ? 'guide-text' : 'muted'}
                        dir={isWritten(text) ? 'auto' : undefined}
                      >
                        {isWritten(text) ? text : t('repairGuide.reveal.blank')}
                      </dd>
                    </div>
                  );
                })}
              </dl>
            </li>
          ),
        )}
      </ol>
    </section>
  );
}
