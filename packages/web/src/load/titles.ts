import { RESPONSIBILITY_CATALOGUE } from '@recipro/core';
import { hasMessage, t } from '../i18n/index.ts';

/** The English title each common responsibility is stored with, by its id. */
const STORED = new Map(RESPONSIBILITY_CATALOGUE.map((item) => [item.id, item.title]));

/** A common responsibility's title in the reader's language. */
export function catalogueTitle(id: string, fallback: string): string {
  const key = `responsibility.${id}`;
  return hasMessage(key) ? t(key) : fallback;
}

/**
 * A responsibility's title as the reader should see it: one taken from the common list, with its
 * title as the list gave it, in the reader's language; one a person named or renamed, exactly as
 * they wrote it.
 */
export function responsibilityTitle(item: {
  readonly title: string;
  readonly catalogueId: string | null;
}): string {
  return item.catalogueId !== null && STORED.get(item.catalogueId) === item.title
    ? catalogueTitle(item.catalogueId, item.title)
    : item.title;
}
