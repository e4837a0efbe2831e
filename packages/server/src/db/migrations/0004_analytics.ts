import type { Kysely } from 'kysely';

/**
 * Analytics: seasons, each user's ranked care languages, and the stored aggregates of acts
 * (per pair, day and form; and decayed sums per pair, block and form) that let a balance read
 * skip rescanning history. The aggregate rows mirror core's CircleAggregates exactly.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('seasons')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('circle_id', 'text', (c) => c.notNull().references('circles.id').onDelete('cascade'))
    .addColumn('member_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('starts_at', 'text', (c) => c.notNull())
    .addColumn('ends_at', 'text')
    .addColumn('note', 'text')
    .addColumn('created_by_member_id', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addForeignKeyConstraint(
      'seasons_member',
      ['circle_id', 'member_id'],
      'members',
      ['circle_id', 'id'],
      (fk) => fk.onDelete('cascade'),
    )
    .addForeignKeyConstraint(
      'seasons_created_by',
      ['circle_id', 'created_by_member_id'],
      'members',
      ['circle_id', 'id'],
      (fk) => fk.onDelete('cascade'),
    )
    .execute();
  await db.schema
    .createIndex('seasons_circle')
    .on('seasons')
    .columns(['circle_id', 'starts_at'])
    .execute();

  await db.schema
    .createTable('user_care_languages')
    .addColumn('user_id', 'text', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
    .addColumn('ranked', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('act_day_totals')
    .addColumn('circle_id', 'text', (c) => c.notNull().references('circles.id').onDelete('cascade'))
    .addColumn('from_member_id', 'text', (c) => c.notNull())
    .addColumn('to_member_id', 'text', (c) => c.notNull())
    .addColumn('day', 'integer', (c) => c.notNull())
    .addColumn('form', 'text', (c) => c.notNull())
    .addColumn('acts', 'integer', (c) => c.notNull())
    .addColumn('effort', 'integer', (c) => c.notNull())
    .addColumn('noticed', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('act_day_totals_pk', [
      'circle_id',
      'from_member_id',
      'to_member_id',
      'day',
      'form',
    ])
    .execute();
  await db.schema
    .createIndex('act_day_totals_circle_day')
    .on('act_day_totals')
    .columns(['circle_id', 'day'])
    .execute();

  await db.schema
    .createTable('act_decay_sums')
    .addColumn('circle_id', 'text', (c) => c.notNull().references('circles.id').onDelete('cascade'))
    .addColumn('from_member_id', 'text', (c) => c.notNull())
    .addColumn('to_member_id', 'text', (c) => c.notNull())
    .addColumn('block', 'integer', (c) => c.notNull())
    .addColumn('form', 'text', (c) => c.notNull())
    .addColumn('count', 'integer', (c) => c.notNull())
    .addColumn('noticed_count', 'integer', (c) => c.notNull())
    .addColumn('acts', 'double precision', (c) => c.notNull())
    .addColumn('effort', 'double precision', (c) => c.notNull())
    .addColumn('noticed', 'double precision', (c) => c.notNull())
    .addPrimaryKeyConstraint('act_decay_sums_pk', [
      'circle_id',
      'from_member_id',
      'to_member_id',
      'block',
      'form',
    ])
    .execute();
}
