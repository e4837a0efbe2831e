import type { Act, CircleAggregates, Effort, FormOfCare } from '@recipro/core';
import { sql, type Kysely, type Selectable, type Transaction } from 'kysely';
import { fromIso } from '../clock.ts';
import type { Writer } from '../db/group-commit.ts';
import type { ActsTable, Database } from '../db/schema.ts';
import { AggregatesRepository } from './aggregates.ts';
import { keyset, type PageSpec } from './paging.ts';
import type { MemberScope } from './membership.ts';

export interface ActFilter {
  readonly from?: string;
  readonly to?: string;
  readonly fromMemberId?: string;
  readonly toMemberId?: string;
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
  /**
   * When the receiver said "I don't recognise this"; until its giver changes or withdraws it,
   * the act is out of the balance and the insights. Null otherwise.
   */
  readonly questionedAt: string | null;
  /** Logged more than 7 days after the care it records. */
  readonly lateEntry: boolean;
}

/** An act logged more than this long after its `at` is a late entry. */
export const LATE_ENTRY_MS = 7 * 86_400_000;

/** The fields of an act its giver may change. */
export interface ActChange {
  readonly toMemberId: string;
  readonly form: FormOfCare;
  readonly effort: Effort;
  readonly note: string | null;
  readonly at: string;
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
  questionedAt: r.questioned_at,
  lateEntry: fromIso(r.created_at) - fromIso(r.at) > LATE_ENTRY_MS,
});

/** The acts that count in the balance and the insights: those nobody questions. */
export const counted = (acts: readonly ActRecord[]): ActRecord[] =>
  acts.filter((a) => a.questionedAt === null);

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
      .where('acts.circle_id', '=', circleId)
      .where((eb) =>
        // What happened between others before the viewer joined is not theirs to read.
        eb.or([
          eb('acts.from_member_id', '=', eb.ref('viewer.id')),
          eb('acts.to_member_id', '=', eb.ref('viewer.id')),
          eb('acts.at', '>=', sql<string>`substr(viewer.joined_at, 1, 10)`),
        ]),
      );
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
    /** The giver's Idempotency-Key, stored with the act (unique per giver), or null. */
    requestKey: string | null = null,
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
        insert into acts (id, circle_id, from_member_id, to_member_id, form, effort, note, at, created_at, request_key)
        values (${row.id}, ${row.circle_id}, ${row.from_member_id}, ${row.to_member_id}, ${row.form},
          ${row.effort}, ${row.note}, ${row.at}, ${row.created_at}, ${requestKey})`.execute(tx);
      batch.defer(AggregatesRepository.change(scope.circleId, aggregateDelta, 1));
    });
    return toRecord({ ...row, noticed_at: null, questioned_at: null, request_key: requestKey });
  }

  /**
   * Changes an act the scope's member gave. Inside one transaction the act is locked and read
   * again, `plan` decides the new fields from what is stored now, and the stored aggregates move
   * from the act's old contribution to its new one. A new receiver has not noticed it yet, so
   * the old receiver's "I noticed" is dropped. Undefined when the member gave no such act.
   */
  async update(
    scope: MemberScope,
    actId: string,
    plan: (current: ActRecord) => {
      readonly fields: ActChange;
      readonly before: CircleAggregates;
      readonly after: CircleAggregates;
    },
  ): Promise<ActRecord | undefined> {
    return this.writer.transaction(async (tx, batch) => {
      const current = await this.lock(tx, scope, actId, 'from_member_id');
      if (!current) return undefined;
      const { fields, before, after } = plan(current);
      const receiverChanged = fields.toMemberId !== current.toMemberId;
      await tx
        .updateTable('acts')
        .set({
          to_member_id: fields.toMemberId,
          form: fields.form,
          effort: fields.effort,
          note: fields.note,
          at: fields.at,
          // A change by its giver answers the receiver's question: the act counts again.
          questioned_at: null,
        })
        .where('circle_id', '=', scope.circleId)
        .where('id', '=', actId)
        .execute();
      if (receiverChanged) {
        await tx
          .deleteFrom('acknowledgements')
          .where('circle_id', '=', scope.circleId)
          .where('act_id', '=', actId)
          .execute();
      }
      const change = AggregatesRepository.change(scope.circleId, before, -1);
      change.add(scope.circleId, after, 1);
      batch.defer(change);
      return {
        ...current,
        ...fields,
        noticedAt: receiverChanged ? null : current.noticedAt,
        questionedAt: null,
        lateEntry: fromIso(current.createdAt) - fromIso(fields.at) > LATE_ENTRY_MS,
      };
    });
  }

  /**
   * Deletes an act the scope's member gave, with its "I noticed", and takes its contribution
   * (computed by `contribution` from the act as stored) out of the aggregates, in one
   * transaction. False when the member gave no such act.
   */
  async delete(
    scope: MemberScope,
    actId: string,
    contribution: (current: ActRecord) => CircleAggregates,
  ): Promise<boolean> {
    return this.writer.transaction(async (tx, batch) => {
      const current = await this.lock(tx, scope, actId, 'from_member_id');
      if (!current) return false;
      await tx
        .deleteFrom('acknowledgements')
        .where('circle_id', '=', scope.circleId)
        .where('act_id', '=', actId)
        .execute();
      await tx
        .deleteFrom('acts')
        .where('circle_id', '=', scope.circleId)
        .where('id', '=', actId)
        .execute();
      batch.defer(AggregatesRepository.change(scope.circleId, contribution(current), -1));
      return true;
    });
  }

  /**
   * Locks an act the member gave or received (a no-op update takes the row lock on PostgreSQL;
   * SQLite has one writer) and reads it as stored, so a concurrent "I noticed" or edit cannot
   * slip between the read and the aggregate change.
   */
  private async lock(
    tx: Transaction<Database>,
    scope: MemberScope,
    actId: string,
    /** Which side of the act the scope's member must be. */
    side: 'from_member_id' | 'to_member_id',
  ): Promise<ActRecord | undefined> {
    const locked = await tx
      .updateTable('acts')
      .set((eb) => ({ effort: eb.ref('effort') }))
      .where('circle_id', '=', scope.circleId)
      .where('id', '=', actId)
      .where(side, '=', scope.memberId)
      .executeTakeFirst();
    if (Number(locked.numUpdatedRows) !== 1) return undefined;
    const row = await tx
      .selectFrom('acts')
      .leftJoin('acknowledgements as ack', (j) =>
        j.onRef('ack.circle_id', '=', 'acts.circle_id').onRef('ack.act_id', '=', 'acts.id'),
      )
      .selectAll('acts')
      .select('ack.created_at as noticed_at')
      .where('acts.circle_id', '=', scope.circleId)
      .where('acts.id', '=', actId)
      .executeTakeFirst();
    return row && toRecord(row);
  }

  /** The act the scope's member logged with this Idempotency-Key, if any. */
  async findByRequestKey(scope: MemberScope, requestKey: string): Promise<ActRecord | undefined> {
    const row = await this.db
      .selectFrom('acts')
      .leftJoin('acknowledgements as ack', (j) =>
        j.onRef('ack.circle_id', '=', 'acts.circle_id').onRef('ack.act_id', '=', 'acts.id'),
      )
      .selectAll('acts')
      .select('ack.created_at as noticed_at')
      .where('acts.circle_id', '=', scope.circleId)
      .where('acts.from_member_id', '=', scope.memberId)
      .where('acts.request_key', '=', requestKey)
      .executeTakeFirst();
    return row && toRecord(row);
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
  async list(
    viewerUserId: string,
    circleId: string,
    filter: ActFilter = {},
    page?: PageSpec,
  ): Promise<ActRecord[]> {
    let query = this.selectActs(viewerUserId, circleId);
    if (filter.from !== undefined) query = query.where('acts.at', '>=', filter.from);
    if (filter.to !== undefined) query = query.where('acts.at', '<', filter.to);
    if (filter.fromMemberId !== undefined)
      query = query.where('acts.from_member_id', '=', filter.fromMemberId);
    if (filter.toMemberId !== undefined)
      query = query.where('acts.to_member_id', '=', filter.toMemberId);
    const rows = await keyset(query, 'acts.at', 'acts.id', 'desc', page).execute();
    return rows.map(toRecord);
  }

  /**
   * Records "I noticed" by the scope's member, who must be the act's receiver, and moves the
   * act's contribution to the stored aggregates from `contribution(act, null)` to
   * `contribution(act, at)`, computed from the act as stored under its row lock, in one
   * transaction. Noticing twice changes nothing. False when the member received no such act.
   */
  async acknowledge(
    scope: MemberScope,
    actId: string,
    atIso: string,
    contribution: (act: ActRecord, noticedAt: string | null) => CircleAggregates,
  ): Promise<boolean> {
    return this.writer.transaction(async (tx, batch) => {
      const act = await this.lock(tx, scope, actId, 'to_member_id');
      if (!act) return false;
      if (act.noticedAt !== null) return true;
      await tx
        .insertInto('acknowledgements')
        .values({
          act_id: actId,
          circle_id: scope.circleId,
          member_id: scope.memberId,
          created_at: atIso,
        })
        .execute();
      const change = AggregatesRepository.change(scope.circleId, contribution(act, null), -1);
      change.add(scope.circleId, contribution(act, atIso), 1);
      batch.defer(change);
      return true;
    });
  }

  /**
   * Removes the receiver's "I noticed" from an act the scope's member received, and moves the
   * act's contribution back to not noticed, in one transaction. False when the member received
   * no such act; true (and nothing changes) when it was not noticed.
   */
  async unacknowledge(
    scope: MemberScope,
    actId: string,
    contribution: (act: ActRecord, noticedAt: string | null) => CircleAggregates,
  ): Promise<boolean> {
    return this.writer.transaction(async (tx, batch) => {
      const act = await this.lock(tx, scope, actId, 'to_member_id');
      if (!act) return false;
      if (act.noticedAt === null) return true;
      await tx
        .deleteFrom('acknowledgements')
        .where('circle_id', '=', scope.circleId)
        .where('act_id', '=', actId)
        .execute();
      const change = AggregatesRepository.change(
        scope.circleId,
        contribution(act, act.noticedAt),
        -1,
      );
      change.add(scope.circleId, contribution(act, null), 1);
      batch.defer(change);
      return true;
    });
  }

  /**
   * Sets or clears the receiver's "I don't recognise this" on an act the scope's member received
   * (`atIso`, or null to take it back), and takes the act's contribution out of the stored
   * aggregates or puts it back, in one transaction. `counting` is what the act adds while it
   * counts, computed from the act as stored, under its row lock. Asking twice, or taking back
   * what is not questioned (its giver may have changed it since), changes nothing. False when
   * the member received no such act.
   */
  async setQuestioned(
    scope: MemberScope,
    actId: string,
    atIso: string | null,
    counting: (act: ActRecord) => CircleAggregates,
  ): Promise<boolean> {
    return this.writer.transaction(async (tx, batch) => {
      const act = await this.lock(tx, scope, actId, 'to_member_id');
      if (!act) return false;
      if ((act.questionedAt === null) === (atIso === null)) return true;
      await tx
        .updateTable('acts')
        .set({ questioned_at: atIso })
        .where('circle_id', '=', scope.circleId)
        .where('id', '=', actId)
        .execute();
      batch.defer(AggregatesRepository.change(scope.circleId, counting(act), atIso ? -1 : 1));
      return true;
    });
  }
}
