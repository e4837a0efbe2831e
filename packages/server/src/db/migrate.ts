import {
  Migrator,
  sql,
  type Kysely,
  type MigrationProvider,
  type MigrationResultSet,
  type Transaction,
} from 'kysely';
import { AppError } from '../errors.ts';
import { migrations } from './migrations/index.ts';
import type { Database } from './schema.ts';

const provider: MigrationProvider = { getMigrations: async () => migrations };

/** The key of the migration lock on PostgreSQL: recipro's own, the same in every process. */
const MIGRATION_LOCK = 7_206_531_904_117n;

/**
 * Brings the database up to the newest migration. Safe to run from several processes at once:
 * on PostgreSQL the migrations run in one transaction that first takes a transaction-scoped
 * advisory lock, so the lock, the migrations and their end are on one server connection even
 * behind PgBouncer in transaction pooling, and nothing can leave the lock held (SQLite has one
 * writer). Refuses a database that has migrations this build does not know: that database was
 * written by a newer recipro.
 */
export async function migrateToLatest(db: Kysely<Database>): Promise<string[]> {
  const known = await new Migrator({ db, provider }).getMigrations();
  const { error, results } = db.getExecutor().adapter.supportsTransactionalDdl
    ? await migrateInOneTransaction(db)
    : await new Migrator({ db, provider }).migrateToLatest();
  if (error) {
    const unknown = error instanceof Error && /corrupted migrations/.test(error.message);
    throw new AppError(
      'internal',
      unknown
        ? `The database was migrated by a newer recipro (this one knows ${known.length} migrations). Upgrade recipro.`
        : `Migrating the database failed: ${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    );
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/** A migration that failed inside the one transaction: thrown to roll every migration back. */
class MigrationFailed extends Error {
  constructor(readonly resultSet: MigrationResultSet) {
    super('a migration failed');
  }
}

async function migrateInOneTransaction(db: Kysely<Database>): Promise<MigrationResultSet> {
  try {
    return await db.transaction().execute(async (trx) => {
      await sql`select pg_advisory_xact_lock(${sql.lit(MIGRATION_LOCK)})`.execute(trx);
      const migrator = new Migrator({
        db: asConnection(trx),
        provider,
        disableTransactions: true,
      });
      const resultSet = await migrator.migrateToLatest();
      if (resultSet.error) throw new MigrationFailed(resultSet);
      return resultSet;
    });
  } catch (error) {
    if (error instanceof MigrationFailed) return error.resultSet;
    return { error };
  }
}

/**
 * The transaction as the Migrator asks for a database: its `connection()` (which a transaction
 * refuses) is the transaction itself, so everything it runs runs inside it.
 */
function asConnection(trx: Transaction<Database>): Kysely<Database> {
  return new Proxy(trx, {
    get(target, property) {
      if (property === 'connection')
        return () => ({ execute: <T>(run: (db: Kysely<Database>) => Promise<T>) => run(target) });
      // Read on the transaction itself: its methods use its private fields.
      const value = Reflect.get(target, property, target) as unknown;
      return typeof value === 'function' ? (value as () => unknown).bind(target) : value;
    },
  });
}

/** How this database's schema compares with the migrations this build knows. */
export interface MigrationState {
  readonly known: number;
  readonly applied: number;
  /** Known migrations not yet applied: a deploy whose `migrate` has not run. */
  readonly pending: number;
}

/** Reads which migrations have run; reads only (no table is made where none is). */
export async function migrationState(db: Kysely<Database>): Promise<MigrationState> {
  const infos = await new Migrator({ db, provider }).getMigrations();
  const applied = infos.filter((info) => info.executedAt !== undefined).length;
  return { known: infos.length, applied, pending: infos.length - applied };
}
