import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';

/**
 * Owning one's account: a confirmed email (and one waiting for confirmation), sessions with a
 * public id, when they were last seen and from which browser, single-use emailed tokens
 * (password reset, email confirmation) kept only as hashes, and rate-limit counters shared by
 * every server process.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('users')
    .addColumn('email_confirmed', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.alterTable('users').addColumn('pending_email', 'text').execute();

  await db.schema.alterTable('sessions').addColumn('public_id', 'text').execute();
  await db.schema.alterTable('sessions').addColumn('last_seen_at', 'text').execute();
  await db.schema.alterTable('sessions').addColumn('user_agent', 'text').execute();
  // Sessions open at upgrade time stay signed in; each gets its public id here.
  const open = await db.selectFrom('sessions').select(['id', 'created_at']).execute();
  for (const session of open as { id: string; created_at: string }[]) {
    await db
      .updateTable('sessions')
      .set({ public_id: randomUUID(), last_seen_at: session.created_at })
      .where('id', '=', session.id)
      .execute();
  }
  await db.schema
    .createIndex('sessions_public_id')
    .on('sessions')
    .column('public_id')
    .unique()
    .execute();

  await db.schema
    .createTable('auth_tokens')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('email', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('auth_tokens_user_id').on('auth_tokens').column('user_id').execute();
  await db.schema
    .createIndex('auth_tokens_expires_at')
    .on('auth_tokens')
    .column('expires_at')
    .execute();

  await db.schema
    .createTable('rate_limits')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('window_start', 'text', (c) => c.notNull())
    .addColumn('count', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('rate_limits_window_start')
    .on('rate_limits')
    .column('window_start')
    .execute();
}
