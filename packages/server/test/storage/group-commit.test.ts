import { sql, type Transaction } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../src/db/database.ts';
import { Writer, type BatchSum } from '../../src/db/group-commit.ts';
import type { Database } from '../../src/db/schema.ts';
import { testDatabases } from '../support/databases.ts';

/** A running total kept in table `total`, changed once per batch however many writes add to it. */
class TotalSum implements BatchSum {
  readonly key = 'total';
  static writes = 0;
  constructor(
    private amount: number,
    private readonly failOnWrite = false,
  ) {}
  mergeFrom(other: BatchSum): void {
    if (!(other instanceof TotalSum)) throw new TypeError('not a total');
    this.amount += other.amount;
  }
  async write(tx: Transaction<Database>): Promise<void> {
    TotalSum.writes += 1;
    if (this.failOnWrite) throw new Error('the sum could not be written');
    await sql`update total set n = n + ${this.amount}`.execute(tx);
  }
}

describe.each(testDatabases())('the writer on $name', (database) => {
  let db: Db;
  let drop: () => Promise<void>;
  let writer: Writer;
  beforeAll(async () => {
    const created = await database.create();
    drop = created.drop;
    db = await openDatabase(created.config);
    await sql`create table item (id integer primary key)`.execute(db.db);
    await sql`create table total (n integer not null)`.execute(db.db);
    writer = new Writer(db);
  });
  beforeEach(async () => {
    await sql`delete from item`.execute(db.db);
    await sql`delete from total`.execute(db.db);
    await sql`insert into total (n) values (0)`.execute(db.db);
    TotalSum.writes = 0;
  });
  afterAll(async () => {
    await db?.close();
    await drop?.();
  });

  const items = async () =>
    (await sql<{ id: number }>`select id from item order by id`.execute(db.db)).rows.map((r) =>
      Number(r.id),
    );
  const total = async () =>
    Number((await sql<{ n: number }>`select n from total`.execute(db.db)).rows[0]?.n);
  const addItem = (id: number, amount: number) =>
    writer.transaction(async (tx, batch) => {
      await sql`insert into item (id) values (${id})`.execute(tx);
      batch.defer(new TotalSum(amount));
      return id;
    });

  it('commits writes that arrive together; one that fails rejects alone, with its sum', async () => {
    const results = await Promise.allSettled([
      addItem(1, 10),
      addItem(2, 20),
      addItem(1, 40), // the same id again: refused by the primary key
      addItem(3, 30),
    ]);
    expect(results.map((r) => r.status)).toEqual([
      'fulfilled',
      'fulfilled',
      'rejected',
      'fulfilled',
    ]);
    expect(await items()).toEqual([1, 2, 3]);
    expect(await total()).toBe(60);
    if (db.dialect === 'sqlite') {
      // Arrived together: one batch, one write of the merged sum.
      expect(TotalSum.writes).toBe(1);
    } else {
      // Each write is its own transaction with its own sum; the refused one never got to it.
      expect(TotalSum.writes).toBe(3);
    }
  });

  it('writes the sum of a write that is alone in its batch', async () => {
    await addItem(7, 5);
    expect(await items()).toEqual([7]);
    expect(await total()).toBe(5);
  });

  it('changes nothing when a sum cannot be written: its writes are not acknowledged', async () => {
    const failing = writer.transaction(async (tx, batch) => {
      await sql`insert into item (id) values (${8})`.execute(tx);
      batch.defer(new TotalSum(1, true));
    });
    const other = addItem(9, 2);
    await expect(failing).rejects.toThrow('the sum could not be written');
    if (db.dialect === 'sqlite') {
      // In the same batch: nothing of it committed, and the other write is refused too.
      await expect(other).rejects.toThrow('the sum could not be written');
      expect(await items()).toEqual([]);
      expect(await total()).toBe(0);
    } else {
      await other;
      expect(await items()).toEqual([9]);
      expect(await total()).toBe(2);
    }
  });

  // Only SQLite batches writes (on PostgreSQL each is its own transaction): defined for it alone.
  if (database.name === 'sqlite')
    it('fails the whole batch with the error that ended its transaction, committing none of it', async () => {
      // SQLite may roll back a whole transaction on some errors (a full disk, an I/O error); here
      // a write does it itself, then fails as such a write would.
      const ending = writer.transaction(async (tx) => {
        await sql`insert into item (id) values (${11})`.execute(tx);
        await sql`rollback`.execute(tx);
        throw Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
      });
      const before = addItem(10, 1);
      const after = addItem(12, 1);
      for (const write of [before, ending, after])
        await expect(write).rejects.toMatchObject({ code: 'SQLITE_FULL' });
      expect(await items()).toEqual([]);
      expect(await total()).toBe(0);
      // The writer goes on: the next write commits.
      await addItem(13, 3);
      expect(await items()).toEqual([13]);
    });
});
