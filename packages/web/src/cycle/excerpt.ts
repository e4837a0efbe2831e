/** How many characters of a person's own words name an entry in a button's accessible name. */
export const EXCERPT_LENGTH = 40;

/**
 * The start of `text` on one line, cut at a word where one ends near the limit, with "…" when
 * something was left out: "I feel more connected when we take a…".
 */
export function excerpt(text: string, max = EXCERPT_LENGTH): string {
  const line = text.replace(/\s+/g, ' ').trim();
  if (line.length <= max) return line;
  const cut = line.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
