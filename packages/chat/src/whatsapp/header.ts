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
  /** Index in the line where the author (or system text) begins. */
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

// Scratch space for one header: at most six numbers and the separator before each.
const nums = new Int32Array(6);
const digits = new Int32Array(6);
const seps = new Int32Array(6);

/** How far into a line a header may reach before we give up on it. */
const MAX_HEADER = 64;

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

// Words that may follow the numbers, folded to lower-case letters without dots or spaces.
const AM = 1;
const PM = 2;
const BE = 3;
const wordKind = (word: string): number => {
  switch (word) {
    case 'am':
    case 'a':
    case 'vorm':
      return AM;
    case 'pm':
    case 'p':
    case 'nachm':
      return PM;
    case 'be':
      return BE;
    default:
      return 0;
  }
};

/** Whether headers of `shape` separate the date with slashes (`3/27/22`). */
export function shapeHasSlashDate(shape: number): boolean {
  return ((shape >> 2) & 7) === SLASH;
}

/** Whether headers of `shape` write a two-digit year last (`27.03.22`, `3/27/22`). */
export function shapeHasTwoDigitYear(shape: number): boolean {
  return (shape & (YEAR_FIRST | YEAR4_LAST)) === 0;
}

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
  let code = line.charCodeAt(i);
  const bracket = code === 0x5b;
  if (bracket) i++;
  else if (code < 0x30 || code > 0x39) return false;

  const limit = Math.min(n, i + MAX_HEADER);
  let count = 0;
  let pendingSep = 0;
  let ampm = 0;
  let buddhist = false;
  let end = -1;
  while (i < limit) {
    code = line.charCodeAt(i);
    if (code >= 0x30 && code <= 0x39) {
      if (count === 6) return false;
      let v = 0;
      let d = 0;
      while (i < limit && d < 5) {
        const c = line.charCodeAt(i);
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
      if (end < n && line.charCodeAt(end) === 0x20) end++;
      break;
    }
    if (isGap(code)) {
      if (
        !bracket &&
        code === 0x20 &&
        line.charCodeAt(i + 1) === 0x2d &&
        line.charCodeAt(i + 2) === 0x20
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
      let word = '';
      while (i < limit) {
        const c = line.charCodeAt(i);
        if (isAsciiLetter(c)) {
          word += String.fromCharCode(c | 0x20);
          i++;
        } else if (c === 0x2e) {
          i++;
        } else if (
          (c === 0x20 || c === 0xa0 || c === 0x202f) &&
          word.length === 1 &&
          isAsciiLetter(line.charCodeAt(i + 1))
        ) {
          i++; // "a. m."
        } else break;
      }
      const kind = wordKind(word);
      if (kind === 0) return false;
      if (kind === BE) buddhist = true;
      else ampm = kind;
      pendingSep = GAP;
      continue;
    }
    return false;
  }
  if (end < 0 || (count !== 5 && count !== 6)) return false;

  // Two groups: three date numbers and two or three time numbers, in either order.
  // seps[k] is the separator before number k; GAP starts a new group.
  let split = -1;
  for (let k = 1; k < count; k++) {
    if (seps[k] === GAP) {
      if (split !== -1) return false;
      split = k;
    }
  }
  if (split !== 2 && split !== 3) return false;
  const firstSep = seps[1]!;
  const secondSep = seps[split + 1]!;
  if (split === 3 && seps[2] !== firstSep) return false;
  if (count - split === 3 && seps[split + 2] !== secondSep) return false;
  let timeFirst: boolean;
  if (firstSep === COLON) timeFirst = true;
  else if (secondSep === COLON) timeFirst = false;
  else if (split === 2) timeFirst = true;
  else if (count - split === 2) timeFirst = false;
  else timeFirst = secondSep === SLASH || secondSep === DASH;
  const dateAt = timeFirst ? split : 0;
  const timeAt = timeFirst ? 0 : 3;
  const timeCount = timeFirst ? split : count - 3;
  if (timeFirst ? count - split !== 3 : split !== 3) return false;
  const dateSep = seps[dateAt + 1]!;
  const timeSep = seps[timeAt + 1]!;
  if (dateSep === COLON || dateSep === GAP || (timeSep !== COLON && timeSep !== DOT)) return false;

  let hour = nums[timeAt]!;
  const minute = nums[timeAt + 1]!;
  const second = timeCount === 3 ? nums[timeAt + 2]! : 0;
  if (minute > 59 || second > 59 || digits[timeAt + 1] !== 2) return false;
  if (ampm !== 0) {
    // "23:59 PM" turns up in hand-edited exports: a PM hour past 12 is read as 24-hour.
    if (hour > 23 || (hour > 12 && ampm === AM)) return false;
    if (hour === 12) hour = 0;
    if (ampm === PM && hour < 12) hour += 12;
  } else if (hour > 23) return false;

  out.a = nums[dateAt]!;
  out.b = nums[dateAt + 1]!;
  out.c = nums[dateAt + 2]!;
  out.aDigits = digits[dateAt]!;
  out.cDigits = digits[dateAt + 2]!;
  if (out.aDigits > 4 || out.cDigits > 4 || digits[dateAt + 1]! > 2) return false;
  out.seconds = hour * 3600 + minute * 60 + second;
  out.bodyStart = end;
  out.buddhist = buddhist;
  out.shape =
    (bracket ? 1 : 0) |
    (timeFirst ? 2 : 0) |
    (dateSep << 2) |
    (timeSep << 5) |
    (timeCount === 3 ? SECONDS : 0) |
    (ampm !== 0 ? CLOCK_12H : 0) |
    (out.aDigits === 4 ? YEAR_FIRST : 0) |
    (out.cDigits === 4 ? YEAR4_LAST : 0) |
    (buddhist ? BUDDHIST : 0);
  return true;
}
