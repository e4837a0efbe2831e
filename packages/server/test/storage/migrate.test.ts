import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../src/db/database.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import { migrations } from '../../src/db/migrations/index.ts';
import { testDatabases } from '../support/databases.ts';

/**
 * Several processes starting at once on one PostgreSQL each migrate: the migrations run in one
 * transaction behind a lock that ends with it (so PgBouncer in transaction pooling cannot strand
 * it on a server connection), once in all, and no lock is left held — after a refusal either.
 */
const postgresDatabases = testDatabases().filter((d) => d.name !== 'sqlite');

describe.each(postgresDatabases)('migrating on $name', (database) => {
  const cleanups: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  });

  /** Advisory locks held in this database (other test files' databases migrate meanwhile). */
  const advisoryLocks = async (db: Db) => {
    const { rows } = await sql<{ n: number | string }>`
      select count(*) as n from pg_locks where locktype = 'advisory'
      and database = (select oid from pg_database where datname = current_database())`.execute(
      db.db,
    );
    return Number(rows[0]!.n);
  };

  it('migrates once when several processes start at once, and holds no lock after', async () => {
    const created = await database.create();
    cleanups.push(created.drop);
    // PGlite is one connection in one process: one database object, asked three times at once.
    const opened =
      created.config.kind === 'pglite'
        ? [await openDatabase(created.config)]
        : await Promise.all([1, 2, 3].map(() => openDatabase(created.config)));
    cleanups.push(async () => {
      for (const db of opened) await db.close();
    });
    const applied = await Promise.all(
      [0, 1, 2].map((i) => migrateToLatest(opened[i % opened.length]!.db)),
    );
    expect(applied.flat().sort()).toEqual(Object.keys(migrations).sort());
    expect(applied.filter((names) => names.length > 0)).toHaveLength(1);
    expect(await advisoryLocks(opened[0]!)).toBe(0);
  });

  it('leaves no lock held after refusing a database a newer recipro migrated', async () => {
    const created = await database.createMigrated();
    cleanups.push(created.drop);
    const db = await openDatabase(created.config);
    cleanups.push(() => db.close());
    await db.db
      .insertInto('kysely_migration' as never)
      .values({ name: '9999_future', timestamp: new Date().toISOString() } as never)
      .execute();
    await expect(migrateToLatest(db.db)).rejects.toThrow(/newer recipro/);
    expect(await advisoryLocks(db)).toBe(0);
  });
});
