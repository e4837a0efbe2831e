import { needsSupport } from '@recipro/core';

/** An item as its writer reads it: `showSupport: true` when their own words suggest fear or harm. */
export type WithSupport<T> = T & { readonly showSupport?: true };

/**
 * Adds `showSupport: true` to an item read by the member who wrote it, when one of the texts
 * they wrote in it needs support (core `needsSupport`). Worked out on every read and never
 * stored; anyone else reading the same item gets it exactly as it was, without the field.
 */
export function forWriter<T extends object>(
  item: T,
  readerIsWriter: boolean,
  ...texts: readonly (string | null | undefined)[]
): WithSupport<T> {
  return readerIsWriter && texts.some((text) => needsSupport(text))
    ? { ...item, showSupport: true }
    : item;
}
