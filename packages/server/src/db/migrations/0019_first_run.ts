import type { Kysely } from 'kysely';

/**
 * `users.first_run`: where a person stands with the first-run path the web app offers after
 * sign-up — 'open' (offered), 'skipped' ("Not now") or 'done'. Which steps are done is read from
 * the account's own data (a circle, an invitation or a member, an act); only leaving the path is
 * kept here, so it is remembered on every device. Accounts made before this migration have long
 * passed their first minutes: they count as 'done', and only new accounts start 'open'.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('users')
    .addColumn('first_run', 'text', (c) => c.notNull().defaultTo('done'))
    .execute();
}
