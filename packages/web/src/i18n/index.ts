/**
 * The i18n layer: `t(key, params)` renders a message of the current language's catalogue, an
 * ICU MessageFormat message (plurals, selects) through FormatJS's intl-messageformat; numbers,
 * dates and lists go through Intl in the same language (i18n/formats.ts). English is always
 * here (it is the source every language translates); another language's catalogue is loaded when
 * chosen (i18n/load.ts).
 */
import { isolate } from '@recipro/core';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { IntlMessageFormat } from 'intl-messageformat';
import { en, type MessageKey } from './en.ts';
import { dateTimeFormat, numberFormat, relativeTimeFormat } from './formats.ts';
import { fillPlain, isPlain } from './plain.ts';
import { activeLocale, setActiveLocale, type AppLocale } from './state.ts';

export type { MessageKey, Messages } from './en.ts';
export type { AppLocale } from './state.ts';
export { activeLocale, onLocaleChange, useLocale } from './state.ts';

/** A message as text, or compiled ahead of time by the build (see i18n/plain.ts). */
export type Message = string | readonly MessageFormatElement[];
export type Catalogue = Readonly<Record<string, Message>>;
export type Params = Readonly<Record<string, string | number>>;

let catalogue: Catalogue = en;
/** Compiled messages of the current language, by key and the names of the numbers given. */
const compiled = new Map<string, Compiled>();

/** Makes `messages` the catalogue the app speaks, in `locale`. */
export function installCatalogue(locale: AppLocale, messages: Catalogue): void {
  catalogue = messages;
  compiled.clear();
  setActiveLocale(locale);
}

/** Adds messages of the current language (an area loaded with its screens, i18n/areas.ts). */
export function addMessages(messages: Catalogue): void {
  catalogue = { ...catalogue, ...messages };
}

/**
 * ICU prints a bare `{count}` given a number as the number's digits; recipro's messages want
 * it written as the language writes numbers ("2,000", "2.000", with the digits Intl's data gives
 * the locale), so a placeholder that is given a number becomes a number placeholder.
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
    if (element.type === TYPE.tag) {
      return { ...element, children: numbersFormatted(element.children, numbers) };
    }
    return element;
  });
}

/**
 * A compiled message, the placeholders it picks plural forms by (they must be numbers), and those
 * it picks a `select` option by (a choice such as a circle's kind: filled in as given, never
 * isolated, or no option would match it).
 */
interface Compiled {
  readonly format: IntlMessageFormat;
  readonly counts: readonly string[];
  readonly choices: ReadonlySet<string>;
}

function pluralNames(elements: readonly MessageFormatElement[], into: string[] = []): string[] {
  for (const element of elements) {
    if (element.type === TYPE.plural) into.push(element.value);
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      for (const option of Object.values(element.options)) pluralNames(option.value, into);
    }
    if (element.type === TYPE.tag) pluralNames(element.children, into);
  }
  return into;
}

function selectNames(elements: readonly MessageFormatElement[], into = new Set<string>()) {
  for (const element of elements) {
    if (element.type === TYPE.select) into.add(element.value);
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      for (const option of Object.values(element.options)) selectNames(option.value, into);
    }
    if (element.type === TYPE.tag) selectNames(element.children, into);
  }
  return into;
}

function compile(key: string, message: Message, numbers: readonly string[]): Compiled {
  const id = `${key}|${numbers.join(',')}`;
  let found = compiled.get(id);
  if (!found) {
    const elements = typeof message === 'string' ? parse(message, { ignoreTag: true }) : message;
    const format = new IntlMessageFormat(
      numbersFormatted(elements, new Set(numbers)),
      activeLocale().intl,
      undefined,
      { ignoreTag: true },
    );
    found = { format, counts: pluralNames(elements), choices: selectNames(elements) };
    compiled.set(id, found);
  }
  return found;
}

/** True when the current language has a message under this key (for keys made at run time). */
export const hasMessage = (key: string): key is MessageKey => Object.hasOwn(catalogue, key);

/** Renders `message` (of `key`) in the current language with `params` filled in. */
export function render(key: string, message: Message, params?: Params): string {
  const { direction } = activeLocale();
  if (typeof message === 'string' && isPlain(message)) {
    if (!params) return message;
    return fillPlain(message, (name) => {
      const value = params[name];
      if (value === undefined) return undefined;
      return typeof value === 'number' ? numberFormat().format(value) : isolate(value, direction);
    });
  }
  const given = Object.entries(params ?? {});
  const numbers = given.filter(([, value]) => typeof value === 'number').map(([name]) => name);
  try {
    const { format, counts, choices } = compile(key, message, numbers.sort());
    const values: Record<string, string | number> = {};
    for (const [name, value] of given) {
      values[name] =
        typeof value === 'number' || choices.has(name) ? value : isolate(value, direction);
    }
    const notCounted = counts.find((name) => typeof values[name] !== 'number');
    if (notCounted !== undefined) throw new TypeError(`{${notCounted}} picks a plural: a number`);
    return String(format.format(values));
  } catch (error) {
    // A translation that asks for a number where the screen gave words (or the like) shows
    // the English message rather than break the screen; catalogues.test.ts keeps this rare.
    console.error(`recipro: the message ${key} could not be formatted`, error);
    const english = (en as Catalogue)[key];
    return english !== undefined && english !== message ? render(key, english, params) : key;
  }
}

/** The message for `key` in the current language, with its placeholders filled in. */
export function t(key: MessageKey, params?: Params): string {
  const message = catalogue[key] ?? (en as Catalogue)[key];
  if (message === undefined) {
    // A message of an area whose screen did not load it first (i18n/areas.ts): a bug.
    console.error(`recipro: no message ${key} in ${activeLocale().locale}`);
    return '';
  }
  return render(key, message, params);
}

/** `t` for a message that speaks of `count` things: `{count, plural, …}` picks the form. */
export function tn(key: MessageKey, count: number, params?: Params): string {
  return t(key, { ...params, count });
}

export const formatNumber = (value: number): string => numberFormat().format(value);

export const formatDate = (iso: string): string =>
  dateTimeFormat({ dateStyle: 'medium' }).format(new Date(iso));
export const formatDateTime = (iso: string): string =>
  dateTimeFormat({ dateStyle: 'full', timeStyle: 'short' }).format(new Date(iso));

const UNITS: readonly [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

/** "5 minutes ago", "yesterday", "now": how long before `now` the time `iso` was. */
export function formatRelative(iso: string, now: number = Date.now()): string {
  const relative = relativeTimeFormat({ numeric: 'auto' });
  const seconds = Math.round((new Date(iso).getTime() - now) / 1000);
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return relative.format(Math.round(seconds / size), unit);
  }
  return relative.format(0, 'second');
}

export {
  andList,
  collator,
  dateTimeFormat,
  displayNames,
  formatPercent,
  listFormat,
  lowerCase,
  numberFormat,
} from './formats.ts';
