import { directionOf, type Locale } from '@recipro/core';
import { useSyncExternalStore } from 'react';

/**
 * The language the app speaks now. `en-XA` is the pseudo-locale of development (longer, accented
 * English, i18n/pseudo.ts) that shows text cut off or left out of the catalogue.
 */
export type AppLocale = Locale | 'en-XA';

export interface ActiveLocale {
  readonly locale: AppLocale;
  /** The locale Intl formats in (the pseudo-locale formats as English). */
  readonly intl: string;
  readonly direction: 'ltr' | 'rtl';
}

let active: ActiveLocale = { locale: 'en', intl: 'en', direction: 'ltr' };
const listeners = new Set<() => void>();

export const activeLocale = (): ActiveLocale => active;

/** Makes `locale` the app's language and tells every listener (after the catalogue is in). */
export function setActiveLocale(locale: AppLocale): void {
  if (locale === active.locale) return;
  active =
    locale === 'en-XA'
      ? { locale, intl: 'en', direction: 'ltr' }
      : { locale, intl: locale, direction: directionOf(locale) };
  for (const listener of listeners) listener();
}

/** Calls `listener` whenever the language changes; returns how to stop. */
export function onLocaleChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The app's current language, re-rendering the component that reads it when it changes. */
export const useLocale = (): AppLocale => useSyncExternalStore(onLocaleChange, () => active.locale);
