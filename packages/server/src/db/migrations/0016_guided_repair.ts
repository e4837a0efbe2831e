import type { Kysely } from 'kysely';

/**
 * Guided repair: each member a rupture involves answers a few steps alone (`repair_guide_answers`,
 * one row per person and rupture), and everyone reads them once all have finished. The texts are
 * the author's own words, kept exactly as sent, one well-named column per step; `pause` is
 * `ready` or `not_yet` ("are you calm enough to talk?"), `not_yet_at` when they said "not yet"
 * (kept while they still say it). `agreed_to` is a JSON array of the members whose proposed
 * agreement this person is in on, said after the reveal. Leaving a circle deletes the leaver's
 * rows (their words); deleting the rupture or the member cascades.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('repair_guide_answers')
    .addColumn('rupture_id', 'text', (c) =>
      c.notNull().references('ruptures.id').onDelete('cascade'),
    )
    .addColumn('circle_id', 'text', (c) => c.notNull())
    .addColumn('member_id', 'text', (c) => c.notNull())
    .addColumn('pause', 'text', (c) => c.notNull())
    .addColumn('not_yet_at', 'text')
    .addColumn('saw', 'text', (c) => c.notNull())
    .addColumn('my_part', 'text', (c) => c.notNull())
    .addColumn('needed', 'text', (c) => c.notNull())
    .addColumn('would_help', 'text', (c) => c.notNull())
    .addColumn('agreement', 'text', (c) => c.notNull())
    .addColumn('agreed_to', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('finished_at', 'text')
    .addPrimaryKeyConstraint('repair_guide_answers_pk', ['rupture_id', 'member_id'])
    .addForeignKeyConstraint(
      'repair_guide_answers_member',
      ['circle_id', 'member_id'],
      'members',
      ['circle_id', 'id'],
      (fk) => fk.onDelete('cascade'),
    )
    .execute();
  await db.schema
    .createIndex('repair_guide_answers_circle')
    .on('repair_guide_answers')
    .columns(['circle_id', 'rupture_id'])
    .execute();
}
