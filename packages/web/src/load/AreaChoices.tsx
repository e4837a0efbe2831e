import { RESPONSIBILITY_AREAS, type ResponsibilityArea } from '@recipro/core';
import { areaLabel } from './labels.ts';

interface AreaChoicesProps {
  readonly legend: string;
  readonly name: string;
  readonly value: ReadonlySet<ResponsibilityArea>;
  readonly onChange: (next: ReadonlySet<ResponsibilityArea>) => void;
}

/** Areas of responsibility as check chips. */
export function AreaChoices({ legend, name, value, onChange }: AreaChoicesProps) {
  return (
    <fieldset className="chips">
      <legend>{legend}</legend>
      {RESPONSIBILITY_AREAS.map((area) => (
        <label key={area} className="chip">
          <input
            type="checkbox"
            name={name}
            checked={value.has(area)}
            onChange={(event) => {
              const next = new Set(value);
              if (event.target.checked) next.add(area);
              else next.delete(area);
              onChange(next);
            }}
          />
          {areaLabel(area)}
        </label>
      ))}
    </fieldset>
  );
}
