import { apologyPhrases, appreciationPhrases } from './phrases.ts';
import { fold } from '../fold.ts';
import { PhraseTrie } from './phrase-trie.ts';

/** Flag of {@link scanText}: the text holds an apology or repair phrase. */
export const APOLOGY = 1;
/** Flag of {@link scanText}: the text holds thanks or appreciation. */
export const APPRECIATION = 2;

const trie = new PhraseTrie();
for (const p of apologyPhrases) trie.add(p, APOLOGY);
for (const p of appreciationPhrases) trie.add(p, APPRECIATION);

const isSpace = (c: number): boolean =>
  c <= 0x20 ||
  c === 0xa0 ||
  c === 0x1680 ||
  (c >= 0x2000 && c <= 0x200b) ||
  c === 0x2028 ||
  c === 0x2029 ||
  c === 0x202f ||
  c === 0x205f ||
  c === 0x3000;

/**
 * Whether a character continues a word for phrase matching. ASCII letters and digits do;
 * outside ASCII everything does except spaces, common punctuation and surrogates (emoji),
 * which is right for the Latin-script phrase lists and cheap to decide.
 */
const continuesWord = (c: number): boolean => {
  if (c < 128) return (c >= 48 && c <= 57) || ((c | 0x20) >= 97 && (c | 0x20) <= 122);
  if (c >= 0xd800 && c <= 0xdfff) return false;
  return !(isSpace(c) || c === 0xa1 || c === 0xbf || c === 0xab || c === 0xbb || (c >= 0x2010 && c <= 0x2027));
};

/** What {@link scanText} found. Reused between calls. */
export interface TextScan {
  words: number;
  /** {@link APOLOGY} | {@link APPRECIATION} bits. */
  flags: number;
}

/**
 * One pass over a message: counts whitespace-separated words and looks for apology and
 * appreciation phrases at word starts (case-insensitive; the phrase lists are in phrases.ts).
 */
export function scanText(text: string, out: TextScan): TextScan {
  let words = 0;
  let flags = 0;
  let inWord = false;
  let afterWordChar = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      inWord = false;
      afterWordChar = false;
      continue;
    }
    if (!inWord) {
      words++;
      inWord = true;
    }
    if (!afterWordChar && flags !== (APOLOGY | APPRECIATION) && trie.startsWith(fold(c))) {
      flags |= trie.matchAt(text, i);
    }
    afterWordChar = continuesWord(c);
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

const hasQuestionMark = (s: string): boolean =>
  s.indexOf('?') !== -1 || s.indexOf('\uff1f') !== -1 || s.indexOf('\u061f') !== -1;

const isQuestionMark = (c: number): boolean => c === 0x3f || c === 0xff1f || c === 0x61f;

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
