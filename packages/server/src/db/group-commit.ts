import { sql, type Kysely, type Transaction } from 'kysely';
import type { Db } from './database.ts';
import type { Database } from './schema.ts';

/**
 * A change that sums with others of its kind, written once per batch just before it commits:
 * fifty acts of one pair on one day make one aggregate upsert, not fifty. Sums of the same
 * `key` are merged; only writes that succeeded contribute theirs.
 */
export interface BatchSum {
  readonly key: string;
  /** Adds `other` (of the same key) into this one. */
  mergeFrom(other: BatchSum): void;
  write(tx: Transaction<Database>): Promise<void>;
}

/** What a write may hand to its batch besides its own statements. */
export interface Batch {
  /** Adds `sum` to the batch's sums, if this write succeeds. */
  defer(sum: BatchSum): void;
}

type Work<T> = (tx: Transaction<Database>, batch: Batch) => Promise<T>;

interface Pending {
  readonly work: Work<unknown>;
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: unknown) => void;
}

/**
 * Runs write transactions, committing the writes that arrive together as one SQLite
 * transaction: one fsync for the batch instead of one per write (with `synchronous = FULL`, the
 * fsync is most of a write's cost). Each write runs inside its own savepoint, so one that fails
 * is rolled back alone and rejects alone; the others commit. Sums a write defers (see BatchSum)
 * are merged over the batch and written just before its COMMIT. Every caller is answered only
 * after the batch's COMMIT returned, so an acknowledged write is on disk.
 *
 * On PostgreSQL each write is simply its own transaction: the server groups commits itself, and
 * several processes write at once.
 */
export class Writer {
  private queue: Pending[] = [];
  private scheduled = false;
  private readonly db: Kysely<Database>;

  constructor(private readonly database: Pick<Db, 'db' | 'dialect'>) {
    this.db = database.db;
  }

  transaction<T>(work: Work<T>): Promise<T> {
    if (this.database.dialect !== 'sqlite') return this.alone(work);
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ work, resolve: resolve as (value: unknown) => void, reject });
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => void this.flush());
      }
    });
  }

  private async flush(): Promise<void> {
    const batch = this.queue;
    this.queue = [];
    this.scheduled = false;
    const outcomes: ({ ok: true; value: unknown } | { ok: false; error: unknown })[] = [];
    try {
      const [only] = batch;
      if (batch.length === 1 && only) {
        // Alone in its batch: a plain transaction, no savepoint needed.
        await this.alone(only.work).then(only.resolve, only.reject);
        return;
      }
      await this.db.transaction().execute(async (tx) => {
        const sums = new Sums();
        for (const [i, item] of batch.entries()) {
          const savepoint = sql.raw(`write_${i}`);
          await sql`savepoint ${savepoint}`.execute(tx);
          const deferred: BatchSum[] = [];
          try {
            const value = await item.work(tx, { defer: (s) => deferred.push(s) });
            await sql`release ${savepoint}`.execute(tx);
            outcomes.push({ ok: true, value });
            sums.add(deferred);
          } catch (error) {
            try {
              await sql`rollback to ${savepoint}`.execute(tx);
              await sql`release ${savepoint}`.execute(tx);
            } catch {
              // The transaction itself is gone (SQLite rolls all of it back on a full disk or an
              // I/O error): the whole batch fails, with the error that ended it.
              throw error;
            }
            outcomes.push({ ok: false, error });
          }
        }
        await sums.write(tx);
      });
    } catch (error) {
      // The batch did not commit: nothing in it happened.
      for (const item of batch) item.reject(error);
      return;
    }
    batch.forEach((item, i) => {
      const outcome = outcomes[i];
      if (outcome?.ok) item.resolve(outcome.value);
      else item.reject(outcome ? outcome.error : new Error('write was not run'));
    });
  }

  /** One write in its own transaction, its deferred sums written before it commits. */
  private alone<T>(work: Work<T>): Promise<T> {
    return this.db.transaction().execute(async (tx) => {
      const sums = new Sums();
      const value = await work(tx, { defer: (s) => sums.add([s]) });
      await sums.write(tx);
      return value;
    });
  }
}

/** The sums of one batch, merged by key. */
class Sums {
  private readonly byKey = new Map<string, BatchSum>();

  add(sums: readonly BatchSum[]): void {
    for (const sum of sums) {
      const into = this.byKey.get(sum.key);
      if (into) into.mergeFrom(sum);
      else this.byKey.set(sum.key, sum);
    }
  }

  async write(tx: Transaction<Database>): Promise<void> {
    for (const sum of this.byKey.values()) await sum.write(tx);
  }
}
