import type { Kysely } from 'kysely';

/**
 * `users.locale`: the language a person chose for recipro, one of core's `LOCALES`. Kept on the
 * account, not in one browser, so the web app speaks it on every device and (later) their emails
 * are written in it. NULL means not chosen yet: accounts made before this migration keep NULL,
 * as does a sign-up that sent none. A stored value recipro does not speak reads as NULL.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('users').addColumn('locale', 'text').execute();
}
