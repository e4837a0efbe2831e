import type { Kysely } from 'kysely';

/**
 * The RECIPRO cycle: check-ins and their answers, private reflections, needs (with thanks),
 * ruptures and repairs. Booleans are 0/1 integers so both databases read them the same way.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('checkins')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('circle_id', 'text', (c) => c.notNull().references('circles.id').onDelete('cascade'))
    .addColumn('instrument', 'text', (c) => c.notNull())
    .addColumn('instrument_version', 'integer', (c) => c.notNull())
    .addColumn('opened_by_member_id', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('closed_at', 'text')
    .addUniqueConstraint('checkins_circle_id', ['circle_id', 'id'])
    .addForeignKeyConstraint(
      'checkins_opened_by',
      ['circle_id', 'opened_by_member_id'],
      'members',
      ['circle_id', 'id'],
      (fk) => fk.onDelete('cascade'),
    )
    .execute();
  await db.schema
    .createIndex('checkins_circle_created')
    .on('checkins')
    .columns(['circle_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('checkin_answers')
    .addColumn('checkin_id', 'text', (c) => c.notNull())
    .addColumn('circle_id', 'text', (c) => c.notNull())
    .addColumn('member_id', 'text', (c) => c.notNull())
    .addColumn('positions', 'text', (c) => c.notNull())
    .addColumn('scores', 'text', (c) => c.notNull())
    .addColumn('total', 'integer')
    .addColumn('note', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('checkin_answers_pk', ['checkin_id', 'member_id'])
    .addForeignKeyConstraint(
      'checkin_answers_checkin',
      ['circle_id', 'checkin_id'],
      'checkins',
      ['circle_id', 'id'],
      (fk) => fk.onDelete('cascade'),
    )
    .addForeignKeyConstraint(
      'checkin_answers_member',
      ['circle_id', 'member_id'],
      'members',
      ['circle_id', 'id'],
      (fk) => fk.onDelete('cascade'),
    )
    .execute();

  await db.schema
    .createTable('reflections')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('circle_id', 'text', (c) => c.notNull().references('circles.id').onDelete('cascade'))
    .addColumn('author_member_id', 'text', (c) => c.notNull())
    .addColumn('prompt_id', 'text')
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addForeignKeyConstraint(
      'reflections_author',
      ['circle_id', 'author_member_id'],
      'members',
      ['circle_id', 'id'],
      (fk) => fk.onDelete('cascade'),
    )
    .execute();
  await db.schema
    .createIndex('reflections_author')
    .on('reflections')
    .columns(['circle_id', 'author_member_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('needs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('circle_id', 'text', (c) => c.notNull().references('circles.id').onDelete('cascade'))
    .addColumn('author_member_id', 'text', (c) => c.notNull())
    .addColumn('starter_id', 'text')
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('shared', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('needs_circle_id', ['circle_id', 'id'])
    .addForeignKeyConstraint(
      'needs_author',
      ['circle_id', 'author_member_id'],
      'members',
      ['circle_id', 'id'],
      (fk) => fk.onDelete('cascade'),
    )
    .execute();

  await db.schema
    .createTable('need_thanks')
    .addColumn('need_id', 'text', (c) => c.notNull())
    .addColumn('circle_id', 'text', (c) => c.notNull())
    .addColumn('member_id', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('need_thanks_pk', ['need_id', 'member_id'])
    .addForeignKeyConstraint(
      'need_thanks_need',
      ['circle_id', 'need_id'],
      'needs',
      ['circle_id', 'id'],
      (fk) => fk.onDelete('cascade'),
    )
    .addForeignKeyConstraint(
      'need_thanks_member',
      ['circle_id', 'member_id'],
      'members',
      ['circle_id', 'id'],
      (fk) => fk.onDelete('cascade'),
    )
    .execute();

  await db.schema
    .createTable('ruptures')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('circle_id', 'text', (c) => c.notNull().references('circles.id').onDelete('cascade'))
    .addColumn('logged_by_member_id', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('note_private', 'integer', (c) => c.notNull())
    .addColumn('occurred_at', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('repair_started_by_member_id', 'text')
    .addColumn('repair_started_at', 'text')
    .addColumn('repaired_at', 'text')
    .addForeignKeyConstraint(
      'ruptures_logged_by',
      ['circle_id', 'logged_by_member_id'],
      'members',
      ['circle_id', 'id'],
      (fk) => fk.onDelete('cascade'),
    )
    .addForeignKeyConstraint(
      'ruptures_started_by',
      ['circle_id', 'repair_started_by_member_id'],
      'members',
      ['circle_id', 'id'],
      (fk) => fk.onDelete('cascade'),
    )
    .execute();
  await db.schema
    .createIndex('ruptures_circle_occurred')
    .on('ruptures')
    .columns(['circle_id', 'occurred_at'])
    .execute();
}
