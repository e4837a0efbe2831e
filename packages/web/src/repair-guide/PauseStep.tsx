import type { GuidePause } from '@recipro/core';
import type { Ref } from 'react';
import { t } from '../i18n/index.ts';
import { comeBackTime } from './time.ts';

interface PauseStepProps {
  readonly headingId: string;
  readonly headingRef: Ref<HTMLHeadingElement>;
  readonly pause: GuidePause | null;
  readonly onPause: (pause: GuidePause) => void;
  /** Whether "not yet" is what the reader has saved (and still chooses): the pause is on. */
  readonly resting: boolean;
  readonly comeBackAt: string | null;
  readonly error: string | undefined;
}

/** "Are you calm enough to talk?": yes, or not yet — and after "not yet", a time to come back. */
export function PauseStep({
  headingId,
  headingRef,
  pause,
  onPause,
  resting,
  comeBackAt,
  error,
}: PauseStepProps) {
  const options: readonly [GuidePause, string][] = [
    ['ready', t('repairGuide.pause.ready')],
    ['not_yet', t('repairGuide.pause.notYet')],
  ];
  return (
    <>
      <fieldset className="stack" aria-describedby={`${headingId}-hint`}>
        <legend>
          <h2 id={headingId} ref={headingRef} tabIndex={-1}>
            {t('repairGuide.pause.title')}
          </h2>
        </legend>
        <p id={`${headingId}-hint`} className="hint">
          {t('repairGuide.pause.hint')}
        </p>
        <div className="choices">
          {options.map(([value, label]) => (
            <label key={value} className="choice">
              <input
                type="radio"
                name={`${headingId}-pause`}
                value={value}
                checked={pause === value}
                onChange={() => onPause(value)}
              />
              {label}
            </label>
          ))}
        </div>
        {error && <p className="field-error">{error}</p>}
      </fieldset>
      <div aria-live="polite">
        {resting && (
          <div className="guide-rest stack">
            <h3>{t('repairGuide.pause.rest.title')}</h3>
            <p>{t('repairGuide.pause.rest')}</p>
            {comeBackAt && (
              <p className="lead">
                {t('repairGuide.pause.comeBack', { time: comeBackTime(comeBackAt) })}
              </p>
            )}
          </div>
        )}
      </div>
    </>
  );
}
