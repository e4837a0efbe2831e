/**
 * Answers already serialized, by key, bounded by their total size: the least recently used go
 * first once the bound is passed. In process memory only; whoever keys it makes the key change
 * whenever the answer would (see circle-reads.ts), so nothing here ever needs invalidating.
 */
export class ReadCache {
  private readonly entries = new Map<string, string>();
  private size = 0;

  /** `maxChars`: the bound on the keys' and answers' characters together. */
  constructor(private readonly maxChars: number) {}

  get(key: string): string | undefined {
    const body = this.entries.get(key);
    if (body === undefined) return undefined;
    // Most recently used last: Map keeps insertion order.
    this.entries.delete(key);
    this.entries.set(key, body);
    return body;
  }

  set(key: string, body: string): void {
    const cost = key.length + body.length;
    // An answer larger than the whole bound would only push everything else out.
    if (cost > this.maxChars) return;
    const old = this.entries.get(key);
    if (old !== undefined) {
      this.entries.delete(key);
      this.size -= key.length + old.length;
    }
    this.entries.set(key, body);
    this.size += cost;
    for (const [oldest, value] of this.entries) {
      if (this.size <= this.maxChars) break;
      this.entries.delete(oldest);
      this.size -= oldest.length + value.length;
    }
  }

  /** How many answers are held, and their characters with their keys'. */
  get stats(): { entries: number; chars: number } {
    return { entries: this.entries.size, chars: this.size };
  }
}
