import type { Kysely } from 'kysely';

/**
 * Updates between members: a row per person told that something in a circle concerns them
 * (someone asked to join, a hand-over was proposed to them, a ritual they take part in changed…).
 * An update holds no words anyone wrote: its kind, who acted, and the id of what it is about.
 * Deleting an account or a circle deletes its updates; leaving a circle deletes the leaver's
 * updates from it.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('updates')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('circle_id', 'text', (c) => c.notNull().references('circles.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('actor_member_id', 'text')
    .addColumn('subject_id', 'text')
    .addColumn('detail', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('read_at', 'text')
    .execute();
  await db.schema
    .createIndex('updates_user_created')
    .on('updates')
    .columns(['user_id', 'created_at', 'id'])
    .execute();
  await db.schema.createIndex('updates_circle').on('updates').column('circle_id').execute();
}
