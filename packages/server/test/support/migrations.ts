import { Migrator, type Kysely } from 'kysely';
import { migrations } from '../../src/db/migrations/index.ts';

/**
 * Migrates a fresh database up to the migration just before `migration`, so a migration test can
 * write data the way the app did then and see what `migration` makes of it.
 */
export async function migrateToJustBefore(db: Kysely<any>, migration: string): Promise<void> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const before = Object.keys(migrations).filter((name) => name < migration);
  const { error } = await migrator.migrateTo(before[before.length - 1]!);
  if (error) throw error;
}
