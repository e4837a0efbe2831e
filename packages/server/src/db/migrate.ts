import { Migrator, type Kysely, type MigrationProvider } from 'kysely';
import { AppError } from '../errors.ts';
import { migrations } from './migrations/index.ts';
import type { Database } from './schema.ts';

const provider: MigrationProvider = { getMigrations: async () => migrations };

/**
 * Brings the database up to the newest migration. Safe to run from several processes at once
 * (Kysely takes a lock). Refuses a database that has migrations this build does not know: that
 * database was written by a newer recipro.
 */
export async function migrateToLatest(db: Kysely<Database>): Promise<string[]> {
  const migrator = new Migrator({ db, provider });
  const known = await migrator.getMigrations();
  const { error, results } = await migrator.migrateToLatest();
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
