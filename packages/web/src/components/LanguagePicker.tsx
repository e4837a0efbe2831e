import { LOCALE_NAMES, type Locale } from '@recipro/core';
import { useEffect, useId, useRef } from 'react';
import { t, useLocale, type AppLocale } from '../i18n/index.ts';
import { pickableLocales, rememberOnDevice, switchLocale } from '../i18n/load.ts';

const nameOf = (locale: AppLocale): string =>
  locale === 'en-XA' ? 'Ëñĝļîšĥ (pseudo)' : LOCALE_NAMES[locale as Locale];

/**
 * A choice of language, each named in itself. Choosing one switches the app at once and keeps it
 * on this device; `onChosen` keeps it further (with the account, when someone is signed in).
 */
export function LanguagePicker({
  hint,
  onChosen,
}: {
  readonly hint?: string | undefined;
  readonly onChosen?: ((locale: AppLocale) => void) | undefined;
}) {
  const id = useId();
  const locale = useLocale();
  const select = useRef<HTMLSelectElement>(null);
  // The page's words all change under the person's hand: the choice keeps its focus.
  const hadFocus = useRef(false);
  useEffect(() => {
    if (hadFocus.current) select.current?.focus();
  }, [locale]);

  return (
    <div className="field">
      <label htmlFor={id}>{t('language.label')}</label>
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      <select
        id={id}
        ref={select}
        value={locale}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(event) => {
          const chosen = event.target.value as AppLocale;
          hadFocus.current = true;
          rememberOnDevice(chosen);
          void switchLocale(chosen).then(() => onChosen?.(chosen));
        }}
      >
        {pickableLocales().map((option) => (
          <option key={option} value={option} lang={option}>
            {nameOf(option)}
          </option>
        ))}
      </select>
    </div>
  );
}
