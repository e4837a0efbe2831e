import { useId, useMemo } from 'react';
import { timeZones } from './timezones.ts';

/** A labelled choice of IANA time zone. */
export function TimeZoneField({
  label,
  value,
  onChange,
}: {
  readonly label: string;
  readonly value: string;
  readonly onChange: (zone: string) => void;
}) {
  const id = useId();
  const zones = useMemo(() => timeZones(value), [value]);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        className="select"
        value={value}
        onChange={(event) => onChange(event.target.value)}
      >
        {zones.map((zone) => (
          <option key={zone} value={zone}>
            {zone.replaceAll('_', ' ')}
          </option>
        ))}
      </select>
    </div>
  );
}
