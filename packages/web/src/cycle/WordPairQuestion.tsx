import type { WordPairItem } from '@recipro/core';
import { t } from '../i18n/index.ts';
import { sentenceCase } from './sentence-case.ts';

interface WordPairQuestionProps {
  readonly item: WordPairItem;
  readonly name: string;
  readonly value: number | undefined;
  readonly onChange: (position: number) => void;
  readonly missing: boolean;
}

/**
 * A word pair: unlabelled positions between the left and the right word, as the authors print
 * them. Each position has a name for screen readers only.
 */
export function WordPairQuestion({ item, name, value, onChange, missing }: WordPairQuestionProps) {
  const count = item.scores.length;
  return (
    <fieldset className={missing ? 'question pair-question missing' : 'question pair-question'}>
      <legend>
        <span className="item-number">{item.number}.</span> {sentenceCase(item.left)} –{' '}
        {sentenceCase(item.right)}
      </legend>
      <div className="pair-scale">
        <span className="pair-word" aria-hidden="true">
          {sentenceCase(item.left)}
        </span>
        <span className="pair-dots">
          {item.scores.map((_score, position) => (
            <label key={position} className="pair-dot">
              <input
                type="radio"
                name={name}
                value={position}
                checked={value === position}
                onChange={() => onChange(position)}
                aria-label={t('checkin.pair.position', {
                  position: position + 1,
                  count,
                  left: sentenceCase(item.left),
                  right: sentenceCase(item.right),
                })}
              />
            </label>
          ))}
        </span>
        <span className="pair-word" aria-hidden="true">
          {sentenceCase(item.right)}
        </span>
      </div>
    </fieldset>
  );
}
