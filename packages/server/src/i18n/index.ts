/**
 * The server's own words in each person's language: the pushes and emails about updates, the
 * reminders, the account emails, the calendar feed, the unsubscribe page. `wordsFor(locale)`
 * gives what a message to one person is written with: `t(key, params)` renders a message of that
 * language's catalogue (ICU MessageFormat through FormatJS's intl-messageformat, as the web's
 * catalogues), `list` joins names as the language does. Someone who never chose a language
 * (`users.locale` null) reads English, the source every catalogue translates.
 *
 * The server has no build step, so a message is parsed the first time it is used and kept
 * compiled, by the same renderer as the web's (core's message-format.ts).
 */
import {
  DEFAULT_LOCALE,
  directionOf,
  isolate,
  MessageRenderer,
  type Locale,
  type MessageParams,
} from '@recipro/core';
import { ar } from './ar.ts';
import { en, type Catalogue, type MessageKey } from './en.ts';
import { es } from './es.ts';
import { hi } from './hi.ts';

export type { Catalogue, MessageKey } from './en.ts';

export const CATALOGUES: Readonly<Record<Locale, Catalogue>> = { en, es, hi, ar };

export type Params = MessageParams;

/** What the server writes to one person with: their language, its direction, its messages. */
export interface Words {
  readonly locale: Locale;
  readonly direction: 'ltr' | 'rtl';
  /** The message `key` in this language with `params` filled in. */
  t(key: MessageKey, params?: Params): string;
  /** "A and B" as this language joins names, each name isolated when it runs the other way. */
  list(items: readonly string[]): string;
}

/** One renderer per language, keeping its messages compiled (core's message-format.ts). */
const renderers = new Map<Locale, MessageRenderer>();

function render(locale: Locale, key: MessageKey, params?: Params): string {
  let renderer = renderers.get(locale);
  if (!renderer) {
    renderer = new MessageRenderer(locale, directionOf(locale));
    renderers.set(locale, renderer);
  }
  try {
    return renderer.render(key, CATALOGUES[locale][key], params);
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
