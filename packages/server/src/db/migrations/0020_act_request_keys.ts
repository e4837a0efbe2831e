import type { Kysely } from 'kysely';

/**
 * `acts.request_key`: the `Idempotency-Key` its giver's client sent when logging it, if any.
 * Unique per giver, so a request retried after an answer that never arrived (the connection
 * dropped, the server restarted after committing) finds the act it already logged instead of
 * logging it twice. Kept in the act's own row, written in the act's own transaction: there is no
 * moment at which the act exists and its key does not, and deleting the act deletes the key.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('acts').addColumn('request_key', 'text').execute();
  await db.schema
    .createIndex('acts_request_key')
    .on('acts')
    .columns(['circle_id', 'from_member_id', 'request_key'])
    .unique()
    .execute();
}
