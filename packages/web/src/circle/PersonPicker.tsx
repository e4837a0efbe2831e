import type { CircleMember } from '../api.ts';
import { t } from '../i18n/index.ts';

interface PersonPickerProps {
  readonly people: readonly CircleMember[];
  readonly selected: string;
  readonly onSelect: (memberId: string) => void;
  readonly groupName: string;
}

/** Who an act of care is for: one choice among the other members, shown as chips. */
export function PersonPicker({ people, selected, onSelect, groupName }: PersonPickerProps) {
  return (
    <fieldset className="chips">
      <legend>{t('log.who')}</legend>
      {people.map((person) => (
        <label key={person.id} className="chip">
          <input
            type="radio"
            name={groupName}
            value={person.id}
            checked={selected === person.id}
            onChange={() => onSelect(person.id)}
          />
          <span dir="auto">{person.name}</span>
        </label>
      ))}
    </fieldset>
  );
}
