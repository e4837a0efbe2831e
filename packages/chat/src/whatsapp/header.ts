import { readUtf8 } from '../utf8.ts';
import { isInvisible } from './invisible.ts';

/**
 * The fields of one WhatsApp message header, e.g. `[3/27/22, 21:41:35] ` or
 * `18.03.22 14:56 - `. One instance is reused for every line: the hot path allocates nothing.
 */
export interface HeaderFields {
  /** The three date numbers in the order written, and how many digits each had. */
  a: number;
  b: number;
  c: number;
  aDigits: number;
  cDigits: number;
  /** Seconds since midnight, already moved by am/pm. */
  seconds: number;
  /**
   * Index in the line where the author (or system text) begins: in UTF-16 units when the line
   * was a string ({@link parseHeader}), in bytes when it was bytes ({@link parseHeaderBytes}).
   */
  bodyStart: number;
  /**
   * The header's shape as a small integer: brackets, time-first, separators, seconds,
   * am/pm, year width, Buddhist era. An export uses one shape throughout, so a line with
   * another shape is body text that merely looks like a header.
   */
  shape: number;
  /** Year in the Thai Buddhist era (`BE`), 543 ahead of the Gregorian. */
  buddhist: boolean;
}

/** A fresh, reusable {@link HeaderFields}. */
export function newHeaderFields(): HeaderFields {
  return {
    a: 0,
    b: 0,
    c: 0,
    aDigits: 0,
    cDigits: 0,
    seconds: 0,
    bodyStart: 0,
    shape: 0,
    buddhist: false,
  };
}

// Bits of HeaderFields.shape beyond the separators (bits 2..7).
const SECONDS = 256;
const CLOCK_12H = 512;
const YEAR_FIRST = 1024;
const YEAR4_LAST = 2048;
const BUDDHIST = 4096;

const GAP = 1;
const SLASH = 2;
const DOT = 3;
const DASH = 4;
const COLON = 5;

// The tokens of one header: at most six numbers, how many digits each has, and the separator
// before each; then the words and the header's end. Filled by tokenize(), read by arrange().
const nums = new Int32Array(6);
const digits = new Int32Array(6);
const seps = new Int32Array(6);
let tokenCount = 0;
let tokenBracket = false;
let tokenAmpm = 0;
let tokenBuddhist = false;
let tokenEnd = -1;

/** How far into a line a header may reach before we give up on it. */
const MAX_HEADER = 64;

/**
 * How many UTF-16 units of a line the scanner can look at: a bracket, MAX_HEADER units, and
 * two units of look-ahead. Copying this many is as good as having the whole line.
 */
const SPAN = MAX_HEADER + 3;

/** The first units of a line (after its leading invisible marks), and where each starts. */
const units = new Int32Array(SPAN);
const unitOffsets = new Int32Array(SPAN + 1);

const sepOf = (code: number): number =>
  code === 0x2f ? SLASH : code === 0x2e ? DOT : code === 0x2d ? DASH : code === 0x3a ? COLON : 0;

const isGap = (code: number): boolean =>
  code === 0x20 ||
  code === 0x2c ||
  code === 0xa0 ||
  code === 0x202f ||
  code === 0x2009 ||
  code === 0x60c;

const isAsciiLetter = (code: number): boolean => (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a;

// Words that may follow the numbers: lower-case letters without dots or spaces, read as a
// number in base 32 (a = 1 … z = 26) while they are at most five letters long.
const AM = 1;
const PM = 2;
const BE = 3;
const MAX_WORD = 5;
const wordCode = (word: string): number => {
  let code = 0;
  for (let k = 0; k < word.length; k++) code = code * 32 + (word.charCodeAt(k) - 0x60);
  return code;
};
const wordKinds = new Map<number, number>([
  [wordCode('am'), AM],
  [wordCode('a'), AM],
  [wordCode('vorm'), AM],
  [wordCode('pm'), PM],
  [wordCode('p'), PM],
  [wordCode('nachm'), PM],
  [wordCode('be'), BE],
]);

/** Whether headers of `shape` separate the date with slashes (`3/27/22`). */
export function shapeHasSlashDate(shape: number): boolean {
  return ((shape >> 2) & 7) === SLASH;
}

/** Whether headers of `shape` write a two-digit year last (`27.03.22`, `3/27/22`). */
export function shapeHasTwoDigitYear(shape: number): boolean {
  return (shape & (YEAR_FIRST | YEAR4_LAST)) === 0;
}

const NOT_HEADER = 0;
const HEADER = 1;
/** Only from bytes: the scanner met a byte outside ASCII and needs decoded units instead. */
const NEEDS_UNITS = -1;
/** What arrange() answers when the tokens make no header. */
const NOT_ARRANGED = -1;

/**
 * Reads a header at the start of `line` into `out`. Returns false (leaving `out` in an
 * unspecified state) when the line does not start with a well-formed header. Date numbers
 * are not interpreted here: the order of day and month is decided per file elsewhere.
 */
export function parseHeader(line: string, out: HeaderFields): boolean {
  const n = line.length;
  let i = 0;
  while (i < n && isInvisible(line.charCodeAt(i))) i++;
  if (i >= n) return false;
  const first = line.charCodeAt(i);
  if (first !== 0x5b && (first < 0x30 || first > 0x39)) return false;
  const take = Math.min(n - i, SPAN);
  for (let k = 0; k < take; k++) units[k] = line.charCodeAt(i + k);
  if (scan(units, 0, take, false, out) !== HEADER) return false;
  out.bodyStart += i;
  return true;
}

/**
 * {@link parseHeader} for a line given as UTF-8 `bytes[start..end)`, with the same result as
 * for the decoded line except that `out.bodyStart` counts bytes. An ASCII header is read from
 * the bytes themselves, most often by comparing them with the last header's layout (see
 * {@link fitsLayout}); one with other characters (U+202F before `PM`, marks, Arabic commas)
 * from its decoded first units.
 */
export function parseHeaderBytes(
  bytes: Uint8Array,
  start: number,
  end: number,
  out: HeaderFields,
): boolean {
  if (start >= end) return false;
  const first = bytes[start]!;
  if (first < 0x80) {
    if (first !== 0x5b && (first < 0x30 || first > 0x39)) return false;
    if (fitsLayout(bytes, start, end)) {
      return layoutArrangement !== NOT_ARRANGED && fill(out, layoutArrangement, layoutLength);
    }
    const found = tokenize(bytes, start, end - start, true);
    if (found === HEADER) {
      const arrangement = arrange();
      rememberLayout(bytes, start, arrangement);
      return arrangement !== NOT_ARRANGED && fill(out, arrangement, tokenEnd);
    }
    if (found !== NEEDS_UNITS) return false;
  }
  return parseDecodedHeader(bytes, start, end, out);
}

// The layout of the last header tokenized from bytes: its length, and for each byte either
// the byte itself or the number its digit belongs to. An export writes every header alike, so
// the next header nearly always has the same layout with other digits. Its tokens are then
// those of the last one but for the numbers' values, so is their arrangement, and only the
// values need reading and checking: comparing bytes is much cheaper than tokenizing.

/** In {@link layout}: a digit of number `k` is DIGIT_OF + k, the first digit FIRST_DIGIT_OF + k. */
const DIGIT_OF = 0x100;
const FIRST_DIGIT_OF = 0x200;
const layout = new Uint16Array(SPAN);
/** Its length in bytes (the header's end); 0 when there is none. */
let layoutLength = 0;
/** Whether it ends in `]` with no space: a line with a space there has a longer header. */
let layoutOpenEnd = false;
/** What arrange() made of its tokens. */
let layoutArrangement = NOT_ARRANGED;

/**
 * Remembers the layout of the header that tokenize() just read from `bytes[start..)`. Every
 * digit before its end was read into some number (nothing else reads digits), a new number
 * starting after a non-digit or after five digits.
 */
function rememberLayout(bytes: Uint8Array, start: number, arrangement: number): void {
  let number = -1;
  let run = 0;
  for (let p = 0; p < tokenEnd; p++) {
    const b = bytes[start + p]!;
    if (b >= 0x30 && b <= 0x39) {
      if (run === 0 || run === 5) {
        number++;
        run = 0;
      }
      layout[p] = (run === 0 ? FIRST_DIGIT_OF : DIGIT_OF) + number;
      run++;
    } else {
      run = 0;
      layout[p] = b;
    }
  }
  layoutLength = number + 1 === tokenCount ? tokenEnd : 0;
  layoutOpenEnd = bytes[start + tokenEnd - 1] === 0x5d;
  layoutArrangement = arrangement;
}

/**
 * Whether `bytes[start..end)` starts with a header of the remembered layout, which tokenize()
 * would read as it read the last one; if so, reads its numbers into `nums`. Tokenize reads
 * nothing past the header's end but the byte after a closing `]`, checked here too.
 */
function fitsLayout(bytes: Uint8Array, start: number, end: number): boolean {
  const length = layoutLength;
  if (length === 0 || end - start < length) return false;
  if (layoutOpenEnd && end - start > length && bytes[start + length] === 0x20) return false;
  let v = 0;
  for (let p = 0; p < length; p++) {
    const b = bytes[start + p]!;
    const expected = layout[p]!;
    if (expected >= DIGIT_OF) {
      const digit = b - 0x30;
      if (digit < 0 || digit > 9) return false;
      v = expected >= FIRST_DIGIT_OF ? digit : v * 10 + digit;
      nums[expected & 7] = v;
    } else if (b !== expected) return false;
  }
  return true;
}

function parseDecodedHeader(
  bytes: Uint8Array,
  start: number,
  end: number,
  out: HeaderFields,
): boolean {
  let p = start;
  while (p < end && bytes[p]! >= 0x80) {
    const r = readUtf8(bytes, p, end);
    if (!isInvisible(r >> 3)) break;
    p += r & 7;
  }
  if (p >= end) return false;
  const first = bytes[p]!;
  if (first !== 0x5b && (first < 0x30 || first > 0x39)) return false;
  let take = 0;
  let q = p;
  while (take < SPAN && q < end) {
    unitOffsets[take] = q - start;
    const b = bytes[q]!;
    if (b < 0x80) {
      units[take++] = b;
      q++;
      continue;
    }
    const r = readUtf8(bytes, q, end);
    const cp = r >> 3;
    q += r & 7;
    if (cp > 0xffff) {
      units[take++] = 0xd800 + ((cp - 0x10000) >> 10);
      if (take === SPAN) break;
      unitOffsets[take] = q - start;
      units[take++] = 0xdc00 + ((cp - 0x10000) & 0x3ff);
    } else {
      units[take++] = cp;
    }
  }
  unitOffsets[take] = q - start;
  if (scan(units, 0, take, false, out) !== HEADER) return false;
  // The body starts after ASCII (`]`, ` ` or `- `), so at the start of a whole character.
  out.bodyStart = unitOffsets[out.bodyStart]!;
  return true;
}

/**
 * The scanner: `src[base + i]` for `0 <= i < n` is the line from its first visible character
 * (UTF-16 units, or bytes when `fromBytes`). Reads nothing at or past `n`. From bytes it gives
 * up with {@link NEEDS_UNITS} at the first byte outside ASCII it would have to interpret;
 * until then bytes and units are the same characters.
 */
function scan(
  src: Uint8Array | Int32Array,
  base: number,
  n: number,
  fromBytes: boolean,
  out: HeaderFields,
): number {
  const found = tokenize(src, base, n, fromBytes);
  if (found !== HEADER) return found;
  const arrangement = arrange();
  return arrangement !== NOT_ARRANGED && fill(out, arrangement, tokenEnd) ? HEADER : NOT_HEADER;
}

/** The first half of {@link scan}: reads the tokens, or says why there is no header. */
function tokenize(src: Uint8Array | Int32Array, base: number, n: number, fromBytes: boolean) {
  let i = 0;
  let code = src[base]!;
  const bracket = code === 0x5b;
  if (bracket) i++;

  const limit = Math.min(n, i + MAX_HEADER);
  let count = 0;
  let pendingSep = 0;
  let ampm = 0;
  let buddhist = false;
  let end = -1;
  while (i < limit) {
    code = src[base + i]!;
    if (code >= 0x80 && fromBytes) return NEEDS_UNITS;
    if (code >= 0x30 && code <= 0x39) {
      if (count === 6) return NOT_HEADER;
      let v = 0;
      let d = 0;
      while (i < limit && d < 5) {
        const c = src[base + i]!;
        if (c < 0x30 || c > 0x39) break;
        v = v * 10 + (c - 0x30);
        d++;
        i++;
      }
      nums[count] = v;
      digits[count] = d;
      seps[count] = count === 0 ? GAP : pendingSep === 0 ? GAP : pendingSep;
      count++;
      pendingSep = 0;
      continue;
    }
    if (isInvisible(code)) {
      i++;
      continue;
    }
    if (bracket && code === 0x5d) {
      end = i + 1;
      if (end < n && src[base + end] === 0x20) end++;
      break;
    }
    if (isGap(code)) {
      if (
        !bracket &&
        code === 0x20 &&
        i + 2 < n &&
        src[base + i + 1] === 0x2d &&
        src[base + i + 2] === 0x20
      ) {
        end = i + 3;
        break;
      }
      pendingSep = GAP;
      i++;
      continue;
    }
    const sep = sepOf(code);
    if (sep !== 0) {
      // A separator straight after a number joins it to the next; after a gap it is noise.
      if (pendingSep === 0) pendingSep = sep;
      i++;
      continue;
    }
    if (isAsciiLetter(code)) {
      let word = 0;
      let letters = 0;
      while (i < limit) {
        const c = src[base + i]!;
        if (c >= 0x80 && fromBytes) return NEEDS_UNITS;
        if (isAsciiLetter(c)) {
          if (++letters <= MAX_WORD) word = word * 32 + ((c | 0x20) - 0x60);
          i++;
        } else if (c === 0x2e) {
          i++;
        } else if (
          (c === 0x20 || c === 0xa0 || c === 0x202f) &&
          letters === 1 &&
          i + 1 < n &&
          isAsciiLetter(src[base + i + 1]!)
        ) {
          i++; // "a. m."
        } else break;
      }
      const kind = letters > MAX_WORD ? 0 : (wordKinds.get(word) ?? 0);
      if (kind === 0) return NOT_HEADER;
      if (kind === BE) buddhist = true;
      else ampm = kind;
      pendingSep = GAP;
      continue;
    }
    return NOT_HEADER;
  }
  if (end < 0 || (count !== 5 && count !== 6)) return NOT_HEADER;
  tokenCount = count;
  tokenBracket = bracket;
  tokenAmpm = ampm;
  tokenBuddhist = buddhist;
  tokenEnd = end;
  return HEADER;
}

/**
 * The second half of {@link scan}, for all but the numbers' values: checks the tokens'
 * separators and digit counts, and finds where the date and the time are and the header's
 * shape. Returns them packed as `shape << 16 | cDigits << 13 | aDigits << 10 | ampm << 8 |
 * timeCount << 6 | timeAt << 3 | dateAt`, or NOT_ARRANGED.
 */
function arrange(): number {
  const count = tokenCount;
  const bracket = tokenBracket;
  const ampm = tokenAmpm;
  const buddhist = tokenBuddhist;

  // Two groups: three date numbers and two or three time numbers, in either order.
  // seps[k] is the separator before number k; GAP starts a new group.
  let split = -1;
  for (let k = 1; k < count; k++) {
    if (seps[k] === GAP) {
      if (split !== -1) return NOT_ARRANGED;
      split = k;
    }
  }
  if (split !== 2 && split !== 3) return NOT_ARRANGED;
  const firstSep = seps[1]!;
  const secondSep = seps[split + 1]!;
  if (split === 3 && seps[2] !== firstSep) return NOT_ARRANGED;
  if (count - split === 3 && seps[split + 2] !== secondSep) return NOT_ARRANGED;
  let timeFirst: boolean;
  if (firstSep === COLON) timeFirst = true;
  else if (secondSep === COLON) timeFirst = false;
  else if (split === 2) timeFirst = true;
  else if (count - split === 2) timeFirst = false;
  else timeFirst = secondSep === SLASH || secondSep === DASH;
  const dateAt = timeFirst ? split : 0;
  const timeAt = timeFirst ? 0 : 3;
  const timeCount = timeFirst ? split : count - 3;
  if (timeFirst ? count - split !== 3 : split !== 3) return NOT_ARRANGED;
  const dateSep = seps[dateAt + 1]!;
  const timeSep = seps[timeAt + 1]!;
  if (dateSep === COLON || dateSep === GAP || (timeSep !== COLON && timeSep !== DOT))
    return NOT_ARRANGED;
  if (digits[timeAt + 1] !== 2) return NOT_ARRANGED;

  const aDigits = digits[dateAt]!;
  const cDigits = digits[dateAt + 2]!;
  if (aDigits > 4 || cDigits > 4 || digits[dateAt + 1]! > 2) return NOT_ARRANGED;
  const shape =
    (bracket ? 1 : 0) |
    (timeFirst ? 2 : 0) |
    (dateSep << 2) |
    (timeSep << 5) |
    (timeCount === 3 ? SECONDS : 0) |
    (ampm !== 0 ? CLOCK_12H : 0) |
    (aDigits === 4 ? YEAR_FIRST : 0) |
    (cDigits === 4 ? YEAR4_LAST : 0) |
    (buddhist ? BUDDHIST : 0);
  return (
    (shape << 16) |
    (cDigits << 13) |
    (aDigits << 10) |
    (ampm << 8) |
    (timeCount << 6) |
    (timeAt << 3) |
    dateAt
  );
}

/**
 * The rest of {@link scan}: checks the time's numbers in `nums`, placed as `arrangement` (from
 * arrange()) says, and fills `out` with the header that ends at `bodyStart`.
 */
function fill(out: HeaderFields, arrangement: number, bodyStart: number): boolean {
  const dateAt = arrangement & 7;
  const timeAt = (arrangement >> 3) & 7;
  const timeCount = (arrangement >> 6) & 3;
  const ampm = (arrangement >> 8) & 3;
  const shape = arrangement >> 16;

  let hour = nums[timeAt]!;
  const minute = nums[timeAt + 1]!;
  const second = timeCount === 3 ? nums[timeAt + 2]! : 0;
  if (minute > 59 || second > 59) return false;
  if (ampm !== 0) {
    // "23:59 PM" turns up in hand-edited exports: a PM hour past 12 is read as 24-hour.
    if (hour > 23 || (hour > 12 && ampm === AM)) return false;
    if (hour === 12) hour = 0;
    if (ampm === PM && hour < 12) hour += 12;
  } else if (hour > 23) return false;

  out.a = nums[dateAt]!;
  out.b = nums[dateAt + 1]!;
  out.c = nums[dateAt + 2]!;
  out.aDigits = (arrangement >> 10) & 7;
  out.cDigits = (arrangement >> 13) & 7;
  out.seconds = hour * 3600 + minute * 60 + second;
  out.bodyStart = bodyStart;
  out.buddhist = (shape & BUDDHIST) !== 0;
  out.shape = shape;
  return true;
}
