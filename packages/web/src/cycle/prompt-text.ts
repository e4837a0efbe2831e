import type { CircleKind } from '@recipro/core';
import { hasMessage, t } from '../i18n/index.ts';

/** The lists of recipro's own words the server sends by id, worded for the circle's kind. */
export type PromptList = 'reflectionPrompt' | 'needsStarter' | 'valuesQuestion';

/**
 * A reflection prompt, needs starter or values question in the reader's language: the server
 * sends its id and its English words for the circle's kind; another language words it under
 * the id, for that kind where the words differ by kind (i18n/*-prompts.ts).
 */
export function promptText(
  list: PromptList,
  item: { readonly id: string; readonly text: string },
  kind: CircleKind,
): string {
  for (const key of [`${list}.${item.id}.${kind}`, `${list}.${item.id}`]) {
    if (hasMessage(key)) return t(key);
  }
  return item.text;
}
