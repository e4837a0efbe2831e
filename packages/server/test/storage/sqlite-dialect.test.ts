import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../src/db/database.ts';

// The SQLite dialect keeps prepared statements; these check that keeping them changes nothing
// a caller can see.
describe('the SQLite dialect', () => {
  let dir: string;
  let db: Db;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'recipro-dialect-'));
    db = await openDatabase({ kind: 'sqlite', file: path.join(dir, 'd.sqlite') });
    await sql`create table t (n integer primary key, label text not null)`.execute(db.db);
  });
  afterAll(async () => {
    await db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('answers a repeated statement with fresh parameters, also after many others pushed it out', async () => {
    const insert = (n: number) =>
      db.db
        .insertInto('t' as never)
        .values({ n, label: `#${n}` } as never)
        .execute();
    const label = async (n: number) =>
      (await sql<{ label: string }>`select label from t where n = ${n}`.execute(db.db)).rows[0]
        ?.label;
    await insert(1);
    await insert(2);
    expect(await label(1)).toBe('#1');
    expect(await label(2)).toBe('#2');
    // More distinct texts than the cache keeps.
    for (let i = 0; i < 300; i++) {
      const { rows } = await sql<{ v: number }>`select ${sql.lit(i)} + ${i} as v`.execute(db.db);
      expect(rows[0]?.v).toBe(2 * i);
    }
    expect(await label(1)).toBe('#1');
    expect(await label(3)).toBeUndefined();
  });

  it('rolls back a failed transaction and reports the failure', async () => {
    await expect(
      db.db.transaction().execute(async (tx) => {
        await sql`insert into t (n, label) values (10, 'ten')`.execute(tx);
        await sql`insert into t (n, label) values (10, 'again')`.execute(tx);
      }),
    ).rejects.toThrow(/UNIQUE/);
    const { rows } = await sql<{ c: number }>`select count(*) as c from t where n = 10`.execute(
      db.db,
    );
    expect(rows[0]?.c).toBe(0);
  });

  it('streams a select, and runs the same text again afterwards', async () => {
    const seen: number[] = [];
    for await (const row of db.db
      .selectFrom('t' as never)
      .select(sql<number>`n`.as('n'))
      .orderBy(sql`n`)
      .stream()) {
      seen.push((row as { n: number }).n);
    }
    expect(seen).toEqual([1, 2]);
    const again = await db.db
      .selectFrom('t' as never)
      .select(sql<number>`n`.as('n'))
      .orderBy(sql`n`)
      .execute();
    expect(again).toEqual([{ n: 1 }, { n: 2 }]);
  });
});
