import { firstUnit, lastUnit, readUtf8 } from '../utf8.ts';

/**
 * Finds authors whose names contain ": " (a contact saved as "Coach: Mike"). Every line such
 * a person writes starts "Coach: Mike: …", so in the sample the first-": " prefix "Coach" is
 * always followed by the same second segment. A prefix seen at least `MIN_LINES` times, always
 * with the same second segment, is taken as one longer name. A person who merely begins every
 * message with "Re: " is indistinguishable, hence the threshold.
 */
export function findColonAuthors(bodies: readonly string[]): string[] {
  const seen = new Map<string, { count: number; name: string | null }>();
  for (const body of bodies) {
    const first = body.indexOf(': ');
    if (first <= 0) continue;
    const prefix = body.slice(0, first);
    const second = body.indexOf(': ', first + 2);
    const name = second === -1 ? null : body.slice(0, second);
    const entry = seen.get(prefix);
    if (entry === undefined) seen.set(prefix, { count: 1, name });
    else {
      entry.count++;
      if (entry.name !== name) entry.name = null;
    }
  }
  const names: string[] = [];
  for (const { count, name } of seen.values()) {
    if (name !== null && count >= MIN_LINES) names.push(name);
  }
  return names;
}

/** How many sample lines a name with ": " needs before it is believed. */
export const MIN_LINES = 3;

/** The length of the author in `body` when it starts with one of `names` and ": ", else -1. */
export function colonAuthorEnd(body: string, names: readonly string[]): number {
  for (const name of names) {
    if (body.startsWith(name) && body.startsWith(': ', name.length)) return name.length;
  }
  return -1;
}

/**
 * {@link colonAuthorEnd} for a body given as UTF-8 `bytes[start..end)`: the byte index where
 * a learnt name ends (followed by ": "), else -1. Names are compared unit by unit with the
 * decoded bytes, so a name holding U+FFFD matches exactly what the decoded text would.
 */
export function colonAuthorEndUtf8(
  bytes: Uint8Array,
  start: number,
  end: number,
  names: readonly string[],
): number {
  for (const name of names) {
    const at = afterPrefix(bytes, start, end, name);
    if (at !== -1 && at + 1 < end && bytes[at] === 0x3a && bytes[at + 1] === 0x20) return at;
  }
  return -1;
}

/** The byte after `prefix` when `bytes[start..end)` decodes to text starting with it, else -1. */
function afterPrefix(bytes: Uint8Array, start: number, end: number, prefix: string): number {
  let p = start;
  let k = 0;
  while (k < prefix.length) {
    if (p >= end) return -1;
    const b = bytes[p]!;
    if (b < 0x80) {
      if (prefix.charCodeAt(k) !== b) return -1;
      k++;
      p++;
      continue;
    }
    const r = readUtf8(bytes, p, end);
    const cp = r >> 3;
    if (prefix.charCodeAt(k) !== firstUnit(cp)) return -1;
    k++;
    if (cp > 0xffff) {
      // A prefix ending between the two halves of a pair is followed by a low surrogate, not ": ".
      if (k >= prefix.length || prefix.charCodeAt(k) !== lastUnit(cp)) return -1;
      k++;
    }
    p += r & 7;
  }
  return p;
}
