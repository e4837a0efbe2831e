/**
 * Prose in data: what the tests that hold core and the server to "kinds, ids and evidence, never
 * sentences" (issue 17) look for. Core and the server say what they mean as stable ids (`in_rhythm`,
 * `q042`, `reflect_over_giving_1`), numbers, member ids and dates; a reader's language words them.
 * So any string that holds two words with a space between them (in any script) is prose, said
 * in one language, and is found here with where it sits.
 */

/** Two runs of letters with white space between them: "care went", "no acts". */
const TWO_WORDS = /\p{L}+\s+\p{L}+/u;

export const isProse = (text: string): boolean => TWO_WORDS.test(text);

/** A string found in data, with its path (`insights.3.kind`, `days.0.answers.1.text`). */
export interface FoundString {
  readonly path: string;
  readonly text: string;
}

/**
 * Every string in `value` that is prose, with its path; a path matching one of `skip` (each
 * segment a key, an index or `*`) is left out, with all under it: the words a person wrote, say.
 */
export function proseIn(value: unknown, skip: readonly string[] = []): FoundString[] {
  const skipped = skip.map((pattern) => pattern.split('.'));
  const isSkipped = (path: readonly string[]) =>
    skipped.some(
      (pattern) =>
        pattern.length === path.length &&
        pattern.every((part, i) => part === '*' || part === path[i]),
    );
  const found: FoundString[] = [];
  const walk = (at: unknown, path: string[]): void => {
    if (isSkipped(path)) return;
    if (typeof at === 'string') {
      if (isProse(at)) found.push({ path: path.join('.'), text: at });
    } else if (Array.isArray(at)) {
      at.forEach((item, i) => walk(item, [...path, String(i)]));
    } else if (at !== null && typeof at === 'object') {
      for (const [key, item] of Object.entries(at)) {
        // A key is data too: a record keyed by words would say them.
        if (isProse(key)) found.push({ path: [...path, key].join('.'), text: key });
        walk(item, [...path, key]);
      }
    }
  };
  walk(value, []);
  return found;
}
