import { sql, type Kysely } from 'kysely';

/**
 * Who is in a circle is the members' choice. Accepting an invitation no longer makes a member:
 * it makes a request to join (`join_requests`), which sees nothing of the circle until a member
 * lets it in (the request's id becomes the member's id) and lapses after seven days. A circle
 * has a keeper (`circles.keeper_member_id`): its creator at first, the longest-standing member
 * of those who stay when the keeper leaves.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('join_requests')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('circle_id', 'text', (c) => c.notNull().references('circles.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('invitation_id', 'text')
    .addColumn('requested_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('join_requests_circle_user', ['circle_id', 'user_id'])
    .execute();
  await db.schema
    .createIndex('join_requests_user_id')
    .on('join_requests')
    .column('user_id')
    .execute();

  await db.schema.alterTable('circles').addColumn('keeper_member_id', 'text').execute();
  await sql`update circles set keeper_member_id = (
      select m.id from members m where m.circle_id = circles.id and m.left_at is null
      order by m.joined_at, m.id limit 1)`.execute(db);
}
