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

/** A fresh {@link LineScan} to be filled by scanUtf8Line again and again. */
export function newLineScan(): LineScan {
  return { words: 0, flags: 0, units: 0, first: -1, last: -1, marked: false };
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
// Row 0 stands for "no word starts at the previous byte" in scanUtf8Line (NUL is whitespace,
// so no word starts with it): nothing may start there.
mayStart.fill(0, 0, 1 << 8);

/** The index into {@link mayStart} for a word start followed by no ASCII character. */
const NOT_ASCII = 0x80;

/**
 * {@link scanText} for one line given as UTF-8 `bytes[start..end)`, without decoding it: the
 * same words and flags as `scanText` of the decoded line. A message's text is its lines
 * joined by `\n`, which is whitespace and never part of a phrase, so the message's words are
 * the sum over its lines and its flags the union. ASCII is read without branches on the
 * character (word boundaries are too frequent for a branch to be predicted).
 *
 * Whether a phrase may start at an ASCII word start depends on the character after it, so it
 * is looked up one byte later, when that character is at hand: the byte that started a word is
 * kept as `opener`, 0 when the previous byte started none. Inside words and between them the
 * lookup lands in the row of 0, which holds no phrase starts, and costs no extra load of the
 * next byte.
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
  /** The previous byte when it started a word and is ASCII, else 0. */
  let opener = 0;
  let wideBytes = 0;
  let wideUnits = 0;
  let last = -1;
  let marked = false;
  let i = start;
  while (i < end) {
    const c = bytes[i]!;
    if (c < 0x80) {
      if (mayStart[(opener << 8) | c] === 1 && (flags & BOTH) !== BOTH) {
        flags |= asciiPhrasesAt(bytes, i - 1, opener, end);
      }
      const solid = (0x20 - c) >>> 31; // c > 0x20
      const wordStart = solid & (inWord ^ 1);
      words += wordStart;
      inWord = solid;
      opener = c & -wordStart;
      flags |= (((c ^ 0x3f) - 1) >>> 31) << 2; // c === '?': QUESTION_MARK
      i++;
      continue;
    }
    if (mayStart[(opener << 8) | NOT_ASCII] === 1 && (flags & BOTH) !== BOTH) {
      flags |= asciiPhrasesAt(bytes, i - 1, opener, end);
    }
    opener = 0;
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
  if (mayStart[(opener << 8) | NOT_ASCII] === 1 && (flags & BOTH) !== BOTH) {
    flags |= asciiPhrasesAt(bytes, end - 1, opener, end);
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
 * {@link phrasesAt} for an ASCII word start at byte `at` that passed {@link mayStart}: unless
 * it is opening punctuation, that already was the trie's pre-check, so the walk starts at once.
 */
function asciiPhrasesAt(bytes: Uint8Array, at: number, c: number, end: number): number {
  return isOpening(c) ? phrasesAt(bytes, at, c, 1, end) : phraseTrie.matchBytesAt(bytes, at, end);
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

/** Whether `b` can be part of `://` or `www.`. */
const inUrlMarker = (b: number): boolean => b === 0x2e || b === 0x2f || b === 0x3a || isW(b);

/**
 * `://` or `www.` in any case. Only ASCII letters lower-case to `w`, so looking at bytes finds
 * every place the decoded text's `toLowerCase()` would. Both are at least three bytes of
 * {@link inUrlMarker} long, so every third byte is enough to look at first: only where one of
 * those could belong to a marker are the places around it checked.
 */
function hasUrlMarker(bytes: Uint8Array, start: number, end: number): boolean {
  for (let p = start + 2; p < end; p += 3) {
    if (inUrlMarker(bytes[p]!) && urlMarkerAround(bytes, start, end, p)) return true;
  }
  return false;
}

/**
 * Whether `://` or `www.` lies in `bytes[start..end)` over byte `p`: a `://` over it starts at
 * `p - 2 … p`, a `www.` over it has its dot at `p … p + 3`.
 */
function urlMarkerAround(bytes: Uint8Array, start: number, end: number, p: number): boolean {
  for (let i = Math.max(start, p - 2); i <= p + 3 && i < end; i++) {
    const b = bytes[i]!;
    if (b === 0x3a) {
      if (i + 2 < end && bytes[i + 1] === 0x2f && bytes[i + 2] === 0x2f) return true;
    } else if (b === 0x2e && i - 3 >= start) {
      if (isW(bytes[i - 1]!) && isW(bytes[i - 2]!) && isW(bytes[i - 3]!)) return true;
    }
  }
  return false;
}
