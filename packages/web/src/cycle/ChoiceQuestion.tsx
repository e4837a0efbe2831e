import type { ChoiceItem } from '@recipro/core';
import { sentenceCase } from './sentence-case.ts';

interface ChoiceQuestionProps {
  readonly item: ChoiceItem;
  readonly name: string;
  readonly value: number | undefined;
  readonly onChange: (position: number) => void;
  readonly missing: boolean;
}

/** A question with its printed options, each a real radio; text and labels exactly as given. */
export function ChoiceQuestion({ item, name, value, onChange, missing }: ChoiceQuestionProps) {
  return (
    <fieldset className={missing ? 'question missing' : 'question'} data-item={item.id}>
      <legend>
        <span className="item-number">{item.number}.</span> {item.text}
      </legend>
      <div className="option-list">
        {item.options.map((option, position) => (
          <label key={option.label} className="option">
            <input
              type="radio"
              name={name}
              value={position}
              checked={value === position}
              onChange={() => onChange(position)}
            />
            <span className="option-label">{sentenceCase(option.label)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
