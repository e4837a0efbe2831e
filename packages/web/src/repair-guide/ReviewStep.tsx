import { GUIDE_TEXT_STEPS, isWritten, type GuideTextStep } from '@recipro/core';
import type { Ref } from 'react';
import { t } from '../i18n/index.ts';
import { finishBlock, type Draft } from './steps.ts';
import { STEP_TITLE } from './words.ts';

interface ReviewStepProps {
  readonly headingId: string;
  readonly headingRef: Ref<HTMLHeadingElement>;
  readonly draft: Draft;
  readonly onEdit: (step: GuideTextStep | 'pause') => void;
}

/** A look over one's own answers before finishing, each with a way back to change it. */
export function ReviewStep({ headingId, headingRef, draft, onEdit }: ReviewStepProps) {
  const block = finishBlock(draft);
  return (
    <>
      <h2 id={headingId} ref={headingRef} tabIndex={-1}>
        {t('repairGuide.review.title')}
      </h2>
      <p className="hint">{t('repairGuide.review.hint')}</p>
      <dl className="guide-review">
        <div className="guide-review-item">
          <dt>{t('repairGuide.pause.title')}</dt>
          <dd>
            {draft.pause === 'ready'
              ? t('repairGuide.review.pause.ready')
              : t('repairGuide.review.pause.notYet')}
          </dd>
          <dd>
            <button
              type="button"
              className="link"
              aria-label={t('repairGuide.review.edit.label', {
                step: t('repairGuide.pause.title'),
              })}
              onClick={() => onEdit('pause')}
            >
              {t('repairGuide.review.edit')}
            </button>
          </dd>
        </div>
        {GUIDE_TEXT_STEPS.map((step) => {
          const text = draft[step];
          const title = t(STEP_TITLE[step]);
          return (
            <div key={step} className="guide-review-item">
              <dt>{title}</dt>
              <dd
                className={isWritten(text) ? 'guide-text' : 'muted'}
                dir={isWritten(text) ? 'auto' : undefined}
              >
                {isWritten(text) ? text : t('repairGuide.review.blank')}
              </dd>
              <dd>
                <button
                  type="button"
                  className="link"
                  aria-label={t('repairGuide.review.edit.label', { step: title })}
                  onClick={() => onEdit(step)}
                >
                  {t('repairGuide.review.edit')}
                </button>
              </dd>
            </div>
          );
        })}
      </dl>
      {block && (
        <p className="guide-note">
          {t(block === 'not_ready' ? 'repairGuide.finish.notReady' : 'repairGuide.finish.nothing')}
        </p>
      )}
    </>
  );
}
