import { apologyPhrases, appreciationPhrases } from './phrases.ts';
import { isOpening, isQuestionMark, isWideSpace } from './char-classes.ts';
import { PhraseTrie } from './phrase-trie.ts';

/** Flag of {@link scanText}: the text holds an apology or repair phrase. */
export const APOLOGY = 1;
/** Flag of {@link scanText}: the text holds thanks or appreciation. */
export const APPRECIATION = 2;
/** Flag of {@link scanText}: the text holds `?`, `？` or `؟` (maybe only inside a URL). */
export const QUESTION_MARK = 4;
/**
 * Flag of a message (not of {@link scanText}): it asks something, a question mark outside
 * URLs (see {@link isQuestion}).
 */
export const ASKS = 8;

/** Every apology and appreciation phrase, each with its flag. */
export const phraseTrie = new PhraseTrie();
for (const p of apologyPhrases) phraseTrie.add(p, APOLOGY);
for (const p of appreciationPhrases) phraseTrie.add(p, APPRECIATION);
const starts = phraseTrie.starts;

/** What {@link scanText} found. Reused between calls. */
export interface TextScan {
  words: number;
  /** {@link APOLOGY} | {@link APPRECIATION} | {@link QUESTION_MARK} bits. */
  flags: number;
}

/**
 * One pass over a message: counts whitespace-separated words and looks for apology and
 * appreciation phrases where a word starts (after any opening quote, bracket, ¡ or ¿),
 * case-insensitively. This loop runs over every character of every message, so it does the
 * least per character: one comparison for ASCII, a trie lookup only at word starts.
 */
export function scanText(text: string, out: TextScan): TextScan {
  let words = 0;
  let flags = 0;
  let inWord = false;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c <= 0x20 || (c >= 0x80 && isWideSpace(c))) {
      inWord = false;
      continue;
    }
    if (isQuestionMark(c)) flags |= QUESTION_MARK;
    if (!inWord) {
      inWord = true;
      words++;
      if ((flags & (APOLOGY | APPRECIATION)) !== (APOLOGY | APPRECIATION)) {
        let j = i;
        let d = c;
        while (isOpening(d) && j + 1 < n) d = text.charCodeAt(++j);
        if (starts[d] === 1 && phraseTrie.mayMatchAt(text, j)) flags |= phraseTrie.matchAt(text, j);
      }
    }
  }
  out.words = words;
  out.flags = flags;
  return out;
}

const scratch: TextScan = { words: 0, flags: 0 };

/** Number of whitespace-separated words. */
export function countWords(text: string): number {
  return scanText(text, scratch).words;
}

/** Whether the text holds an apology or repair phrase. */
export function hasApology(text: string): boolean {
  return (scanText(text, scratch).flags & APOLOGY) !== 0;
}

/** Whether the text holds a phrase of thanks or appreciation. */
export function hasAppreciation(text: string): boolean {
  return (scanText(text, scratch).flags & APPRECIATION) !== 0;
}

const questionMark = /[?\uff1f\u061f]/;

const hasQuestionMark = (s: string): boolean => questionMark.test(s);

const isUrl = (token: string): boolean =>
  token.includes('://') || token.toLowerCase().startsWith('www.');

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
