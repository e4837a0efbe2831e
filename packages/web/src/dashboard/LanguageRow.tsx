import type { CareLanguage } from '@recipro/core';
import { t } from '../i18n/index.ts';
import { languageHint, languageLabel } from './labels.ts';

interface LanguageRowProps {
  readonly language: CareLanguage;
  readonly place: number;
  readonly count: number;
  readonly onMove: (language: CareLanguage, by: -1 | 1) => void;
  readonly buttonRef: (direction: 'up' | 'down', element: HTMLButtonElement | null) => void;
}

/** One care language in the ranking, with buttons to move it up or down one place. */
export function LanguageRow({ language, place, count, onMove, buttonRef }: LanguageRowProps) {
  const name = languageLabel(language);
  return (
    <li className={place <= 3 ? 'language-row top' : 'language-row'}>
      <span className="language-place" aria-hidden="true">
        {place}
      </span>
      <span className="language-text">
        <span className="language-name">{name}</span>
        <span className="hint">{languageHint(language)}</span>
      </span>
      <span className="language-moves">
        <button
          type="button"
          className="move"
          ref={(element) => buttonRef('up', element)}
          aria-label={t('languages.up', { name })}
          disabled={place === 1}
          onClick={() => onMove(language, -1)}
        >
          <span aria-hidden="true">↑</span>
        </button>
        <button
          type="button"
          className="move"
          ref={(element) => buttonRef('down', element)}
          aria-label={t('languages.down', { name })}
          disabled={place === count}
          onClick={() => onMove(language, 1)}
        >
          <span aria-hidden="true">↓</span>
        </button>
      </span>
    </li>
  );
}
