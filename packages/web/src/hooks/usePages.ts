import { useCallback, useRef } from 'react';
import { firstPageFor, type PageCursor } from '../api/pages.ts';
import { useRemote } from './useRemote.ts';

/** What a list screen shows: the items read so far, the cursor of the next page, the first page. */
export interface Pages<T, P> {
  readonly items: readonly T[];
  /** Pass as `before` for the following page; null once everything is shown. */
  readonly next: string | null;
  /** The first page's answer (for what a list carries besides its items, such as totals). */
  readonly first: P;
}

/**
 * `page`'s items after `items`, without one twice (something added while paging shifts a page by
 * a row, so the row at a page's edge can come again).
 */
export function appendPage<T>(
  items: readonly T[],
  more: readonly T[],
  idOf: (item: T) => string,
): T[] {
  const seen = new Set(items.map(idOf));
  return [...items, ...more.filter((item) => !seen.has(idOf(item)))];
}

/**
 * A list the API reads a page at a time: the first page as `useRemote` reads it, and `more` to
 * append the next one ("Show more"). `reload` reads the first page again, as many items as are
 * shown (up to a page of 100), so a change does not fold the list back.
 */
export function usePages<T, P extends { readonly next: string | null }>(
  read: (cursor: PageCursor) => Promise<P>,
  itemsOf: (page: P) => readonly T[],
  idOf: (item: T) => string,
  key: string,
) {
  const latest = useRef({ read, itemsOf, idOf, shown: 0 });
  latest.current = { read, itemsOf, idOf, shown: latest.current.shown };
  const remote = useRemote<Pages<T, P>>(async () => {
    const { shown } = latest.current;
    const page = await read(firstPageFor(shown));
    return { items: itemsOf(page), next: page.next, first: page };
  }, key);
  const { state, update } = remote;
  const next = state.status === 'ready' ? state.data.next : null;
  latest.current.shown = state.status === 'ready' ? state.data.items.length : 0;

  /** Reads the page after the shown ones and appends it. Rejects when it cannot be read. */
  const more = useCallback(async () => {
    if (next === null) return;
    const { read: readPage, itemsOf: items, idOf: id } = latest.current;
    const page = await readPage({ before: next });
    update((shown) =>
      shown.next === next
        ? { ...shown, items: appendPage(shown.items, items(page), id), next: page.next }
        : shown,
    );
  }, [next, update]);

  return { ...remote, more };
}
