/**
 * Choosing and loading the app's language. On a first visit it is the first of the browser's
 * languages recipro speaks; a choice made on this device is kept here (signed out too), and a
 * signed-in person's account keeps theirs for every device (App.tsx follows it). Each
 * language's catalogue, English's too, is its own chunk, fetched when chosen.
 */
import { isLocale, LOCALES, pickLocale, type Locale } from '@recipro/core';
import { areasIn } from './areas.ts';
import { activeLocale, installCatalogue, type AppLocale, type Catalogue } from './index.ts';

const STORED = 'recipro.locale';

const LOADERS: Readonly<Record<Locale, () => Promise<Catalogue>>> = {
  en: () => import('./en.ts').then((module) => module.en),
  es: () => import('./es.ts').then((module) => module.es),
  hi: () => import('./hi.ts').then((module) => module.hi),
  ar: () => import('./ar.ts').then((module) => module.ar),
};

/** The languages a person can pick: recipro's, and in development the pseudo-locale too. */
export const pickableLocales = (): readonly AppLocale[] =>
  import.meta.env.DEV ? [...LOCALES, 'en-XA'] : LOCALES;

const isPickable = (value: unknown): value is AppLocale =>
  isLocale(value) || (import.meta.env.DEV && value === 'en-XA');

/** The language this device chose before, else the browser's first that recipro speaks. */
export function deviceLocale(): AppLocale {
  try {
    const stored = localStorage.getItem(STORED);
    if (isPickable(stored)) return stored;
  } catch {
    // Storage refused (private mode): the browser's languages decide.
  }
  return pickLocale(navigator.languages?.length ? navigator.languages : [navigator.language]);
}

/** Keeps `locale` as this device's choice. */
export function rememberOnDevice(locale: AppLocale): void {
  try {
    localStorage.setItem(STORED, locale);
  } catch {
    // Not kept: the next visit asks the browser again.
  }
}

let latest = 0;

/**
 * Loads `locale`'s catalogue and makes it the app's language, the document's `lang` and `dir`
 * following it. When switches overlap, the last asked for wins.
 */
export async function switchLocale(locale: AppLocale): Promise<void> {
  const ticket = ++latest;
  const [catalogue, areas] = await Promise.all([
    locale === 'en-XA'
      ? Promise.all([import('./pseudo.ts'), import('./en.ts')]).then(([pseudo, english]) =>
          pseudo.pseudoCatalogue(english.en),
        )
      : LOADERS[locale](),
    areasIn(locale),
  ]);
  if (ticket !== latest) return;
  installCatalogue(locale, { ...catalogue, ...areas });
  if (typeof document !== 'undefined') {
    document.documentElement.lang = locale;
    document.documentElement.dir = activeLocale().direction;
  }
}
