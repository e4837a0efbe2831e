import type { Locale } from '@recipro/core';
import { useEffect, useState } from 'react';
import { guideText as catalogueText } from '../components/guide-catalogue.ts';
import { enGuideBodies } from '../i18n/en-guide-bodies.ts';
import { activeLocale, render, useLocale, type AppLocale, type Catalogue } from '../i18n/index.ts';

/**
 * The guides' own words (lead, paragraphs, "try this") come with the Guides screens, in the
 * reader's language, not with the catalogue every screen loads; titles come from that catalogue.
 */
const loaded = new Map<AppLocale, Catalogue>([['en', enGuideBodies]]);

const LOADERS: Readonly<Record<Exclude<Locale, 'en'>, () => Promise<Catalogue>>> = {
  es: () => import('../i18n/es-guide-bodies.ts').then((module) => module.esGuideBodies),
  hi: () => import('../i18n/hi-guide-bodies.ts').then((module) => module.hiGuideBodies),
  ar: () => import('../i18n/ar-guide-bodies.ts').then((module) => module.arGuideBodies),
};

/** Loads the guides' words in `locale` (the current language unless given), once. */
export async function loadGuideBodies(locale: AppLocale = activeLocale().locale): Promise<void> {
  if (loaded.has(locale)) return;
  const bodies =
    locale === 'en-XA'
      ? (await import('../i18n/pseudo.ts')).pseudoCatalogue(enGuideBodies)
      : await LOADERS[locale as Exclude<Locale, 'en'>]();
  loaded.set(locale, bodies);
}

/** A guide's words by key in the current language (English until its words have loaded). */
export function guideText(key: string): string {
  const bodies: Catalogue = loaded.get(activeLocale().locale) ?? enGuideBodies;
  const body = bodies[key];
  return body === undefined ? catalogueText(key) : render(key, body);
}

/**
 * For a screen showing guides: renders again once the guides' words are in after the language
 * changed (the screens' loader has them in before the first render, see Routes.tsx).
 */
export function useGuideBodies(): void {
  const locale = useLocale();
  const [, setLoadedFor] = useState<AppLocale>();
  useEffect(() => {
    let live = true;
    void loadGuideBodies(locale).then(() => {
      if (live) setLoadedFor(locale);
    });
    return () => {
      live = false;
    };
  }, [locale]);
}
