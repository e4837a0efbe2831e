import type { Kysely } from 'kysely';

/**
 * A question a day (core `questions/`). `circle_questions` holds the question each circle was
 * asked on each of its days (the day in the circle's time zone), in which pass through its
 * shuffled bank, when it was first asked, and the one set aside by "another question", if any.
 * `question_answers` holds each member's one answer to their circle's question of a day; the
 * text is stored exactly as written, and deleted when its writer leaves the circle.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('circle_questions')
    .addColumn('circle_id', 'text', (c) => c.notNull().references('circles.id').onDelete('cascade'))
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('question_id', 'text', (c) => c.notNull())
    .addColumn('pass', 'integer', (c) => c.notNull())
    .addColumn('asked_at', 'text', (c) => c.notNull())
    .addColumn('set_aside_question_id', 'text')
    .addColumn('set_aside_pass', 'integer')
    .addColumn('swapped_by_member_id', 'text')
    .addColumn('swapped_at', 'text')
    .addPrimaryKeyConstraint('circle_questions_pk', ['circle_id', 'day'])
    .addForeignKeyConstraint(
      'circle_questions_swapped_by',
      ['circle_id', 'swapped_by_member_id'],
      'members',
      ['circle_id', 'id'],
      (fk) => fk.onDelete('cascade'),
    )
    .execute();
  await db.schema
    .createIndex('circle_questions_pass')
    .on('circle_questions')
    .columns(['circle_id', 'pass'])
    .execute();

  await db.schema
    .createTable('question_answers')
    .addColumn('circle_id', 'text', (c) => c.notNull())
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('member_id', 'text', (c) => c.notNull())
    .addColumn('question_id', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('question_answers_pk', ['circle_id', 'day', 'member_id'])
    .addForeignKeyConstraint(
      'question_answers_day',
      ['circle_id', 'day'],
      'circle_questions',
      ['circle_id', 'day'],
      (fk) => fk.onDelete('cascade'),
    )
    .addForeignKeyConstraint(
      'question_answers_member',
      ['circle_id', 'member_id'],
      'members',
      ['circle_id', 'id'],
      (fk) => fk.onDelete('cascade'),
    )
    .execute();
}
