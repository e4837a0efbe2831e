import type { Kysely } from 'kysely';

/**
 * `request_keys`: the `Idempotency-Key`s a person's client sent with writes other than logging
 * an act (an act keeps its key in its own row, 0020), and the answer each write got. A key is
 * claimed before the write runs, so a second request with it never does the write again; the
 * answer is kept once it is known, so that request gets it again. Kept a day, per person: a key
 * is the person's own, and deleting the account deletes them.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('request_keys')
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('key', 'text', (c) => c.notNull())
    // SHA-256 of the method, path and body: the same key for another request is refused.
    .addColumn('fingerprint', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    // Null while the write runs (or if its process stopped before it could answer).
    .addColumn('status', 'integer')
    .addColumn('body', 'text')
    .addPrimaryKeyConstraint('request_keys_pkey', ['user_id', 'key'])
    .execute();
}
