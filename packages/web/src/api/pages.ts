/**
 * Lists the API reads a page at a time (`?limit=&before=`, each page carrying `next`, null at
 * the end). `everyPage` reads one to its end, for the few screens that need the whole of a list
 * at once; screens that show a list use `hooks/usePages.ts` and "Show more".
 */

/** The largest page the API gives. */
export const PAGE_MAX = 100;
/** The page the API gives when no limit is asked for. */
export const PAGE_DEFAULT = 30;

/**
 * The query that reads a list again as far as it is shown: the first page, or as many items as
 * are shown when that is more (up to the largest page), so a change does not fold it back.
 */
export const firstPageFor = (shown: number): PageCursor =>
  shown > PAGE_DEFAULT ? { limit: Math.min(shown, PAGE_MAX) } : {};

/** The query of the page after the one whose `next` this is. */
export type PageCursor = { readonly before?: string; readonly limit?: number };

/** Reads every page, in order, and answers them all (the first page's other fields kept). */
export async function everyPage<P extends { readonly next: string | null }>(
  read: (page: PageCursor) => Promise<P>,
): Promise<P[]> {
  const pages: P[] = [];
  let before: string | null = null;
  do {
    const page: P = await read(before === null ? { limit: PAGE_MAX } : { before, limit: PAGE_MAX });
    pages.push(page);
    before = page.next;
  } while (before !== null);
  return pages;
}
