import { sql, type SelectQueryBuilder } from 'kysely';

/** Where a page starts: just past the row with this sort key and id, in the list's order. */
export interface Cursor {
  /** The sort key of the last row already shown (an ISO time, or a calendar day). */
  readonly key: string;
  readonly id: string;
}

/** One page of a list, as a repository reads it: rows past `after`, at most `limit` of them. */
export interface PageSpec {
  readonly after?: Cursor | undefined;
  readonly limit: number;
}

/**
 * Orders a query by (`key`, `id`) in one direction and, with a page, keeps only the rows past the
 * page's cursor, `limit` of them. The pair is unique, so pages neither repeat nor skip a row.
 * Without a page every row is read, in the same order.
 */
export function keyset<DB, TB extends keyof DB, O>(
  query: SelectQueryBuilder<DB, TB, O>,
  key: string,
  id: string,
  order: 'asc' | 'desc',
  page: PageSpec | undefined,
): SelectQueryBuilder<DB, TB, O> {
  let q = query;
  const after = page?.after;
  if (after !== undefined) {
    const past = sql.raw(order === 'desc' ? '<' : '>');
    const k = sql.ref(key);
    const i = sql.ref(id);
    q = q.where(
      sql<boolean>`(${k} ${past} ${after.key} or (${k} = ${after.key} and ${i} ${past} ${after.id}))`,
    );
  }
  q = q.orderBy(sql.ref(key), order).orderBy(sql.ref(id), order);
  return page === undefined ? q : q.limit(page.limit);
}
