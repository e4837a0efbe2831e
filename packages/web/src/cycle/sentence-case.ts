/**
 * An answer option as a sentence reads it: "Not at all true", not "Not at all TRUE"; a word
 * pair's "INTERESTING" as "Interesting". Only the letters' case changes: the words, their order
 * and their scores stay the authors' own (INSTRUMENTS.md).
 */
export function sentenceCase(label: string): string {
  const lower = label.toLocaleLowerCase('en');
  return lower.charAt(0).toLocaleUpperCase('en') + lower.slice(1);
}
