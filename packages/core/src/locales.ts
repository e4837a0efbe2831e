/**
 * The languages recipro speaks. The web renders every screen in one of them, the server writes
 * each person's emails, pushes and calendar feed in theirs, and an account keeps its choice.
 */
export const LOCALES = ['en', 'es', 'hi', 'ar'] as const;
export type Locale = (typeof LOCALES)[number];

export const DEFAULT_LOCALE: Locale = 'en';

/** Each language named in itself, as a picker lists it. */
export const LOCALE_NAMES: Readonly<Record<Locale, string>> = {
  en: 'English',
  es: 'Español',
  hi: 'हिन्दी',
  ar: 'العربية',
};

/** The languages written right to left. */
const RIGHT_TO_LEFT: ReadonlySet<Locale> = new Set(['ar']);

export const isLocale = (value: unknown): value is Locale =>
  typeof value === 'string' && (LOCALES as readonly string[]).includes(value);

export const directionOf = (locale: Locale): 'ltr' | 'rtl' =>
  RIGHT_TO_LEFT.has(locale) ? 'rtl' : 'ltr';

/**
 * The first language recipro speaks among those a person asks for, in their order of preference
 * (a browser's `navigator.languages`, or the tags of an Accept-Language header): a tag matches by
 * its language ("es-MX" → es). English when none matches.
 */
export function pickLocale(wanted: readonly string[]): Locale {
  for (const tag of wanted) {
    const language = tag.trim().toLowerCase().split(/[-_]/)[0];
    if (isLocale(language)) return language;
  }
  return DEFAULT_LOCALE;
}
