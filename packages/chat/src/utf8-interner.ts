import { decodeUtf8 } from './utf8.ts';

/** A byte string seen before: its bytes, its decoded text, and what the caller made of it. */
export interface Interned<V> {
  readonly bytes: Uint8Array;
  readonly text: string;
  value: V | undefined;
}

/** How many recently found entries are compared before hashing. */
const RECENT = 8;

/**
 * Byte strings by content, so a text that repeats (an author's name, a media placeholder) is
 * decoded and interpreted once per export instead of once per message. Holds at most
 * `capacity` entries; past that, {@link find} answers null for anything new.
 */
export class Utf8Interner<V> {
  private readonly byHash = new Map<number, Interned<V>[]>();
  /** The last few entries found: a chat's few authors are nearly always among them. */
  private readonly recent: Interned<V>[] = [];
  private nextRecent = 0;
  private size = 0;

  constructor(private readonly capacity: number) {}

  /** The entry for `bytes[start..end)`, made on first sight; null when full and unseen. */
  find(bytes: Uint8Array, start: number, end: number): Interned<V> | null {
    const recent = this.recent;
    for (let k = 0; k < recent.length; k++) {
      if (sameBytes(recent[k]!.bytes, bytes, start, end)) return recent[k]!;
    }
    let hash = 0x811c9dc5;
    for (let i = start; i < end; i++) hash = Math.imul(hash ^ bytes[i]!, 0x01000193);
    let bucket = this.byHash.get(hash);
    if (bucket !== undefined) {
      for (const entry of bucket) {
        if (sameBytes(entry.bytes, bytes, start, end)) {
          this.remember(entry);
          return entry;
        }
      }
    }
    if (this.size >= this.capacity) return null;
    const entry: Interned<V> = {
      bytes: bytes.slice(start, end),
      text: decodeUtf8(bytes, start, end),
      value: undefined,
    };
    if (bucket === undefined) this.byHash.set(hash, (bucket = []));
    bucket.push(entry);
    this.size++;
    this.remember(entry);
    return entry;
  }

  private remember(entry: Interned<V>): void {
    if (this.recent.length < RECENT) this.recent.push(entry);
    else this.recent[this.nextRecent] = entry;
    this.nextRecent = (this.nextRecent + 1) % RECENT;
  }
}

function sameBytes(known: Uint8Array, bytes: Uint8Array, start: number, end: number): boolean {
  if (known.length !== end - start) return false;
  for (let k = 0; k < known.length; k++) if (known[k] !== bytes[start + k]) return false;
  return true;
}
