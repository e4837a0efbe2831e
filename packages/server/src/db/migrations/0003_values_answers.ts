import type { Kysely } from 'kysely';

/**
 * Values conversations reuse check-ins (same reveal rule, same tables) with open-text answers:
 * a check-in whose instrument is `values` stores its answers as a JSON array of texts here.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('checkin_answers').addColumn('texts', 'text').execute();
}
