import type { CircleKind } from '@recipro/core';
import type { Worded } from '../api-cycle.ts';
import { hasMessage, t } from '../i18n/index.ts';

/** The lists of recipro's own words the server sends by id, worded for the circle's kind. */
export type PromptList = 'reflectionPrompt' | 'needsStarter' | 'valuesQuestion';

/**
 * A reflection prompt, needs starter or values question in the reader's language: the server
 * sends its id; every language words it under the id, for the circle's kind where the words
 * differ by kind (i18n/*-prompts.ts; English's from core's *_WORDS tables). Null for an id newer
 * than this copy of the app, which then leaves it out.
 */
export function promptText(
  list: PromptList,
  item: { readonly id: string },
  kind: CircleKind,
): string | null {
  for (const key of [`${list}.${item.id}.${kind}`, `${list}.${item.id}`]) {
    if (hasMessage(key)) return t(key);
  }
  return null;
}

/** A list's items with their words in the reader's language, leaving out any it has none for. */
export function wordedList<T extends { readonly id: string }>(
  list: PromptList,
  items: readonly T[],
  kind: CircleKind,
): Worded<T>[] {
  return items.flatMap((item) => {
    const text = promptText(list, item, kind);
    return text === null ? [] : [{ ...item, text }];
  });
}
