import { decodeUtf8, firstUnit, lastUnit, readUtf8 } from '../utf8.ts';
import { isOpening, isWideSpace } from './char-classes.ts';
import {
  APOLOGY,
  APPRECIATION,
  isQuestion,
  phraseTrie,
  QUESTION_MARK,
  type TextScan,
} from './text-features.ts';

/** What {@link scanUtf8Line} found: {@link TextScan} plus what placeholders are told by. */
export interface LineScan extends TextScan {
  /** Length of the decoded line in UTF-16 units. */
  units: number;
  /** Its first and last UTF-16 unit; -1 when it is empty. */
  first: number;
  last: number;
  /** Whether it holds U+200E or U+200F. */
  marked: boolean;
}

const BOTH = APOLOGY | APPRECIATION;
const starts = phraseTrie.starts;

/**
 * For an ASCII character at a word start (index `c << 8 | next byte`, next byte 0x80 when
 * the line ends there): 1 when a phrase check could find something there. It could not when
 * the character opens no phrase, or when it and the next character open none together (the
 * trie's own pre-check), unless the character is opening punctuation, which the check skips.
 * Most words then cost one table load and no call.
 */
const mayStart = new Uint8Array(128 * 256);
for (let c = 0; c < 128; c++) {
  if (isOpening(c)) mayStart.fill(1, c << 8, (c + 1) << 8);
  else if (starts[c] === 1) {
    for (let next = 0; next < 0x80; next++) {
      mayStart[(c << 8) | next] = phraseTrie.mayStartWith(c, next) ? 1 : 0;
    }
    mayStart.fill(1, (c << 8) | 0x80, (c + 1) << 8);
  }
}

/**
 * {@link scanText} for one line given as UTF-8 `bytes[start..end)`, without decoding it: the
 * same words and flags as `scanText` of the decoded line. A message's text is its lines
 * joined by `\n`, which is whitespace and never part of a phrase, so the message's words are
 * the sum over its lines and its flags the union. ASCII is read without branches on the
 * character (word boundaries are too frequent for a branch to be predicted).
 */
export function scanUtf8Line(
  bytes: Uint8Array,
  start: number,
  end: number,
  out: LineScan,
): LineScan {
  let words = 0;
  let flags = 0;
  /** 1 inside a word, 0 after whitespace. */
  let inWord = 0;
  let wideBytes = 0;
  let wideUnits = 0;
  let last = -1;
  let marked = false;
  let i = start;
  while (i < end) {
    const c = bytes[i]!;
    if (c < 0x80) {
      const solid = (0x20 - c) >>> 31; // c > 0x20
      const wordStart = solid & (inWord ^ 1);
      words += wordStart;
      inWord = solid;
      flags |= (((c ^ 0x3f) - 1) >>> 31) << 2; // c === '?': QUESTION_MARK
      const next = i + 1 < end ? bytes[i + 1]! : 0x80;
      if ((wordStart & mayStart[(c << 8) | next]!) !== 0 && (flags & BOTH) !== BOTH) {
        flags |= phrasesAt(bytes, i, c, 1, end);
      }
      i++;
      continue;
    }
    const r = readUtf8(bytes, i, end);
    const cp = r >> 3;
    const length = r & 7;
    wideBytes += length;
    wideUnits += cp > 0xffff ? 2 : 1;
    last = lastUnit(cp);
    if (cp === 0x200e || cp === 0x200f) marked = true;
    if (isWideSpace(cp)) {
      inWord = 0;
    } else {
      if (cp === 0xff1f || cp === 0x61f) flags |= QUESTION_MARK;
      if (inWord === 0) {
        inWord = 1;
        words++;
        if ((flags & BOTH) !== BOTH) flags |= phrasesAt(bytes, i, firstUnit(cp), length, end);
      }
    }
    i += length;
  }
  out.words = words;
  out.flags = flags;
  out.units = end - start - wideBytes + wideUnits;
  if (start === end) {
    out.first = out.last = -1;
  } else {
    const head = bytes[start]!;
    out.first = head < 0x80 ? head : firstUnit(readUtf8(bytes, start, end) >> 3);
    const tail = bytes[end - 1]!;
    out.last = tail < 0x80 ? tail : last;
  }
  out.marked = marked;
  return out;
}

/**
 * The phrase flags at a word start, as scanText finds them: skip opening punctuation, then
 * walk the phrase trie. `unit` is the first UTF-16 unit of the character at byte `at`, which
 * is `length` bytes long.
 */
function phrasesAt(bytes: Uint8Array, at: number, unit: number, length: number, end: number) {
  let j = at;
  let d = unit;
  let dLength = length;
  // Opening punctuation is in the BMP, so a following unit exists exactly when a byte does.
  while (isOpening(d) && j + dLength < end) {
    j += dLength;
    const b = bytes[j]!;
    if (b < 0x80) {
      d = b;
      dLength = 1;
    } else {
      const r = readUtf8(bytes, j, end);
      d = firstUnit(r >> 3);
      dLength = r & 7;
    }
  }
  if (starts[d] === 1 && phraseTrie.mayMatchBytesAt(d, bytes, j + dLength, end)) {
    return phraseTrie.matchBytesAt(bytes, j, end);
  }
  return 0;
}

/**
 * Whether a line asks something, as {@link isQuestion} of its text says. Only a line with a
 * question mark and `://` or `www.` is decoded to check whether the mark is part of a URL.
 */
export function utf8LineAsks(
  bytes: Uint8Array,
  start: number,
  end: number,
  scan: LineScan,
): boolean {
  if ((scan.flags & QUESTION_MARK) === 0) return false;
  if (!hasUrlMarker(bytes, start, end)) return true;
  return isQuestion(decodeUtf8(bytes, start, end));
}

const isW = (b: number): boolean => (b | 0x20) === 0x77;

/**
 * `://` or `www.` in any case. Only ASCII letters lower-case to `w`, so looking at bytes finds
 * every place the decoded text's `toLowerCase()` would.
 */
function hasUrlMarker(bytes: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const b = bytes[i]!;
    if (b === 0x3a) {
      if (i + 2 < end && bytes[i + 1] === 0x2f && bytes[i + 2] === 0x2f) return true;
    } else if (b === 0x2e && i - 3 >= start) {
      if (isW(bytes[i - 1]!) && isW(bytes[i - 2]!) && isW(bytes[i - 3]!)) return true;
    }
  }
  return false;
}
