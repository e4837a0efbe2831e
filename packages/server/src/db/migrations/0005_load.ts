import type { Kysely } from 'kysely';

/**
 * The load divider: responsibilities with an owner per stage of mental load, proposed
 * hand-overs, what each member thinks they carry, and the areas they prefer or cannot take on.
 * Stage owners are nullable composite foreign keys: unowned is allowed, a non-member is not.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  let table = db.schema
    .createTable('responsibilities')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('circle_id', 'text', (c) => c.notNull().references('circles.id').onDelete('cascade'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('area', 'text', (c) => c.notNull())
    .addColumn('frequency', 'text', (c) => c.notNull())
    .addColumn('effort', 'integer', (c) => c.notNull())
    .addColumn('catalogue_id', 'text')
    .addColumn('notice_member_id', 'text')
    .addColumn('plan_member_id', 'text')
    .addColumn('do_member_id', 'text')
    .addColumn('follow_up_member_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('responsibilities_circle_id', ['circle_id', 'id']);
  for (const stage of ['notice', 'plan', 'do', 'follow_up'] as const) {
    // Without ON DELETE: a member leaving must first hand over or clear what they own.
    table = table.addForeignKeyConstraint(
      `responsibilities_${stage}_owner`,
      ['circle_id', `${stage}_member_id` as const],
      'members',
      ['circle_id', 'id'],
    );
  }
  await table.execute();

  await db.schema
    .createTable('handovers')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('circle_id', 'text', (c) => c.notNull())
    .addColumn('responsibility_id', 'text', (c) => c.notNull())
    .addColumn('stage', 'text', (c) => c.notNull())
    .addColumn('from_member_id', 'text', (c) => c.notNull())
    .addColumn('to_member_id', 'text', (c) => c.notNull())
    .addColumn('proposed_by_member_id', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('decided_at', 'text')
    .addForeignKeyConstraint(
      'handovers_responsibility',
      ['circle_id', 'responsibility_id'],
      'responsibilities',
      ['circle_id', 'id'],
      (fk) => fk.onDelete('cascade'),
    )
    .addForeignKeyConstraint(
      'handovers_from',
      ['circle_id', 'from_member_id'],
      'members',
      ['circle_id', 'id'],
      (fk) => fk.onDelete('cascade'),
    )
    .addForeignKeyConstraint(
      'handovers_to',
      ['circle_id', 'to_member_id'],
      'members',
      ['circle_id', 'id'],
      (fk) => fk.onDelete('cascade'),
    )
    .execute();
  await db.schema
    .createIndex('handovers_circle')
    .on('handovers')
    .columns(['circle_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('load_views')
    .addColumn('circle_id', 'text', (c) => c.notNull())
    .addColumn('member_id', 'text', (c) => c.notNull())
    .addColumn('perceived_share', 'integer')
    .addColumn('prefers', 'text', (c) => c.notNull())
    .addColumn('cannot', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('load_views_pk', ['circle_id', 'member_id'])
    .addForeignKeyConstraint(
      'load_views_member',
      ['circle_id', 'member_id'],
      'members',
      ['circle_id', 'id'],
      (fk) => fk.onDelete('cascade'),
    )
    .execute();
}
