/** A letter of a right-to-left script (Hebrew, Arabic, Syriac, Thaana, N'Ko and their forms). */
const RIGHT_TO_LEFT = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefe]|\ud802[\udc00-\udfff]|\ud83a/;
/** A letter of any other script: one written left to right. */
const LEFT_TO_RIGHT = /(?![\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefe])\p{L}/u;
/** FIRST STRONG, LEFT-TO-RIGHT and RIGHT-TO-LEFT ISOLATE: a value that holds one is set already. */
const ISOLATES = /[\u2066-\u2068]/;

/**
 * A filled-in word that runs the other way from the sentence — a Latin name in an Arabic push,
 * an Arabic circle name in an English email — between FIRST STRONG ISOLATE and POP DIRECTIONAL
 * ISOLATE, so it keeps its own direction and does not pull the words and numbers around it into
 * its own (Unicode bidi algorithm, UAX #9). The web's messages and the server's (pushes, emails)
 * follow it alike. Words that run the sentence's way are left as they are, and so is a value that
 * already holds isolates (a list whose names were isolated one by one).
 */
export const isolate = (value: string, direction: 'ltr' | 'rtl'): string =>
  (direction === 'ltr' ? RIGHT_TO_LEFT : LEFT_TO_RIGHT).test(value) && !ISOLATES.test(value)
    ? `\u2068${value}\u2069`
    : value;
