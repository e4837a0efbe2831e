import type { Stage } from '@recipro/core';
import type { Kysely, Selectable } from 'kysely';
import type { Database, HandoversTable } from '../db/schema.ts';
import type { MemberScope } from './membership.ts';
import { ResponsibilitiesRepository } from './responsibilities.ts';
import { keyset, type PageSpec } from './paging.ts';

export type HandoverStatus = 'proposed' | 'accepted' | 'declined';

export interface HandoverRecord {
  readonly id: string;
  readonly circleId: string;
  readonly responsibilityId: string;
  readonly stage: Stage;
  readonly fromMemberId: string;
  readonly toMemberId: string;
  readonly proposedByMemberId: string;
  readonly status: HandoverStatus;
  readonly createdAt: string;
  readonly decidedAt: string | null;
}

const toRecord = (r: Selectable<HandoversTable>): HandoverRecord => ({
  id: r.id,
  circleId: r.circle_id,
  responsibilityId: r.responsibility_id,
  stage: r.stage as Stage,
  fromMemberId: r.from_member_id,
  toMemberId: r.to_member_id,
  proposedByMemberId: r.proposed_by_member_id,
  status: r.status as HandoverStatus,
  createdAt: r.created_at,
  decidedAt: r.decided_at,
});

/** Proposed hand-overs of a stage of a responsibility, and their answers. */
export class HandoversRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async propose(
    scope: MemberScope,
    input: {
      id: string;
      responsibilityId: string;
      stage: Stage;
      fromMemberId: string;
      toMemberId: string;
      createdAt: string;
    },
  ): Promise<HandoverRecord> {
    const row = {
      id: input.id,
      circle_id: scope.circleId,
      responsibility_id: input.responsibilityId,
      stage: input.stage,
      from_member_id: input.fromMemberId,
      to_member_id: input.toMemberId,
      proposed_by_member_id: scope.memberId,
      status: 'proposed',
      created_at: input.createdAt,
      decided_at: null,
    };
    await this.db.insertInto('handovers').values(row).execute();
    return toRecord(row);
  }

  /** Newest first. */
  async list(scope: MemberScope, page?: PageSpec): Promise<HandoverRecord[]> {
    const query = this.db
      .selectFrom('handovers')
      .selectAll()
      .where('circle_id', '=', scope.circleId);
    const rows = await keyset(query, 'created_at', 'id', 'desc', page).execute();
    return rows.map(toRecord);
  }

  async find(scope: MemberScope, id: string): Promise<HandoverRecord | undefined> {
    const row = await this.db
      .selectFrom('handovers')
      .selectAll()
      .where('circle_id', '=', scope.circleId)
      .where('id', '=', id)
      .executeTakeFirst();
    return row && toRecord(row);
  }

  /**
   * Answers a proposed hand-over. Accepting moves the stage in the same transaction, and only if
   * the giver still owns it. Returns false when the hand-over was already answered or the stage
   * changed hands meanwhile (nothing is changed then).
   */
  async decide(
    scope: MemberScope,
    handover: HandoverRecord,
    accept: boolean,
    at: string,
  ): Promise<boolean> {
    return this.db
      .transaction()
      .execute(async (tx) => {
        const answered = await tx
          .updateTable('handovers')
          .set({ status: accept ? 'accepted' : 'declined', decided_at: at })
          .where('circle_id', '=', scope.circleId)
          .where('id', '=', handover.id)
          .where('status', '=', 'proposed')
          .executeTakeFirst();
        if (Number(answered.numUpdatedRows) !== 1) return false;
        if (!accept) return true;
        const moved = await ResponsibilitiesRepository.moveStage(tx, scope, {
          responsibilityId: handover.responsibilityId,
          stage: handover.stage,
          from: handover.fromMemberId,
          to: handover.toMemberId,
          at,
        });
        if (!moved) throw new StageChanged();
        return true;
      })
      .catch((error: unknown) => {
        if (error instanceof StageChanged) return false;
        throw error;
      });
  }

  /**
   * Takes back an answer to a hand-over (a mis-tap): it is proposed again, and an accepted
   * stage goes back to the person who had it, in one transaction. False when it was not answered
   * that way, or the stage changed hands since.
   */
  async unanswer(scope: MemberScope, handover: HandoverRecord, at: string): Promise<boolean> {
    return this.db
      .transaction()
      .execute(async (tx) => {
        const reopened = await tx
          .updateTable('handovers')
          .set({ status: 'proposed', decided_at: null })
          .where('circle_id', '=', scope.circleId)
          .where('id', '=', handover.id)
          .where('status', '=', handover.status)
          .executeTakeFirst();
        if (Number(reopened.numUpdatedRows) !== 1) return false;
        if (handover.status !== 'accepted') return true;
        const moved = await ResponsibilitiesRepository.moveStage(tx, scope, {
          responsibilityId: handover.responsibilityId,
          stage: handover.stage,
          from: handover.toMemberId,
          to: handover.fromMemberId,
          at,
        });
        if (!moved) throw new StageChanged();
        return true;
      })
      .catch((error: unknown) => {
        if (error instanceof StageChanged) return false;
        throw error;
      });
  }
}

/** Rolls the transaction back when the stage changed hands since the proposal. */
class StageChanged extends Error {}
