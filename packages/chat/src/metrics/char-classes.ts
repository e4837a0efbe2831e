/** Whitespace outside ASCII (ASCII whitespace is everything up to U+0020). */
export const isWideSpace = (c: number): boolean =>
  c === 0xa0 ||
  c === 0x1680 ||
  (c >= 0x2000 && c <= 0x200b) ||
  c === 0x2028 ||
  c === 0x2029 ||
  c === 0x202f ||
  c === 0x205f ||
  c === 0x3000;

/** Punctuation that may open a word before a phrase: quotes, brackets, ¡, ¿, «. */
export const isOpening = (c: number): boolean =>
  c === 0x22 ||
  c === 0x27 ||
  c === 0x28 ||
  c === 0x2a ||
  c === 0x5f ||
  c === 0xa1 ||
  c === 0xbf ||
  c === 0xab ||
  (c >= 0x2018 && c <= 0x201f);

/** `?`, `？` or `؟`. */
export const isQuestionMark = (c: number): boolean => c === 0x3f || c === 0xff1f || c === 0x61f;
