import { GUIDE_TEXT_MAX_LENGTH, type GuideTextStep } from '@recipro/core';
import type { Ref } from 'react';
import { t } from '../i18n/index.ts';
import { Examples } from './Examples.tsx';
import { startFrom } from './steps.ts';
import { STEP_HINT, STEP_TITLE } from './words.ts';

interface TextStepProps {
  readonly headingId: string;
  readonly headingRef: Ref<HTMLHeadingElement>;
  readonly step: GuideTextStep;
  readonly text: string;
  readonly onText: (text: string) => void;
}

/** One written step: its question, a gentle hint, the reader's own words, examples on request. */
export function TextStep({ headingId, headingRef, step, text, onText }: TextStepProps) {
  return (
    <>
      <h2 id={headingId} ref={headingRef} tabIndex={-1}>
        {t(STEP_TITLE[step])}
      </h2>
      <p id={`${headingId}-hint`} className="hint">
        {t(STEP_HINT[step])}
      </p>
      <textarea
        dir="auto"
        aria-labelledby={headingId}
        aria-describedby={`${headingId}-hint ${headingId}-private`}
        rows={5}
        maxLength={GUIDE_TEXT_MAX_LENGTH}
        value={text}
        onChange={(event) => onText(event.target.value)}
      />
      <p id={`${headingId}-private`} className="hint">
        {t('repairGuide.step.blank')} {t('repairGuide.private')}
      </p>
      <Examples step={step} onUse={(example) => onText(startFrom(text, example))} />
    </>
  );
}
