/**
 * The i18n layer: `t(key, params)` renders a message of the current language's catalogue, an
 * ICU MessageFormat message (plurals, selects) through FormatJS's intl-messageformat; numbers,
 * dates and lists go through Intl in the same language (i18n/formats.ts). Every language's
 * catalogue, English's too, is a chunk of its own, loaded before the first render and when
 * chosen (i18n/load.ts), so a reader loads only their own language.
 */
import { MessageRenderer, type Message, type MessageParams } from '@recipro/core';
import type { MessageKey } from './en.ts';
import { dateTimeFormat, numberFormat, relativeTimeFormat } from './formats.ts';
import { activeLocale, setActiveLocale, type AppLocale } from './state.ts';

export type { MessageKey, Messages } from './en.ts';
export type { AppLocale } from './state.ts';
export { activeLocale, onLocaleChange, useLocale } from './state.ts';

export type { Message } from '@recipro/core';
export type Catalogue = Readonly<Record<string, Message>>;
export type Params = MessageParams;

let catalogue: Catalogue = {};
/** English, once loaded: what a message that cannot be rendered falls back to. */
let english: Catalogue | undefined;
/** Renders the current language's messages, keeping them compiled (core's message-format.ts). */
let renderer = new MessageRenderer('en', 'ltr');

/** Makes `messages` the catalogue the app speaks, in `locale`. */
export function installCatalogue(locale: AppLocale, messages: Catalogue): void {
  catalogue = messages;
  if (locale === 'en') english = messages;
  setActiveLocale(locale);
  const { intl, direction } = activeLocale();
  renderer = new MessageRenderer(intl, direction);
}

/** Adds messages of the current language (an area loaded with its screens, i18n/areas.ts). */
export function addMessages(messages: Catalogue): void {
  catalogue = { ...catalogue, ...messages };
}

/** True when the current language has a message under this key (for keys made at run time). */
export const hasMessage = (key: string): key is MessageKey => Object.hasOwn(catalogue, key);

/** Renders `message` (of `key`) in the current language with `params` filled in. */
export function render(key: string, message: Message, params?: Params): string {
  try {
    return renderer.render(key, message, params);
  } catch (error) {
    // A translation that asks for a number where the screen gave words (or the like) shows
    // the English message rather than break the screen; catalogues.test.ts keeps this rare.
    console.error(`recipro: the message ${key} could not be formatted`, error);
    const fallback = english?.[key];
    return fallback !== undefined && fallback !== message ? render(key, fallback, params) : key;
  }
}

/** The message for `key` in the current language, with its placeholders filled in. */
export function t(key: MessageKey, params?: Params): string {
  const message = catalogue[key];
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
/** A moment in a list of them ("Dec 6, 2026, 9:30 AM"): shorter than `formatDateTime`. */
export const formatMoment = (iso: string): string =>
  dateTimeFormat({ dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));

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
