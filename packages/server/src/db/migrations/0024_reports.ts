import type { Kysely } from 'kysely';

/**
 * Reports for a counsellor. `reports` holds what a report contains, frozen when it was prepared
 * (core's `ReportContents` as JSON), the members it is about (whose consent it needs) and who
 * prepared it. Each member's words for the reader are one row of `report_additions`; each
 * member's agreement one row of `report_consents`, deleted when the report's words change, so
 * an agreement is always to exactly what is shown. `report_links` are the read-only links a
 * counsellor opens without signing in: only the SHA-256 of the token is kept, with an expiry
 * and a revocation time; `report_openings` logs every opening, for the members to see. An
 * address the PDF may be emailed to is part of what everyone agrees to (`email_to`).
 *
 * These tables leave the circle's version where it is (0021): no read kept by the version
 * depends on them, and an opening is written by someone who is not a member.
 */
export const REPORT_TABLES = [
  'reports',
  'report_additions',
  'report_consents',
  'report_links',
  'report_openings',
] as const;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('reports')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('circle_id', 'text', (c) => c.notNull().references('circles.id').onDelete('cascade'))
    .addColumn('prepared_by_member_id', 'text', (c) => c.notNull())
    .addColumn('period_from', 'text', (c) => c.notNull())
    .addColumn('period_to', 'text', (c) => c.notNull())
    // JSON array of member ids, in the circle's order.
    .addColumn('member_ids', 'text', (c) => c.notNull())
    // JSON of core's ReportContents.
    .addColumn('contents', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    // The address the members agreed the PDF may be emailed to, and when it last was.
    .addColumn('email_to', 'text')
    .addColumn('emailed_at', 'text')
    .addForeignKeyConstraint(
      'reports_prepared_by',
      ['circle_id', 'prepared_by_member_id'],
      'members',
      ['circle_id', 'id'],
      (fk) => fk.onDelete('cascade'),
    )
    .execute();
  await db.schema.createIndex('reports_circle').on('reports').columns(['circle_id']).execute();

  for (const table of ['report_additions', 'report_consents'] as const) {
    let builder = db.schema
      .createTable(table)
      .addColumn('report_id', 'text', (c) =>
        c.notNull().references('reports.id').onDelete('cascade'),
      )
      .addColumn('circle_id', 'text', (c) => c.notNull())
      .addColumn('member_id', 'text', (c) => c.notNull());
    builder =
      table === 'report_additions'
        ? builder
            .addColumn('text', 'text', (c) => c.notNull())
            .addColumn('written_at', 'text', (c) => c.notNull())
        : builder.addColumn('consented_at', 'text', (c) => c.notNull());
    await builder
      .addPrimaryKeyConstraint(`${table}_pk`, ['report_id', 'member_id'])
      .addForeignKeyConstraint(
        `${table}_member`,
        ['circle_id', 'member_id'],
        'members',
        ['circle_id', 'id'],
        (fk) => fk.onDelete('cascade'),
      )
      .execute();
  }

  await db.schema
    .createTable('report_links')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('report_id', 'text', (c) => c.notNull().references('reports.id').onDelete('cascade'))
    .addColumn('circle_id', 'text', (c) => c.notNull())
    // SHA-256 (hex) of the link's secret token; the token itself is never stored.
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_by_member_id', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('revoked_at', 'text')
    .execute();
  await db.schema
    .createIndex('report_links_report')
    .on('report_links')
    .columns(['report_id'])
    .execute();

  await db.schema
    .createTable('report_openings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('link_id', 'text', (c) =>
      c.notNull().references('report_links.id').onDelete('cascade'),
    )
    .addColumn('report_id', 'text', (c) => c.notNull())
    .addColumn('circle_id', 'text', (c) => c.notNull())
    .addColumn('opened_at', 'text', (c) => c.notNull())
    // `page` or `pdf`.
    .addColumn('format', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('report_openings_report')
    .on('report_openings')
    .columns(['report_id', 'opened_at'])
    .execute();
}
