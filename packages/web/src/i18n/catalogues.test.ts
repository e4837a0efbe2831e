import type { Locale } from '@recipro/core';
import { describe, expect, it } from 'vitest';
import { messageArguments, pluralOptions } from './arguments.ts';
import { completeCatalogues } from './complete.ts';

type Strings = Readonly<Record<string, string>>;

/** Every language's whole catalogue, every area included, against English. */
const LANGUAGES = (['es', 'hi', 'ar'] as const).map((locale) => ({
  locale,
  all: completeCatalogues[locale],
}));

const english: Strings = completeCatalogues.en;

/**
 * The one placeholder a language may use that its English does not: `{hour}` beside a `{time}`,
 * the hour the time shows, for a language that says the words before a time by it (Spanish "a la
 * 1:30", "a las 2:30"; i18n/times.ts's `clockHour`). Every message with a `{time}` is given it.
 */
const BESIDE_TIME = 'hour';
const sorted = (names: Iterable<string>) => [...names].sort();

/** Words of debt and score in each language (the English are held by i18n.test.ts). */
const NEVER: Readonly<Record<Exclude<Locale, 'en'>, RegExp>> = {
  es: /\b(deuda|deudas|puntuaci[oó]n|marcador)\b/i,
  hi: /क़र्ज़|कर्ज़|कर्ज|बकाया|ऋण/,
  // Whole words only: "مدين" is also inside "المدينة" (the city).
  ar: /(^|[\s«(])(ال)?(مدين|مديون|ديون|نقاط)(?=$|[\s».,،؛)])/,
};

describe.each(LANGUAGES)('the $locale catalogue', ({ locale, all }) => {
  it('has every English key, and no other', () => {
    expect(sorted(Object.keys(all))).toEqual(sorted(Object.keys(english)));
  });

  it('gives every message the placeholders of its English, in ICU MessageFormat', () => {
    const differing: string[] = [];
    for (const [key, message] of Object.entries(all)) {
      const source = english[key];
      if (source === undefined) continue;
      const theirs = messageArguments(message);
      const theirNames = [...theirs.names].filter(
        (name) => !(name === BESIDE_TIME && /\{time\}/.test(source)),
      );
      if (sorted(theirNames).join() !== sorted(messageArguments(source).names).join())
        differing.push(`${key}: ${message}`);
      if (theirs.withoutOther.length > 0) differing.push(`${key}: a plural with no "other"`);
    }
    expect(differing).toEqual([]);
  });

  it('writes each plural in every form the language has', () => {
    const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
    // Spanish "many" is for millions and more, which recipro never counts.
    const needed = categories.filter((c) => !(locale === 'es' && c === 'many'));
    const missing: string[] = [];
    for (const [key, message] of Object.entries(all)) {
      for (const options of pluralOptions(message)) {
        for (const category of needed) {
          // A form for exactly one ("=1") stands in for "one" where "one" covers more numbers.
          const covered =
            options.includes(category) || (category === 'one' && options.includes('=1'));
          if (!covered) missing.push(`${key}: ${category}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('is in its own language: no message left as the English', () => {
    // Names of things that are the same in every language: the product, chat apps, formats.
    const same = /^(recipro|WhatsApp|Telegram|Messenger|Signal|CSV|JSON|PDF|CSI-4|CSI-16)$/;
    const words = (message: string) => message.replace(/\{[^{}]*\}/g, '').trim();
    const untranslated = Object.entries(all).filter(
      ([key, message]) =>
        message === english[key] && /[a-z]{3}/i.test(words(message)) && !same.test(words(message)),
    );
    expect(untranslated.map(([key, message]) => `${key}: ${message}`)).toEqual([]);
  });

  it('never speaks of debt or score', () => {
    const said = Object.entries(all).filter(([, message]) => NEVER[locale].test(message));
    expect(said.map(([key, message]) => `${key}: ${message}`)).toEqual([]);
  });
});
