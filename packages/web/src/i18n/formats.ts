/**
 * Intl formatters in the app's current language, made when first asked for and kept per language
 * and option set (making one is slow; a screen asks for the same few again and again).
 */
import { activeLocale } from './state.ts';

const made = new Map<string, unknown>();

function cached<T>(kind: string, options: object | undefined, make: (locale: string) => T): T {
  const { intl } = activeLocale();
  const key = `${kind}|${intl}|${JSON.stringify(options ?? {})}`;
  let found = made.get(key) as T | undefined;
  if (found === undefined) {
    found = make(intl);
    made.set(key, found);
  }
  return found;
}

export const numberFormat = (options?: Intl.NumberFormatOptions): Intl.NumberFormat =>
  cached('number', options, (locale) => new Intl.NumberFormat(locale, options));

export const dateTimeFormat = (options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat =>
  cached('date', options, (locale) => new Intl.DateTimeFormat(locale, options));

export const listFormat = (options: Intl.ListFormatOptions): Intl.ListFormat =>
  cached('list', options, (locale) => new Intl.ListFormat(locale, options));

export const relativeTimeFormat = (
  options: Intl.RelativeTimeFormatOptions,
): Intl.RelativeTimeFormat =>
  cached('relative', options, (locale) => new Intl.RelativeTimeFormat(locale, options));

export const displayNames = (options: Intl.DisplayNamesOptions): Intl.DisplayNames =>
  cached('names', options, (locale) => new Intl.DisplayNames([locale], options));

export const collator = (): Intl.Collator =>
  cached('collator', undefined, (locale) => new Intl.Collator(locale));

/** "and"-lists in the current language: "Sam, Alex and Noa". */
export const andList = (items: readonly string[]): string =>
  listFormat({ type: 'conjunction' }).format(items);

/** "40%": a share from 0 to 1 as a whole percentage. */
export const formatPercent = (share: number): string =>
  numberFormat({ style: 'percent', maximumFractionDigits: 0 }).format(share);

/** Lower case as the current language writes it. */
export const lowerCase = (text: string): string => text.toLocaleLowerCase(activeLocale().intl);
