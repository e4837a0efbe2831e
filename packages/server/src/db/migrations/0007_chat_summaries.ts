import type { Kysely } from 'kysely';

/**
 * Summary numbers of a chat a member analysed on their own device and chose to save to a
 * circle. Only numbers and participant names: the chat itself is never uploaded.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('chat_summaries')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('circle_id', 'text', (c) => c.notNull().references('circles.id').onDelete('cascade'))
    .addColumn('member_id', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addForeignKeyConstraint(
      'chat_summaries_member',
      ['circle_id', 'member_id'],
      'members',
      ['circle_id', 'id'],
      (fk) => fk.onDelete('cascade'),
    )
    .execute();
}
