import type { Kysely } from 'kysely';

/**
 * Check-ins opened on a schedule: a circle may ask for a check-in every week or every month.
 * A scheduled check-in carries the period it belongs to (e.g. 2026-W48, 2026-11), unique per
 * circle, so however many processes look, each period opens once.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('checkin_schedules')
    .addColumn('circle_id', 'text', (c) =>
      c.primaryKey().references('circles.id').onDelete('cascade'),
    )
    .addColumn('instrument', 'text', (c) => c.notNull())
    .addColumn('cadence', 'text', (c) => c.notNull())
    .addColumn('set_by_member_id', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addForeignKeyConstraint(
      'checkin_schedules_set_by',
      ['circle_id', 'set_by_member_id'],
      'members',
      ['circle_id', 'id'],
      (fk) => fk.onDelete('cascade'),
    )
    .execute();
  await db.schema.alterTable('checkins').addColumn('period', 'text').execute();
  await db.schema
    .createIndex('checkins_circle_period')
    .on('checkins')
    .columns(['circle_id', 'period'])
    .unique()
    .execute();
}
