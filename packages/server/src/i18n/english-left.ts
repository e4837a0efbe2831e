/**
 * For tests of what the server writes in another language: the English words it still says.
 * These are the words of three letters or more of `english` (the same text as English speakers
 * get) found whole in `translated`, leaving out the links and whatever is the same in every
 * language (`keep`: people's and circles' names, a ritual's title; "recipro" always).
 */
export function englishLeft(
  translated: string,
  english: string,
  keep: readonly string[] = [],
): string[] {
  const wordsOf = (text: string) =>
    text
      .replace(/https?:\/\/\S+/g, ' ')
      .toLowerCase()
      .match(/[\p{L}’']+/gu) ?? [];
  const kept = new Set(['recipro', ...keep.flatMap(wordsOf)]);
  const theirs = new Set(wordsOf(translated));
  return [...new Set(wordsOf(english))].filter(
    (word) => word.length >= 3 && !kept.has(word) && theirs.has(word),
  );
}
