import { fold } from '../fold.ts';
import { firstUnit, lastUnit, readUtf8 } from '../utf8.ts';

/** Node 0 stands for "no node": a walk that reaches it has left the trie. */
const NONE = 0;
const ROOT = 1;

/**
 * A trie of lower-cased phrases, walked from each word start of a text. Each phrase carries a
 * flag bit; a walk returns the bits of every phrase that starts there (a phrase is a prefix
 * match: "thank" also finds "thanks"). Walks stop at the first character that leaves the
 * trie, so ordinary words cost one or two lookups.
 *
 * The nodes are numbers and their ASCII children a flat table indexed by the raw character,
 * upper-case letters included, so a step over ASCII is one load with no folding, no call and
 * no object: word starts that pass the cheap pre-checks are frequent (about one in five in an
 * English chat), and most walks are two or three ASCII steps.
 */
export class PhraseTrie {
  /** 1 for every UTF-16 unit (either case) that starts some phrase: one load per word start. */
  readonly starts = new Uint8Array(0x10000);
  /** 1 for every folded ASCII pair that opens some phrase (index first * 128 + second). */
  private readonly pairs = new Uint8Array(128 * 128);
  /** How many node numbers are taken (0 and the root included). */
  private size = ROOT + 1;
  /**
   * The child of node `n` by ASCII unit `u` at `n << 7 | u`, for both cases; NONE if none.
   * 16 bits a node keep the rows that walks touch close together.
   */
  private ascii = new Uint16Array((ROOT + 1) << 7);
  /** The flags of the phrases that end at each node. */
  private flags = new Int32Array(ROOT + 1);
  /** The children by folded units outside ASCII, at `n * 0x10000 + unit`. */
  private readonly wide = new Map<number, number>();

  /** Adds `phrase` (any case) with flag `bit`. */
  add(phrase: string, bit: number): void {
    const lower = phrase.toLowerCase();
    this.starts[lower.charCodeAt(0)] = 1;
    this.starts[lower.toUpperCase().charCodeAt(0)] = 1;
    const first = lower.charCodeAt(0);
    const second = lower.charCodeAt(1);
    if (first < 128 && second < 128) this.pairs[first * 128 + second] = 1;
    let node = ROOT;
    for (let k = 0; k < lower.length; k++) node = this.childOrNew(node, lower.charCodeAt(k));
    this.flags[node]! |= bit;
  }

  /** Flags of every phrase that starts at `start` in `text`. */
  matchAt(text: string, start: number): number {
    let node = ROOT;
    let flags = 0;
    for (let j = start; j < text.length; j++) {
      node = this.child(node, text.charCodeAt(j));
      if (node === NONE) break;
      flags |= this.flags[node]!;
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
   * ASCII bytes are their own units and step through the table directly; the first byte
   * outside ASCII hands the rest of the walk to {@link matchWideBytesAt}.
   */
  matchBytesAt(bytes: Uint8Array, start: number, end: number): number {
    const ascii = this.ascii;
    let node = ROOT;
    let flags = 0;
    for (let p = start; p < end; p++) {
      const b = bytes[p]!;
      if (b >= 0x80) return flags | this.matchWideBytesAt(node, bytes, p, end);
      node = ascii[(node << 7) | b]!;
      if (node === NONE) break;
      flags |= this.flags[node]!;
    }
    return flags;
  }

  /** The rest of {@link matchBytesAt}: the walk on from `node` at byte `start`, decoding. */
  private matchWideBytesAt(node: number, bytes: Uint8Array, start: number, end: number): number {
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
      node = this.child(node, unit);
      if (node === NONE) break;
      flags |= this.flags[node]!;
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

  /** The child of `node` by the unit `code` (any case), or NONE. */
  private child(node: number, code: number): number {
    if (code < 128) return this.ascii[(node << 7) | code]!;
    // Folding may lead outside ASCII into it (the Kelvin sign to `k`).
    const folded = fold(code);
    if (folded < 128) return this.ascii[(node << 7) | folded]!;
    return this.wide.get(node * 0x10000 + folded) ?? NONE;
  }

  /** The child of `node` by the lower-case unit `code`, made if missing. */
  private childOrNew(node: number, code: number): number {
    const known =
      code < 128 ? this.ascii[(node << 7) | code]! : this.wide.get(node * 0x10000 + code);
    if (known !== undefined && known !== NONE) return known;
    const made = this.size++;
    if (made > 0xffff) throw new RangeError('PhraseTrie: more than 65535 nodes');
    if (made >= this.flags.length) this.grow();
    if (code < 128) {
      this.ascii[(node << 7) | code] = made;
      // Lower-case letters are reached from their upper case too, as fold() would.
      if (code >= 0x61 && code <= 0x7a) this.ascii[(node << 7) | (code - 0x20)] = made;
    } else {
      this.wide.set(node * 0x10000 + code, made);
    }
    return made;
  }

  /** Doubles the room for nodes. */
  private grow(): void {
    const flags = new Int32Array(this.flags.length * 2);
    flags.set(this.flags);
    this.flags = flags;
    const ascii = new Uint16Array(flags.length << 7);
    ascii.set(this.ascii);
    this.ascii = ascii;
  }
}
