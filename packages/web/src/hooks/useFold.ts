import { useCallback, useState } from 'react';
import { PAGE_DEFAULT } from '../api/pages.ts';

/** The first `shown` of `items`, and whether any are left out. */
export function foldedPart<T>(
  items: readonly T[],
  shown: number,
): { readonly visible: readonly T[]; readonly more: boolean } {
  return { visible: items.slice(0, shown), more: items.length > shown };
}

/**
 * A list the screen already holds whole (the load divider, the dashboard's chart and "this
 * device first" need every item) shown a page at a time, as the lists read page by page are:
 * the first 30, then 30 more for each "Show more". The part shown stays as the list changes.
 * `next` and `more` are what `components/ShowMore.tsx` takes.
 */
export function useFold<T>(items: readonly T[], step = PAGE_DEFAULT) {
  const [shown, setShown] = useState(step);
  const part = foldedPart(items, shown);
  const more = useCallback(async () => setShown((now) => now + step), [step]);
  return { visible: part.visible, next: part.more ? 'more' : null, more };
}
