import { EFFORT_MAX, EFFORT_MIN, type Effort } from '@recipro/core';
import { effortLabel } from '../care.ts';
import { t } from '../i18n/index.ts';

const EFFORTS = Array.from(
  { length: EFFORT_MAX - EFFORT_MIN + 1 },
  (_, i) => (EFFORT_MIN + i) as Effort,
);

/** How big an act of care was: one choice among small, medium and big, as chips. */
export function EffortChips({
  name,
  effort,
  onEffort,
}: {
  /** The radio group's name; unique on the page. */
  readonly name: string;
  readonly effort: Effort;
  readonly onEffort: (effort: Effort) => void;
}) {
  return (
    <fieldset className="chips">
      <legend>{t('log.effort')}</legend>
      {EFFORTS.map((option) => (
        <label key={option} className="chip">
          <input
            type="radio"
            name={name}
            value={option}
            checked={effort === option}
            onChange={() => onEffort(option)}
          />
          <span>{effortLabel(option)}</span>
        </label>
      ))}
    </fieldset>
  );
}
