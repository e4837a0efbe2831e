import { SqliteAdapter, sql, type Kysely } from 'kysely';

/**
 * Members who leave. A member who leaves a circle (or deletes their account) keeps a row, so
 * the acts they gave and received stay in the others' history, but the row no longer points to
 * an account: `user_id` becomes null, `name` empty, and `left_at` says when.
 *
 * PostgreSQL drops the NOT NULL in place. SQLite cannot, so the table is rebuilt the way SQLite
 * documents (foreign keys off, copy, drop, rename, check, foreign keys on); the tables that
 * refer to `members` keep referring to it by name.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  if (!(db.getExecutor().adapter instanceof SqliteAdapter)) {
    await db.schema
      .alterTable('members')
      .alterColumn('user_id', (c) => c.dropNotNull())
      .execute();
    await db.schema.alterTable('members').addColumn('left_at', 'text').execute();
    return;
  }
  await sql`pragma foreign_keys = off`.execute(db);
  try {
    await sql`begin`.execute(db);
    try {
      await db.schema
        .createTable('members_next')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('circle_id', 'text', (c) =>
          c.notNull().references('circles.id').onDelete('cascade'),
        )
        .addColumn('user_id', 'text', (c) => c.references('users.id').onDelete('cascade'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('joined_at', 'text', (c) => c.notNull())
        .addColumn('left_at', 'text')
        .addUniqueConstraint('members_circle_user', ['circle_id', 'user_id'])
        .addUniqueConstraint('members_circle_id', ['circle_id', 'id'])
        .execute();
      await sql`insert into members_next (id, circle_id, user_id, name, joined_at, left_at)
        select id, circle_id, user_id, name, joined_at, null from members`.execute(db);
      await sql`drop table members`.execute(db);
      await sql`alter table members_next rename to members`.execute(db);
      await db.schema.createIndex('members_user_id').on('members').column('user_id').execute();
      const { rows } = await sql`pragma foreign_key_check`.execute(db);
      if (rows.length > 0) throw new Error('members: foreign keys broken by the rebuild');
      await sql`commit`.execute(db);
    } catch (error) {
      await sql`rollback`.execute(db);
      throw error;
    }
  } finally {
    await sql`pragma foreign_keys = on`.execute(db);
  }
}
