import { useId } from 'react';
import { collator, displayNames, t } from '../i18n/index.ts';
import { HELPLINES } from './helplines.ts';

export const countryName = (code: string): string =>
  displayNames({ type: 'region' }).of(code) ?? code;

/** Chooses whose help lines to show; '' is "another country" (the directories). */
export function CountryPicker({
  value,
  onChange,
}: {
  readonly value: string;
  readonly onChange: (country: string) => void;
}) {
  const id = useId();
  const countries = HELPLINES.map((entry) => entry.country).sort((a, b) =>
    collator().compare(countryName(a), countryName(b)),
  );
  return (
    <div className="field country-picker">
      <label htmlFor={id}>{t('supportPage.country')}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        {countries.map((code) => (
          <option key={code} value={code}>
            {countryName(code)}
          </option>
        ))}
        <option value="">{t('supportPage.country.other')}</option>
      </select>
    </div>
  );
}
