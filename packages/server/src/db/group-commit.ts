import { sql, type Kysely, type Transaction } from 'kysely';
import type { Dialect } from './database.ts';
import type { Database } from './schema.ts';

type Work<T> = (tx: Transaction<Database>) => Promise<T>;

interface Pending {
  readonly work: Work<unknown>;
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: unknown) => void;
}

/**
 * Runs write transactions, committing the writes that arrive together as one SQLite
 * transaction: one fsync for the batch instead of one per write (with `synchronous = FULL`, the
 * fsync is most of a write's cost). Each write runs inside its own savepoint, so one that fails
 * is rolled back alone and rejects alone; the others commit. Every caller is answered only
 * after the batch's COMMIT returned, so an acknowledged write is on disk.
 *
 * On PostgreSQL each write is simply its own transaction: the server groups commits itself, and
 * several processes write at once.
 */
export class Writer {
  private queue: Pending[] = [];
  private scheduled = false;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: Dialect,
  ) {}

  transaction<T>(work: Work<T>): Promise<T> {
    if (this.dialect !== 'sqlite') return this.db.transaction().execute(work);
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
    const [only] = batch;
    if (batch.length === 1 && only) {
      // Alone in its batch: a plain transaction, no savepoint needed.
      await this.db.transaction().execute(only.work).then(only.resolve, only.reject);
      return;
    }
    const outcomes: ({ ok: true; value: unknown } | { ok: false; error: unknown })[] = [];
    try {
      await this.db.transaction().execute(async (tx) => {
        for (const [i, item] of batch.entries()) {
          const savepoint = sql.raw(`write_${i}`);
          await sql`savepoint ${savepoint}`.execute(tx);
          try {
            outcomes.push({ ok: true, value: await item.work(tx) });
            await sql`release ${savepoint}`.execute(tx);
          } catch (error) {
            await sql`rollback to ${savepoint}`.execute(tx);
            await sql`release ${savepoint}`.execute(tx);
            outcomes.push({ ok: false, error });
          }
        }
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
}
