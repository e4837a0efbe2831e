import { createUtf8Decoder } from './text-decoder.ts';

/** U+FFFD, what a decoder writes for bytes that are not UTF-8. */
export const REPLACEMENT = 0xfffd;

/**
 * Reads the character that starts at `bytes[i]` (before `end`) exactly as the WHATWG UTF-8
 * decoder (`TextDecoder`, not fatal) would: a valid sequence gives its code point; a byte that
 * cannot start one, or a sequence cut short by a wrong byte or by `end`, gives U+FFFD and
 * covers only the bytes before the one that broke it (that byte starts the next character).
 * Returns `codePoint << 3 | byteLength` (byteLength 1..4), so no object is made per call.
 */
export function readUtf8(bytes: Uint8Array, i: number, end: number): number {
  const lead = bytes[i]!;
  if (lead < 0x80) return (lead << 3) | 1;
  let need: number;
  let cp: number;
  let lower = 0x80;
  let upper = 0xbf;
  if (lead >= 0xc2 && lead <= 0xdf) {
    need = 1;
    cp = lead & 0x1f;
  } else if (lead >= 0xe0 && lead <= 0xef) {
    if (lead === 0xe0) lower = 0xa0;
    else if (lead === 0xed) upper = 0x9f;
    need = 2;
    cp = lead & 0x0f;
  } else if (lead >= 0xf0 && lead <= 0xf4) {
    if (lead === 0xf0) lower = 0x90;
    else if (lead === 0xf4) upper = 0x8f;
    need = 3;
    cp = lead & 0x07;
  } else {
    return (REPLACEMENT << 3) | 1;
  }
  for (let k = 1; k <= need; k++) {
    const at = i + k;
    if (at >= end) return (REPLACEMENT << 3) | k;
    const b = bytes[at]!;
    if (b < lower || b > upper) return (REPLACEMENT << 3) | k;
    lower = 0x80;
    upper = 0xbf;
    cp = (cp << 6) | (b & 0x3f);
  }
  return (cp << 3) | (need + 1);
}

/** The first UTF-16 unit of a code point (its high surrogate when outside the BMP). */
export const firstUnit = (cp: number): number =>
  cp > 0xffff ? 0xd800 + ((cp - 0x10000) >> 10) : cp;

/** The last UTF-16 unit of a code point (its low surrogate when outside the BMP). */
export const lastUnit = (cp: number): number =>
  cp > 0xffff ? 0xdc00 + ((cp - 0x10000) & 0x3ff) : cp;

/** How many UTF-16 units `bytes[start..end)` decode to, read as a whole (see {@link readUtf8}). */
export function utf16Length(bytes: Uint8Array, start: number, end: number): number {
  let units = 0;
  for (let i = start; i < end;) {
    if (bytes[i]! < 0x80) {
      units++;
      i++;
      continue;
    }
    const r = readUtf8(bytes, i, end);
    units += r >> 3 > 0xffff ? 2 : 1;
    i += r & 7;
  }
  return units;
}

/**
 * How many bytes at the end of `bytes[start..end)` a streaming decoder holds back, waiting for
 * the rest of a character: a lead byte and fewer continuation bytes than it needs, all valid.
 */
export function heldBackBytes(bytes: Uint8Array, start: number, end: number): number {
  for (let p = end - 1; p >= start && p >= end - 3; p--) {
    const b = bytes[p]!;
    if (b < 0x80) return 0;
    if (b < 0xc0) continue;
    // The last byte that is no continuation byte starts the character at the end.
    if (b < 0xc2 || b > 0xf4) return 0;
    const full = b < 0xe0 ? 2 : b < 0xf0 ? 3 : 4;
    const r = readUtf8(bytes, p, end);
    // Cut short by the end (not by a wrong byte, and not a whole U+FFFD written in the file).
    return r >> 3 === REPLACEMENT && p + (r & 7) === end && (r & 7) < full ? end - p : 0;
  }
  return 0;
}

const decoder = createUtf8Decoder();

/** `bytes[start..end)` as text, decoded as a whole (invalid bytes become U+FFFD). */
export function decodeUtf8(bytes: Uint8Array, start: number, end: number): string {
  return decoder.decode(bytes.subarray(start, end));
}
