import type { Kysely } from 'kysely';

/**
 * A balance read takes a circle's day totals from a day on. A covering index in (circle, day)
 * order answers that from the index alone, without a table lookup per row: the read's cost then
 * follows the rows in view, however long the history.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex('act_day_totals_circle_day_covering')
    .on('act_day_totals')
    .columns([
      'circle_id',
      'day',
      'from_member_id',
      'to_member_id',
      'form',
      'acts',
      'effort',
      'noticed',
    ])
    .execute();
  await db.schema.dropIndex('act_day_totals_circle_day').execute();
}
