import type { ChangeStamp } from '../db/change-stamp.ts';

/** Most answers kept at once; past it the oldest goes (each is a few hundred bytes). */
const MOST_KEPT = 10_000;

/**
 * Answers of one repository read, kept while nothing has been committed to the database by any
 * process (`ChangeStamp`): a repeated read then asks the database nothing, and the first read
 * after any commit asks again. Read the stamp before the query whose answer is kept, so a
 * commit that lands in between makes the kept answer stale at once. Where the database cannot
 * tell (PostgreSQL), nothing is kept.
 */
export class KeptWhileUnchanged<V> {
  private readonly kept = new Map<string, V>();
  /** The stamp `kept` was read under. */
  private keptUnder: string | null = null;
  /** Answers given from memory (for tests and benchmarks). */
  hits = 0;

  constructor(private readonly changes: ChangeStamp) {}

  /** The database's stamp now, to pass to `get` and then to `set` after the query. */
  stamp(): string | null {
    return this.changes.read();
  }

  /** The answer kept for `key` under `stamp`, if `usable` (say, not expired) says it still is. */
  get(key: string, stamp: string | null, usable: (value: V) => boolean): V | undefined {
    if (stamp === null || stamp !== this.keptUnder) return undefined;
    const value = this.kept.get(key);
    if (value === undefined || !usable(value)) return undefined;
    this.hits += 1;
    return value;
  }

  set(key: string, stamp: string | null, value: V): void {
    if (stamp === null) return;
    if (stamp !== this.keptUnder) {
      this.kept.clear();
      this.keptUnder = stamp;
    }
    if (this.kept.size >= MOST_KEPT) this.kept.delete(this.kept.keys().next().value!);
    this.kept.set(key, value);
  }
}
