import { sql, type Kysely } from 'kysely';

/**
 * Delivery of updates between members by web push and email, through the reminder outbox.
 * - `update_choices`: a person's choice, per update kind, of push and email; a kind without a
 *   row has the default of its kind (`notify/update-messages.ts`).
 * - `updates.planned_at`: when the scheduler put the update's sends into the outbox (or decided
 *   none were wanted). Updates made before this migration count as planned, so an upgrade
 *   sends nothing from the past.
 * - `reminders.update_id` / `update_kind`: the update a row of the outbox tells of (deleting
 *   the update deletes it); `batch_id`: the push that carried it (several updates share one when
 *   bundled); `url`: where a tap or the email's link leads in the app.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('update_choices')
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('push', 'integer', (c) => c.notNull())
    .addColumn('email', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('update_choices_pk', ['user_id', 'kind'])
    .execute();

  await db.schema.alterTable('updates').addColumn('planned_at', 'text').execute();
  await db
    .updateTable('updates')
    .set({ planned_at: sql`created_at` })
    .execute();
  await db.schema
    .createIndex('updates_unplanned')
    .on('updates')
    .column('created_at')
    .where(sql.ref('planned_at'), 'is', null)
    .execute();

  await db.schema
    .alterTable('reminders')
    .addColumn('update_id', 'text', (c) => c.references('updates.id').onDelete('cascade'))
    .execute();
  await db.schema.alterTable('reminders').addColumn('update_kind', 'text').execute();
  await db.schema.alterTable('reminders').addColumn('batch_id', 'text').execute();
  await db.schema.alterTable('reminders').addColumn('url', 'text').execute();
  await db.schema
    .createIndex('reminders_update_pushes')
    .on('reminders')
    .columns(['user_id', 'status', 'next_attempt_at'])
    .where(sql.ref('update_kind'), 'is not', null)
    .execute();
  await db.schema.createIndex('reminders_update').on('reminders').column('update_id').execute();
}
