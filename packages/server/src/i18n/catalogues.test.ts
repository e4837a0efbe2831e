import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { LOCALES, NEVER_SAID, type Locale } from '@recipro/core';
import { describe, expect, it, vi } from 'vitest';
import { CATALOGUES, translate, type MessageKey, type Params } from './index.ts';

const english = CATALOGUES.en;
const keys = Object.keys(english) as MessageKey[];
const sorted = (names: Iterable<string>) => [...names].sort();

interface Arguments {
  /** Every placeholder's name. */
  readonly names: Set<string>;
  /** The placeholders that pick a plural form. */
  readonly counts: Set<string>;
  /** The forms each plural offers ("one", "other", "=1" …), one list per plural. */
  readonly plurals: string[][];
  /** Plural and select placeholders with no `other` form (ICU needs one). */
  readonly withoutOther: string[];
}

/** What a message takes, read from its ICU syntax tree; throws when it does not parse. */
function argumentsOf(message: string): Arguments {
  const found: Arguments = { names: new Set(), counts: new Set(), plurals: [], withoutOther: [] };
  const walk = (elements: readonly MessageFormatElement[]) => {
    for (const element of elements) {
      if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
      if (element.type === TYPE.tag) {
        walk(element.children);
        continue;
      }
      found.names.add(element.value);
      if (element.type === TYPE.plural) {
        found.counts.add(element.value);
        found.plurals.push(Object.keys(element.options));
      }
      if (element.type === TYPE.plural || element.type === TYPE.select) {
        if (!('other' in element.options)) found.withoutOther.push(element.value);
        for (const option of Object.values(element.options)) walk(option.value);
      }
    }
  };
  walk(parse(message, { ignoreTag: true }));
  return found;
}

/** Something for each placeholder of English's message: a number where it picks a plural. */
function sampleParams(key: MessageKey, count: number): Params {
  const { names, counts } = argumentsOf(english[key]);
  return Object.fromEntries(
    [...names].map((name) => [name, counts.has(name) ? count : `Sam ${name}`]),
  );
}

/** Words of debt and score in each language (English: core's words never said). */
const NEVER: Readonly<Record<Locale, RegExp>> = {
  en: NEVER_SAID,
  es: /\b(deuda|deudas|debes|debe|puntuaci[oó]n|marcador|culpa)\b/i,
  hi: /क़र्ज़|कर्ज़|कर्ज|बकाया|ऋण|दोष/,
  // Whole words only: "مدين" is also inside "المدينة" (the city).
  ar: /(^|[\s«(])(ال)?(مدين|مديون|ديون|دين|نقاط|لوم)(?=$|[\s».,،؛)])/,
};

describe.each(LOCALES.filter((l) => l !== 'en'))('the server’s %s catalogue', (locale) => {
  const theirs = CATALOGUES[locale];

  it('has every English key, and no other', () => {
    expect(sorted(Object.keys(theirs))).toEqual(sorted(keys));
  });

  it('gives every message the placeholders of its English, in ICU MessageFormat', () => {
    const differing = keys.filter((key) => {
      const mine = argumentsOf(theirs[key]);
      const source = argumentsOf(english[key]);
      return (
        sorted(mine.names).join() !== sorted(source.names).join() ||
        sorted(mine.counts).join() !== sorted(source.counts).join() ||
        mine.withoutOther.length > 0
      );
    });
    expect(differing.map((key) => `${key}: ${theirs[key]}`)).toEqual([]);
  });

  it('is in its own language: no message left as the English', () => {
    const words = (message: string) => message.replace(/\{[^{}]*\}/g, '').trim();
    const untranslated = keys.filter(
      (key) => theirs[key] === english[key] && /[a-z]{3}/i.test(words(theirs[key])),
    );
    expect(untranslated).toEqual([]);
  });
});

describe.each(LOCALES)('the server’s %s messages', (locale) => {
  const theirs = CATALOGUES[locale];

  it('write each plural in every form the language has', () => {
    const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
    // Spanish "many" is for millions and more, which recipro never counts.
    const needed = categories.filter((c) => !(locale === 'es' && c === 'many'));
    const missing: string[] = [];
    for (const key of keys) {
      for (const options of argumentsOf(theirs[key]).plurals) {
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

  it('render with every count, none falling back to English', () => {
    const warned = vi.spyOn(process, 'emitWarning').mockImplementation(() => {});
    for (const key of keys) {
      for (const count of [0, 1, 2, 3, 11, 100, 1001]) {
        const text = translate(locale, key, sampleParams(key, count));
        expect(text, key).not.toMatch(/[{}]|undefined|NaN/);
      }
    }
    expect(warned).not.toHaveBeenCalled();
  });

  it('never use an ASCII apostrophe, which ICU reads as quoting', () => {
    expect(keys.filter((key) => theirs[key].includes("'"))).toEqual([]);
  });

  it('never speak of debt, score or blame', () => {
    const said = keys.filter((key) => NEVER[locale].test(theirs[key]));
    expect(said.map((key) => `${key}: ${theirs[key]}`)).toEqual([]);
  });
});
