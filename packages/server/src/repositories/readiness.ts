import { sql, type Kysely } from 'kysely';
import { migrationState, type MigrationState } from '../db/migrate.ts';
import type { Database } from '../db/schema.ts';

/** The database, asked whether it answers and whether its schema is this build's. */
export class ReadinessRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** One round trip; throws when the database cannot be reached. */
  async ping(): Promise<void> {
    await sql`select 1`.execute(this.db);
  }

  migrations(): Promise<MigrationState> {
    return migrationState(this.db);
  }
}
