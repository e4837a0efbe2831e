/**
 * Names of downloaded files: `recipro-export-2024-03-09.json`, `recipro-acts-asha-ben-2024-03-09.csv`.
 * Only ASCII letters, digits and hyphens, so a name needs no escaping in Content-Disposition.
 */

/** Longest part of a file name taken from a circle's name. */
const SLUG_MAX = 60;

/** A circle's name as a file-name part ("Café & Co" → "cafe-co"), or `fallback` when none is left. */
export function fileSlug(name: string, fallback: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, SLUG_MAX)
    .replace(/^-+|-+$/g, '');
  return slug === '' ? fallback : slug;
}

/** The UTC date (YYYY-MM-DD) of an ISO-8601 UTC time. */
export const utcDate = (iso: string): string => iso.slice(0, 10);

export const exportFileName = (exportedAt: string): string =>
  `recipro-export-${utcDate(exportedAt)}.json`;

export const actsFileName = (circle: { id: string; name: string }, exportedAt: string): string =>
  `recipro-acts-${fileSlug(circle.name, circle.id)}-${utcDate(exportedAt)}.csv`;
