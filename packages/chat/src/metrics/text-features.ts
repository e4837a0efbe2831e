import { apologyPhrases, appreciationPhrases, phraseMatcher } from './phrases.ts';

const isSpace = (c: number): boolean =>
  c <= 0x20 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200b) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000;

/** Number of whitespace-separated words. */
export function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = isSpace(text.charCodeAt(i));
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

const isQuestionMark = (c: number): boolean => c === 0x3f || c === 0xff1f || c === 0x61f;

const hasQuestionMark = (s: string): boolean =>
  s.indexOf('?') !== -1 || s.indexOf('\uff1f') !== -1 || s.indexOf('\u061f') !== -1;

const isUrl = (token: string): boolean => token.includes('://') || token.toLowerCase().startsWith('www.');

/**
 * Whether a message asks something: a `?`, `？` or `؟` outside URLs. A question mark that
 * ends a URL ("did you see https://example.org?") is read as punctuation, not part of it.
 */
export function isQuestion(text: string): boolean {
  if (!hasQuestionMark(text)) return false;
  if (text.indexOf('://') === -1 && text.toLowerCase().indexOf('www.') === -1) return true;
  for (const token of text.split(/\s+/)) {
    if (!hasQuestionMark(token)) continue;
    if (!isUrl(token) || isQuestionMark(token.charCodeAt(token.length - 1))) return true;
  }
  return false;
}

const apology = phraseMatcher(apologyPhrases);
const appreciation = phraseMatcher(appreciationPhrases);

/** Whether the text holds an apology or repair phrase. */
export function hasApology(text: string): boolean {
  return apology.test(text);
}

/** Whether the text holds a phrase of thanks or appreciation. */
export function hasAppreciation(text: string): boolean {
  return appreciation.test(text);
}
