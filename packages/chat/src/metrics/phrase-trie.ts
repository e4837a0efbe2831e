import { fold } from '../fold.ts';
import { firstUnit, lastUnit, readUtf8 } from '../utf8.ts';

/**
 * A trie of lower-cased phrases, walked from each word start of a text. Each phrase carries a
 * flag bit; a walk returns the bits of every phrase that starts there (a phrase is a prefix
 * match: "thank" also finds "thanks"). Walks stop at the first character that leaves the
 * trie, so ordinary words cost one or two lookups.
 */
export class PhraseTrie {
  private readonly root = new TrieNode();
  /** 1 for every UTF-16 unit (either case) that starts some phrase: one load per word start. */
  readonly starts = new Uint8Array(0x10000);
  /** 1 for every folded ASCII pair that opens some phrase (index first * 128 + second). */
  private readonly pairs = new Uint8Array(128 * 128);

  /** Adds `phrase` (any case) with flag `bit`. */
  add(phrase: string, bit: number): void {
    const lower = phrase.toLowerCase();
    this.starts[lower.charCodeAt(0)] = 1;
    this.starts[lower.toUpperCase().charCodeAt(0)] = 1;
    const first = lower.charCodeAt(0);
    const second = lower.charCodeAt(1);
    if (first < 128 && second < 128) this.pairs[first * 128 + second] = 1;
    let node = this.root;
    for (const ch of lower) {
      for (let k = 0; k < ch.length; k++) node = node.childOrNew(ch.charCodeAt(k));
    }
    node.flags |= bit;
  }

  /** Flags of every phrase that starts at `start` in `text`. */
  matchAt(text: string, start: number): number {
    let node: TrieNode | undefined = this.root;
    let flags = 0;
    for (let j = start; j < text.length; j++) {
      node = node.child(fold(text.charCodeAt(j)));
      if (node === undefined) break;
      flags |= node.flags;
    }
    return flags;
  }

  /**
   * A cheap test before {@link matchAt}: false when no phrase can start at `start` (by its
   * first character, and for ASCII by its first two).
   */
  mayMatchAt(text: string, start: number): boolean {
    const a = text.charCodeAt(start);
    if (this.starts[a] !== 1) return false;
    const b = text.charCodeAt(start + 1);
    if (a >= 128 || !(b < 128)) return true;
    return this.pairs[fold(a) * 128 + fold(b)] === 1;
  }

  /**
   * {@link mayMatchAt} for a phrase start `a` followed by `b` (both UTF-16 units; `b` is -1
   * when nothing follows).
   */
  mayStartWith(a: number, b: number): boolean {
    if (this.starts[a] !== 1) return false;
    if (a >= 128 || b === -1 || b >= 128) return true;
    return this.pairs[fold(a) * 128 + fold(b)] === 1;
  }

  /**
   * {@link matchAt} for UTF-8 text: the phrases that start at byte `start` of
   * `bytes[start..end)`, walked over the same UTF-16 units the decoded text would hold.
   */
  matchBytesAt(bytes: Uint8Array, start: number, end: number): number {
    let node: TrieNode | undefined = this.root;
    let flags = 0;
    let low = -1;
    let p = start;
    for (;;) {
      let unit: number;
      if (low !== -1) {
        unit = low;
        low = -1;
      } else {
        if (p >= end) break;
        unit = bytes[p]!;
        if (unit < 0x80) p++;
        else {
          const r = readUtf8(bytes, p, end);
          const cp = r >> 3;
          p += r & 7;
          unit = firstUnit(cp);
          if (cp > 0xffff) low = lastUnit(cp);
        }
      }
      node = node.child(fold(unit));
      if (node === undefined) break;
      flags |= node.flags;
    }
    return flags;
  }

  /**
   * {@link mayMatchAt} for UTF-8 text: `a` is the unit a phrase would start with and `next`
   * the byte after its character.
   */
  mayMatchBytesAt(a: number, bytes: Uint8Array, next: number, end: number): boolean {
    return this.mayStartWith(a, next >= end ? -1 : bytes[next]!);
  }
}

class TrieNode {
  flags = 0;
  private ascii: (TrieNode | undefined)[] | null = null;
  private other: Map<number, TrieNode> | null = null;

  child(code: number): TrieNode | undefined {
    if (code < 128) return this.ascii === null ? undefined : this.ascii[code];
    return this.other?.get(code);
  }

  childOrNew(code: number): TrieNode {
    let next = this.child(code);
    if (next !== undefined) return next;
    next = new TrieNode();
    if (code < 128)
      (this.ascii ??= new Array<TrieNode | undefined>(128).fill(undefined))[code] = next;
    else (this.other ??= new Map()).set(code, next);
    return next;
  }
}
