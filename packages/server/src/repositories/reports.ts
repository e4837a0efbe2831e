import type { ReportContents } from '@recipro/core';
import type { Kysely, Transaction } from 'kysely';
import type { Database, ReportsTable } from '../db/schema.ts';
import type { MemberScope } from './membership.ts';

export interface ReportRecord {
  readonly id: string;
  readonly circleId: string;
  readonly preparedByMemberId: string;
  readonly from: string;
  readonly to: string;
  /** The members the report is about: it is shared only when every one of them agrees. */
  readonly memberIds: string[];
  readonly contents: ReportContents;
  readonly createdAt: string;
  /** Where the members agreed the PDF may be emailed, and when it last was. */
  readonly email: { to: string | null; sentAt: string | null };
  readonly additions: { memberId: string; text: string; writtenAt: string }[];
  readonly consents: { memberId: string; consentedAt: string }[];
}

export interface ReportLinkRecord {
  readonly id: string;
  readonly reportId: string;
  readonly circleId: string;
  readonly createdByMemberId: string;
  readonly createdAt: string;
  readonly expiresAt: string;
  readonly revokedAt: string | null;
}

export interface ReportOpeningRecord {
  readonly id: string;
  readonly linkId: string;
  readonly openedAt: string;
  readonly format: 'page' | 'pdf';
}

type Executor = Kysely<Database> | Transaction<Database>;

/**
 * Reports for a counsellor. A report is read only by the members it is about, through their
 * membership (`scope`); a link's opening is the one read without a member, by its token's hash.
 * Whatever takes an agreement away — a member withdrawing, or the words of a report changing —
 * ends every link to it in the same transaction.
 */
export class ReportsRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async create(
    scope: MemberScope,
    input: {
      id: string;
      from: string;
      to: string;
      memberIds: readonly string[];
      contents: ReportContents;
      createdAt: string;
    },
  ): Promise<void> {
    await this.db
      .insertInto('reports')
      .values({
        id: input.id,
        circle_id: scope.circleId,
        prepared_by_member_id: scope.memberId,
        period_from: input.from,
        period_to: input.to,
        member_ids: JSON.stringify(input.memberIds),
        contents: JSON.stringify(input.contents),
        created_at: input.createdAt,
        email_to: null,
        emailed_at: null,
      })
      .execute();
  }

  /** A report of the scope's circle that the scope's member is in; undefined otherwise. */
  async find(scope: MemberScope, id: string): Promise<ReportRecord | undefined> {
    const row = await this.db
      .selectFrom('reports')
      .selectAll()
      .where('circle_id', '=', scope.circleId)
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row || !memberIdsOf(row).includes(scope.memberId)) return undefined;
    return this.withParts(this.db, row);
  }

  /** The reports the scope's member is in, newest first. */
  async list(scope: MemberScope): Promise<ReportRecord[]> {
    const rows = await this.db
      .selectFrom('reports')
      .selectAll()
      .where('circle_id', '=', scope.circleId)
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .execute();
    const mine = rows.filter((r) => memberIdsOf(r).includes(scope.memberId));
    return Promise.all(mine.map((r) => this.withParts(this.db, r)));
  }

  /** The scope's member agrees to the report as it is (again is a no-op). */
  async consent(scope: MemberScope, reportId: string, atIso: string): Promise<void> {
    await this.db
      .insertInto('report_consents')
      .values({
        report_id: reportId,
        circle_id: scope.circleId,
        member_id: scope.memberId,
        consented_at: atIso,
      })
      .onConflict((oc) => oc.columns(['report_id', 'member_id']).doNothing())
      .execute();
  }

  /** The scope's member takes their agreement back; every link to the report ends. */
  async withdraw(scope: MemberScope, reportId: string, atIso: string): Promise<void> {
    await this.db.transaction().execute(async (tx) => {
      await tx
        .deleteFrom('report_consents')
        .where('report_id', '=', reportId)
        .where('circle_id', '=', scope.circleId)
        .where('member_id', '=', scope.memberId)
        .execute();
      await endLinks(tx, scope.circleId, reportId, atIso);
    });
  }

  /**
   * Sets (or, with null, removes) the scope's member's words for the reader. The report is no
   * longer what anyone agreed to: every agreement and every link ends with the change.
   */
  async setAddition(
    scope: MemberScope,
    reportId: string,
    text: string | null,
    atIso: string,
  ): Promise<void> {
    await this.db.transaction().execute(async (tx) => {
      await tx
        .deleteFrom('report_additions')
        .where('report_id', '=', reportId)
        .where('circle_id', '=', scope.circleId)
        .where('member_id', '=', scope.memberId)
        .execute();
      if (text !== null) {
        await tx
          .insertInto('report_additions')
          .values({
            report_id: reportId,
            circle_id: scope.circleId,
            member_id: scope.memberId,
            text,
            written_at: atIso,
          })
          .execute();
      }
      await endEveryAgreement(tx, scope.circleId, reportId, atIso);
    });
  }

  /**
   * Sets (or, with null, removes) the address the PDF may be emailed to. Who receives it is part
   * of what everyone agrees to: every agreement and every link ends with the change.
   */
  async setEmail(
    scope: MemberScope,
    reportId: string,
    address: string | null,
    atIso: string,
  ): Promise<void> {
    await this.db.transaction().execute(async (tx) => {
      await tx
        .updateTable('reports')
        .set({ email_to: address })
        .where('circle_id', '=', scope.circleId)
        .where('id', '=', reportId)
        .execute();
      await endEveryAgreement(tx, scope.circleId, reportId, atIso);
    });
  }

  /** Notes that the PDF was emailed. */
  async markEmailed(scope: MemberScope, reportId: string, atIso: string): Promise<void> {
    await this.db
      .updateTable('reports')
      .set({ emailed_at: atIso })
      .where('circle_id', '=', scope.circleId)
      .where('id', '=', reportId)
      .execute();
  }

  async createLink(
    scope: MemberScope,
    reportId: string,
    input: { id: string; tokenHash: string; createdAt: string; expiresAt: string },
  ): Promise<ReportLinkRecord> {
    const row = {
      id: input.id,
      report_id: reportId,
      circle_id: scope.circleId,
      token_hash: input.tokenHash,
      created_by_member_id: scope.memberId,
      created_at: input.createdAt,
      expires_at: input.expiresAt,
      revoked_at: null,
    };
    await this.db.insertInto('report_links').values(row).execute();
    return toLink(row);
  }

  /** Ends one link of a report; false when the report has no such link. */
  async revokeLink(
    scope: MemberScope,
    reportId: string,
    linkId: string,
    atIso: string,
  ): Promise<ReportLinkRecord | undefined> {
    return this.db.transaction().execute(async (tx) => {
      const row = await tx
        .selectFrom('report_links')
        .selectAll()
        .where('circle_id', '=', scope.circleId)
        .where('report_id', '=', reportId)
        .where('id', '=', linkId)
        .executeTakeFirst();
      if (!row) return undefined;
      if (row.revoked_at !== null) return toLink(row);
      await tx
        .updateTable('report_links')
        .set({ revoked_at: atIso })
        .where('id', '=', linkId)
        .execute();
      return toLink({ ...row, revoked_at: atIso });
    });
  }

  /** A report's links (never their tokens), newest first. */
  async links(scope: MemberScope, reportId: string): Promise<ReportLinkRecord[]> {
    const rows = await this.db
      .selectFrom('report_links')
      .selectAll()
      .where('circle_id', '=', scope.circleId)
      .where('report_id', '=', reportId)
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .execute();
    return rows.map(toLink);
  }

  /** Every opening of a report's links, newest first. */
  async openings(scope: MemberScope, reportId: string): Promise<ReportOpeningRecord[]> {
    const rows = await this.db
      .selectFrom('report_openings')
      .selectAll()
      .where('circle_id', '=', scope.circleId)
      .where('report_id', '=', reportId)
      .orderBy('opened_at', 'desc')
      .orderBy('id', 'desc')
      .execute();
    return rows.map((r) => ({
      id: r.id,
      linkId: r.link_id,
      openedAt: r.opened_at,
      format: r.format === 'pdf' ? 'pdf' : 'page',
    }));
  }

  /**
   * The link whose token hashes to `tokenHash`, with its report: the one read made without a
   * member, for a counsellor who opens a link. Whether it may open is the service's to decide.
   */
  async byTokenHash(
    tokenHash: string,
  ): Promise<{ link: ReportLinkRecord; report: ReportRecord } | undefined> {
    const link = await this.db
      .selectFrom('report_links')
      .selectAll()
      .where('token_hash', '=', tokenHash)
      .executeTakeFirst();
    if (!link) return undefined;
    const row = await this.db
      .selectFrom('reports')
      .selectAll()
      .where('id', '=', link.report_id)
      .where('circle_id', '=', link.circle_id)
      .executeTakeFirst();
    if (!row) return undefined;
    return { link: toLink(link), report: await this.withParts(this.db, row) };
  }

  /** Logs one opening of a link. */
  async logOpening(
    link: ReportLinkRecord,
    input: { id: string; at: string; format: 'page' | 'pdf' },
  ): Promise<void> {
    await this.db
      .insertInto('report_openings')
      .values({
        id: input.id,
        link_id: link.id,
        report_id: link.reportId,
        circle_id: link.circleId,
        opened_at: input.at,
        format: input.format,
      })
      .execute();
  }

  private async withParts(db: Executor, row: ReportsTable): Promise<ReportRecord> {
    const [additions, consents] = await Promise.all([
      db
        .selectFrom('report_additions')
        .selectAll()
        .where('report_id', '=', row.id)
        .where('circle_id', '=', row.circle_id)
        .execute(),
      db
        .selectFrom('report_consents')
        .selectAll()
        .where('report_id', '=', row.id)
        .where('circle_id', '=', row.circle_id)
        .execute(),
    ]);
    const order = memberIdsOf(row);
    const byMember = <T extends { member_id: string }>(rows: T[]) =>
      [...rows].sort((a, b) => order.indexOf(a.member_id) - order.indexOf(b.member_id));
    return {
      id: row.id,
      circleId: row.circle_id,
      preparedByMemberId: row.prepared_by_member_id,
      from: row.period_from,
      to: row.period_to,
      memberIds: order,
      contents: JSON.parse(row.contents) as ReportContents,
      createdAt: row.created_at,
      email: { to: row.email_to, sentAt: row.emailed_at },
      additions: byMember(additions).map((a) => ({
        memberId: a.member_id,
        text: a.text,
        writtenAt: a.written_at,
      })),
      consents: byMember(consents).map((c) => ({
        memberId: c.member_id,
        consentedAt: c.consented_at,
      })),
    };
  }
}

/**
 * When a member leaves (or deletes their account), every report they are in goes, with its
 * words, agreements, links and openings: it can no longer have everyone's agreement, and what
 * it says of them leaves with them. Run inside the leaving transaction.
 */
export async function deleteReportsOf(
  tx: Transaction<Database>,
  circleId: string,
  memberId: string,
): Promise<void> {
  const rows = await tx
    .selectFrom('reports')
    .select(['id', 'member_ids'])
    .where('circle_id', '=', circleId)
    .execute();
  const theirs = rows.filter((r) => memberIdsOf(r).includes(memberId)).map((r) => r.id);
  if (theirs.length === 0) return;
  // Children first: this does not depend on a database enforcing foreign keys.
  for (const table of [
    'report_openings',
    'report_links',
    'report_consents',
    'report_additions',
  ] as const) {
    await tx
      .deleteFrom(table)
      .where('circle_id', '=', circleId)
      .where('report_id', 'in', theirs)
      .execute();
  }
  await tx
    .deleteFrom('reports')
    .where('circle_id', '=', circleId)
    .where('id', 'in', theirs)
    .execute();
}

/** What everyone agreed to has changed: every agreement and every link to the report ends. */
async function endEveryAgreement(
  tx: Transaction<Database>,
  circleId: string,
  reportId: string,
  atIso: string,
): Promise<void> {
  await tx
    .deleteFrom('report_consents')
    .where('report_id', '=', reportId)
    .where('circle_id', '=', circleId)
    .execute();
  await endLinks(tx, circleId, reportId, atIso);
}

async function endLinks(
  tx: Transaction<Database>,
  circleId: string,
  reportId: string,
  atIso: string,
): Promise<void> {
  await tx
    .updateTable('report_links')
    .set({ revoked_at: atIso })
    .where('circle_id', '=', circleId)
    .where('report_id', '=', reportId)
    .where('revoked_at', 'is', null)
    .execute();
}

const memberIdsOf = (row: Pick<ReportsTable, 'member_ids'>): string[] =>
  JSON.parse(row.member_ids) as string[];

function toLink(row: Database['report_links']): ReportLinkRecord {
  return {
    id: row.id,
    reportId: row.report_id,
    circleId: row.circle_id,
    createdByMemberId: row.created_by_member_id,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    revokedAt: row.revoked_at,
  };
}
