import { AppError } from '../errors.ts';
import type { Cursor, PageSpec } from '../repositories/paging.ts';

/** A list's page as a client asks for it: `?limit=&before=`. */
export interface PageQuery {
  readonly before?: string | undefined;
  readonly limit?: number | undefined;
}

/** One page of a list and the cursor of the following one (null at the end). */
export interface Page<T> {
  readonly items: T[];
  readonly next: string | null;
}

export const PAGE_DEFAULT = 30;
export const PAGE_MAX = 100;

/** What a list sorts by: a time (most lists) or a calendar day (a question a day). */
export type KeyKind = 'time' | 'day';

const KEYS: Record<KeyKind, RegExp> = {
  time: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?Z$/,
  day: /^\d{4}-\d{2}-\d{2}$/,
};
const ID = /^[A-Za-z0-9._-]{1,64}$/;

/**
 * A cursor on the wire: base64url of "key|id", the sort key and id of the last row of a page.
 * Opaque to clients; it names no circle, so one used elsewhere only selects rows by position.
 */
export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(`${cursor.key}|${cursor.id}`, 'utf8').toString('base64url');
}

/** The cursor in `before`, or a validation error when it is not one this server made. */
export function decodeCursor(before: string, kind: KeyKind = 'time'): Cursor {
  const text = Buffer.from(before, 'base64url').toString('utf8');
  const [key = '', id = '', ...rest] = text.split('|');
  if (
    rest.length > 0 ||
    !KEYS[kind].test(key) ||
    !ID.test(id) ||
    encodeCursor({ key, id }) !== before
  ) {
    throw new AppError('validation_failed', 'That is not a page of this list.', {
      details: [{ field: 'before', message: 'is not a cursor from this list' }],
    });
  }
  return { key, id };
}

/** What a repository reads for a page: one row more than shown, to know whether more follow. */
export function pageSpec(query: PageQuery, kind: KeyKind = 'time'): PageSpec {
  const limit = Math.min(query.limit ?? PAGE_DEFAULT, PAGE_MAX);
  return {
    after: query.before === undefined ? undefined : decodeCursor(query.before, kind),
    limit: limit + 1,
  };
}

/** Cuts rows read with `pageSpec` to the page and makes the cursor of the next one. */
export function pageOf<T>(
  rows: readonly T[],
  spec: PageSpec,
  cursorOf: (row: T) => Cursor,
): Page<T> {
  const shown = rows.slice(0, spec.limit - 1);
  const last = shown.at(-1);
  return {
    items: shown,
    next: rows.length > shown.length && last !== undefined ? encodeCursor(cursorOf(last)) : null,
  };
}
