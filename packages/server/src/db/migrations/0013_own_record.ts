import type { Kysely } from 'kysely';

/** The longest a season lasts before its member renews it. */
const SEASON_MAX_MS = 180 * 86_400_000;

/**
 * Each person acts on their own record.
 * - `rupture_repairs`: each member's own "repaired for me"; a rupture counts as repaired when
 *   every member involved has said it.
 * - `seasons.status`: `active`, or `suggested` by another member until the member it is about
 *   accepts it (declining deletes it). A season without an end gets one, 180 days after it
 *   started.
 * - `acts.questioned_at`: when the receiver said "I don't recognise this"; such an act stays out
 *   of the balance until its giver changes it or takes it back.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('rupture_repairs')
    .addColumn('rupture_id', 'text', (c) =>
      c.notNull().references('ruptures.id').onDelete('cascade'),
    )
    .addColumn('circle_id', 'text', (c) => c.notNull())
    .addColumn('member_id', 'text', (c) => c.notNull())
    .addColumn('repaired_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('rupture_repairs_pk', ['rupture_id', 'member_id'])
    .addForeignKeyConstraint(
      'rupture_repairs_member',
      ['circle_id', 'member_id'],
      'members',
      ['circle_id', 'id'],
      (fk) => fk.onDelete('cascade'),
    )
    .execute();

  await db.schema
    .alterTable('seasons')
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('active'))
    .execute();
  const open = await db
    .selectFrom('seasons')
    .select(['id', 'starts_at'])
    .where('ends_at', 'is', null)
    .execute();
  for (const season of open as { id: string; starts_at: string }[]) {
    const endsAt = new Date(Date.parse(season.starts_at) + SEASON_MAX_MS).toISOString();
    await db.updateTable('seasons').set({ ends_at: endsAt }).where('id', '=', season.id).execute();
  }

  await db.schema.alterTable('acts').addColumn('questioned_at', 'text').execute();
}
