import { PostgresAdapter, PostgresDialect, type DialectAdapter } from 'kysely';

/**
 * Kysely's PostgreSQL adapter without Kysely's migration lock: `migrateToLatest` (db/migrate.ts)
 * takes a lock of its own that ends with the migrations' transaction. Kysely's is held by the
 * session (`pg_advisory_lock`) and taken outside that transaction: behind PgBouncer in
 * transaction pooling the lock, the migrations and the unlock may each run on another server
 * connection, and a lock left held on one makes every later migration wait.
 */
export class TransactionLockAdapter extends PostgresAdapter {
  override async acquireMigrationLock(): Promise<void> {}
  override async releaseMigrationLock(): Promise<void> {}
}

/** Kysely's PostgreSQL dialect (node-postgres) with that adapter. */
export class ReciproPostgresDialect extends PostgresDialect {
  override createAdapter(): DialectAdapter {
    return new TransactionLockAdapter();
  }
}
