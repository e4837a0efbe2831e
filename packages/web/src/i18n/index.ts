/**
 * The i18n layer: `t(key, params)` for strings, `tn(key, count, params)` for plurals, and
 * Intl-based formatters for numbers and times. Only English exists today; a new language is a
 * new Messages object selected here.
 */
import { en, type MessageKey, type Messages } from './en.ts';

export type { MessageKey } from './en.ts';

export const LOCALE = 'en';
const messages: Messages = en;

export type Params = Readonly<Record<string, string | number>>;

const numberFormat = new Intl.NumberFormat(LOCALE);
const pluralRules = new Intl.PluralRules(LOCALE);

/** A letter of a right-to-left script (Hebrew, Arabic, Syriac, Thaana, N'Ko and their forms). */
const RIGHT_TO_LEFT = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefe]|\ud802[\udc00-\udfff]|\ud83a/;

/**
 * A filled-in word that runs the other way from the sentence — a Hebrew name in an English
 * sentence — between FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE, so it keeps its own
 * direction and does not pull the words and numbers around it into its own (Unicode bidi
 * algorithm, UAX #9). Words that run the sentence's way are left as they are.
 */
const isolated = (value: string): string =>
  RIGHT_TO_LEFT.test(value) ? `\u2068${value}\u2069` : value;

function fill(template: string, params: Params | undefined): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? numberFormat.format(value) : isolated(value);
  });
}

/** True when the current language has a message under this key (for keys made at run time). */
export const hasMessage = (key: string): key is MessageKey => key in messages;

/** The message for `key` in the current language, with `{placeholders}` filled in. */
export function t(key: MessageKey, params?: Params): string {
  return fill(messages[key], params);
}

/** Keys that have plural forms, named without their `_one` / `_other` suffix. */
export type PluralKey = MessageKey extends infer K
  ? K extends `${infer Base}_other`
    ? Base
    : never
  : never;

/** The plural form of `key` that fits `count`; `{count}` is filled in as a formatted number. */
export function tn(key: PluralKey, count: number, params?: Params): string {
  const exact = `${key}_${pluralRules.select(count)}`;
  const chosen = (exact in messages ? exact : `${key}_other`) as MessageKey;
  return fill(messages[chosen], { ...params, count });
}

export const formatNumber = (value: number): string => numberFormat.format(value);

const dateFormat = new Intl.DateTimeFormat(LOCALE, { dateStyle: 'medium' });
const dateTimeFormat = new Intl.DateTimeFormat(LOCALE, { dateStyle: 'full', timeStyle: 'short' });
const relativeFormat = new Intl.RelativeTimeFormat(LOCALE, { numeric: 'auto' });

export const formatDate = (iso: string): string => dateFormat.format(new Date(iso));
export const formatDateTime = (iso: string): string => dateTimeFormat.format(new Date(iso));

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
  const seconds = Math.round((new Date(iso).getTime() - now) / 1000);
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return relativeFormat.format(Math.round(seconds / size), unit);
  }
  return relativeFormat.format(0, 'second');
}
