import type { Act, CircleAggregates, Effort, FormOfCare } from '@recipro/core';
import { sql, type Kysely, type Selectable } from 'kysely';
import { fromIso } from '../clock.ts';
import type { Writer } from '../db/group-commit.ts';
import type { ActsTable, Database } from '../db/schema.ts';
import { AggregatesRepository } from './aggregates.ts';
import type { MemberScope } from './membership.ts';

export interface ActFilter {
  readonly from?: string;
  readonly to?: string;
  readonly fromMemberId?: string;
  readonly toMemberId?: string;
  readonly limit?: number;
}

/** An act as stored, with times in ISO form (the API's form). */
export interface ActRecord {
  readonly id: string;
  readonly circleId: string;
  readonly fromMemberId: string;
  readonly toMemberId: string;
  readonly form: FormOfCare;
  readonly effort: Effort;
  readonly note: string | null;
  readonly at: string;
  readonly createdAt: string;
  readonly noticedAt: string | null;
}

type ActRow = Selectable<ActsTable> & { noticed_at: string | null };

const toRecord = (r: ActRow): ActRecord => ({
  id: r.id,
  circleId: r.circle_id,
  fromMemberId: r.from_member_id,
  toMemberId: r.to_member_id,
  form: r.form as FormOfCare,
  effort: Number(r.effort) as Effort,
  note: r.note,
  at: r.at,
  createdAt: r.created_at,
  noticedAt: r.noticed_at,
});

/** The core's view of an act: times as epoch milliseconds. */
export const toCoreAct = (r: ActRecord): Act => ({
  ...r,
  at: fromIso(r.at),
  createdAt: fromIso(r.createdAt),
  noticedAt: r.noticedAt === null ? null : fromIso(r.noticedAt),
});

/**
 * Acts of care and their acknowledgements. Reads join through the viewer's membership, so a
 * viewer outside the circle reads nothing; writes need a MemberScope.
 */
export class ActsRepository {
  constructor(
    private readonly db: Kysely<Database>,
    /** Writes go through the writer, which may commit several together (see Writer). */
    private readonly writer: Writer,
  ) {}

  private selectActs(viewerUserId: string, circleId: string) {
    return this.db
      .selectFrom('acts')
      .innerJoin('members as viewer', (j) =>
        j.onRef('viewer.circle_id', '=', 'acts.circle_id').on('viewer.user_id', '=', viewerUserId),
      )
      .leftJoin('acknowledgements as ack', (j) =>
        j.onRef('ack.circle_id', '=', 'acts.circle_id').onRef('ack.act_id', '=', 'acts.id'),
      )
      .selectAll('acts')
      .select('ack.created_at as noticed_at')
      .where('acts.circle_id', '=', circleId);
  }

  async create(
    scope: MemberScope,
    act: {
      id: string;
      toMemberId: string;
      form: FormOfCare;
      effort: Effort;
      note: string | null;
      at: string;
      createdAt: string;
    },
    /** The act's contribution to the circle's stored aggregates, written in the same transaction. */
    aggregateDelta: CircleAggregates,
  ): Promise<ActRecord> {
    const row = {
      id: act.id,
      circle_id: scope.circleId,
      from_member_id: scope.memberId,
      to_member_id: act.toMemberId,
      form: act.form,
      effort: act.effort,
      note: act.note,
      at: act.at,
      created_at: act.createdAt,
    };
    await this.writer.transaction(async (tx, batch) => {
      // SQL text rather than a built query: this runs for every act logged.
      await sql`
        insert into acts (id, circle_id, from_member_id, to_member_id, form, effort, note, at, created_at)
        values (${row.id}, ${row.circle_id}, ${row.from_member_id}, ${row.to_member_id}, ${row.form},
          ${row.effort}, ${row.note}, ${row.at}, ${row.created_at})`.execute(tx);
      batch.defer(AggregatesRepository.change(scope.circleId, aggregateDelta, 1));
    });
    return toRecord({ ...row, noticed_at: null });
  }

  async find(
    viewerUserId: string,
    circleId: string,
    actId: string,
  ): Promise<ActRecord | undefined> {
    const row = await this.selectActs(viewerUserId, circleId)
      .where('acts.id', '=', actId)
      .executeTakeFirst();
    return row && toRecord(row);
  }

  /** Newest first (by when the care happened, then by id). */
  async list(viewerUserId: string, circleId: string, filter: ActFilter = {}): Promise<ActRecord[]> {
    let query = this.selectActs(viewerUserId, circleId);
    if (filter.from !== undefined) query = query.where('acts.at', '>=', filter.from);
    if (filter.to !== undefined) query = query.where('acts.at', '<', filter.to);
    if (filter.fromMemberId !== undefined)
      query = query.where('acts.from_member_id', '=', filter.fromMemberId);
    if (filter.toMemberId !== undefined)
      query = query.where('acts.to_member_id', '=', filter.toMemberId);
    query = query.orderBy('acts.at', 'desc').orderBy('acts.id', 'desc');
    if (filter.limit !== undefined) query = query.limit(filter.limit);
    const rows = await query.execute();
    return rows.map(toRecord);
  }

  /**
   * Records "I noticed" by the scope's member, and moves the act's contribution to the stored
   * aggregates from `before` to `after`, in one transaction. A second acknowledgement changes
   * nothing.
   */
  async acknowledge(
    scope: MemberScope,
    actId: string,
    atIso: string,
    aggregateDelta: { before: CircleAggregates; after: CircleAggregates },
  ): Promise<void> {
    await this.writer.transaction(async (tx, batch) => {
      const inserted = await tx
        .insertInto('acknowledgements')
        .values({
          act_id: actId,
          circle_id: scope.circleId,
          member_id: scope.memberId,
          created_at: atIso,
        })
        .onConflict((oc) => oc.column('act_id').doNothing())
        .executeTakeFirst();
      if (Number(inserted.numInsertedOrUpdatedRows ?? 0) !== 1) return;
      const change = AggregatesRepository.change(scope.circleId, aggregateDelta.before, -1);
      change.add(scope.circleId, aggregateDelta.after, 1);
      batch.defer(change);
    });
  }
}
