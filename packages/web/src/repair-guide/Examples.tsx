import type { GuideTextStep } from '@recipro/core';
import { t } from '../i18n/index.ts';
import { EXAMPLES } from './steps.ts';

/**
 * Examples for one step, behind a disclosure: words to start from, clearly said to be put in
 * one's own words. "Start from this" puts one in the step's text (below what is written).
 */
export function Examples({
  step,
  onUse,
}: {
  readonly step: GuideTextStep;
  readonly onUse: (example: string) => void;
}) {
  return (
    <details className="more guide-examples">
      <summary>{t('repairGuide.examples')}</summary>
      <p className="hint">{t('repairGuide.examples.caption')}</p>
      <ul className="guide-example-list">
        {EXAMPLES[step].map((key) => {
          const example = t(key);
          return (
            <li key={key} className="guide-example">
              <p>{example}</p>
              <button
                type="button"
                className="link"
                aria-label={t('repairGuide.examples.use.label', { example })}
                onClick={() => onUse(example)}
              >
                {t('repairGuide.examples.use')}
              </button>
            </li>
          );
        })}
      </ul>
    </details>
  );
}
