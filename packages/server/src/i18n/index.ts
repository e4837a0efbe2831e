/**
 * The server's own words in each person's language: the pushes and emails about updates, the
 * reminders, the account emails, the calendar feed, the unsubscribe page. `wordsFor(locale)`
 * gives what a message to one person is written with: `t(key, params)` renders a message of that
 * language's catalogue (ICU MessageFormat through FormatJS's intl-messageformat, as the web's
 * catalogues), `list` joins names as the language does. Someone who never chose a language
 * (`users.locale` null) reads English, the source every catalogue translates.
 *
 * The server has no build step, so a message is parsed the first time it is used and kept
 * compiled per language, key and the names of the numbers given; numbers are written as the
 * language writes them (Intl, in that language).
 */
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { DEFAULT_LOCALE, directionOf, isolate, type Locale } from '@recipro/core';
import { IntlMessageFormat } from 'intl-messageformat';
import { ar } from './ar.ts';
import { en, type Catalogue, type MessageKey } from './en.ts';
import { es } from './es.ts';
import { hi } from './hi.ts';

export type { Catalogue, MessageKey } from './en.ts';

export const CATALOGUES: Readonly<Record<Locale, Catalogue>> = { en, es, hi, ar };

export type Params = Readonly<Record<string, string | number>>;

/** What the server writes to one person with: their language, its direction, its messages. */
export interface Words {
  readonly locale: Locale;
  readonly direction: 'ltr' | 'rtl';
  /** The message `key` in this language with `params` filled in. */
  t(key: MessageKey, params?: Params): string;
  /** "A and B" as this language joins names, each name isolated when it runs the other way. */
  list(items: readonly string[]): string;
}

/** A compiled message, and the placeholders it picks plural forms by (they must be numbers). */
interface Compiled {
  readonly format: IntlMessageFormat;
  readonly counts: readonly string[];
}

const compiled = new Map<string, Compiled>();

/**
 * ICU prints a bare `{count}` given a number as its digits; a placeholder given a number becomes
 * a number placeholder, so it is written as the language writes numbers (the web does the same).
 */
function numbersFormatted(
  elements: readonly MessageFormatElement[],
  numbers: ReadonlySet<string>,
): MessageFormatElement[] {
  return elements.map((element) => {
    if (element.type === TYPE.argument && numbers.has(element.value)) {
      return { type: TYPE.number, value: element.value, location: element.location, style: null };
    }
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      const options = Object.fromEntries(
        Object.entries(element.options).map(([name, option]) => [
          name,
          { ...option, value: numbersFormatted(option.value, numbers) },
        ]),
      );
      return { ...element, options } as MessageFormatElement;
    }
    return element;
  });
}

function pluralNames(elements: readonly MessageFormatElement[], into: string[] = []): string[] {
  for (const element of elements) {
    if (element.type === TYPE.plural) into.push(element.value);
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      for (const option of Object.values(element.options)) pluralNames(option.value, into);
    }
  }
  return into;
}

function compile(locale: Locale, key: MessageKey, numbers: readonly string[]): Compiled {
  const id = `${locale}|${key}|${numbers.join(',')}`;
  let found = compiled.get(id);
  if (!found) {
    const elements = parse(CATALOGUES[locale][key], { ignoreTag: true });
    const format = new IntlMessageFormat(
      numbersFormatted(elements, new Set(numbers)),
      locale,
      undefined,
      { ignoreTag: true },
    );
    found = { format, counts: pluralNames(elements) };
    compiled.set(id, found);
  }
  return found;
}

function render(locale: Locale, key: MessageKey, params: Params = {}): string {
  const direction = directionOf(locale);
  const values: Record<string, string | number> = {};
  const numbers: string[] = [];
  for (const [name, value] of Object.entries(params)) {
    if (typeof value === 'number') numbers.push(name);
    values[name] = typeof value === 'number' ? value : isolate(value, direction);
  }
  try {
    const { format, counts } = compile(locale, key, numbers.sort());
    const notCounted = counts.find((name) => typeof values[name] !== 'number');
    if (notCounted !== undefined) throw new TypeError(`{${notCounted}} picks a plural: a number`);
    return String(format.format(values));
  } catch (error) {
    // A translation that cannot be rendered says the English rather than send nothing;
    // i18n/catalogues.test.ts keeps this from happening.
    process.emitWarning(`recipro: the ${locale} message ${key} could not be formatted: ${error}`);
    return locale === DEFAULT_LOCALE ? key : render(DEFAULT_LOCALE, key, params);
  }
}

const made = new Map<Locale, Words>();

/** The words for someone whose account keeps `locale` (null: not chosen, so English). */
export function wordsFor(locale: Locale | null): Words {
  const language = locale ?? DEFAULT_LOCALE;
  let words = made.get(language);
  if (!words) {
    const direction = directionOf(language);
    let lists: Intl.ListFormat | undefined;
    words = {
      locale: language,
      direction,
      t: (key, params) => render(language, key, params),
      list(items) {
        lists ??= new Intl.ListFormat(language, { type: 'conjunction' });
        return lists
          .formatToParts(items)
          .map((part) => (part.type === 'element' ? isolate(part.value, direction) : part.value))
          .join('');
      },
    };
    made.set(language, words);
  }
  return words;
}

/** One message in `locale` (null: English): `wordsFor(locale).t(key, params)`. */
export const translate = (locale: Locale | null, key: MessageKey, params?: Params): string =>
  wordsFor(locale).t(key, params);
