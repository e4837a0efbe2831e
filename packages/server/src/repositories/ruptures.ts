import type { Kysely, Selectable } from 'kysely';
import type { Database, RupturesTable } from '../db/schema.ts';
import { joinedDaySql, type MemberScope } from './membership.ts';

export interface RuptureRecord {
  readonly id: string;
  readonly circleId: string;
  readonly loggedByMemberId: string;
  /** The note, or null when there is none or it is private to someone else. */
  readonly note: string | null;
  readonly notePrivate: boolean;
  readonly occurredAt: string;
  readonly createdAt: string;
  readonly repairStartedByMemberId: string | null;
  readonly repairStartedAt: string | null;
  readonly repairedAt: string | null;
}

/**
 * Ruptures and their repair. Every member sees that a rupture happened and how it was repaired;
 * a private note is returned only to the member who wrote it (decided in this file, per row).
 */
export class RupturesRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async create(
    scope: MemberScope,
    input: {
      id: string;
      note: string | null;
      notePrivate: boolean;
      occurredAt: string;
      createdAt: string;
    },
  ): Promise<RuptureRecord> {
    const row = {
      id: input.id,
      circle_id: scope.circleId,
      logged_by_member_id: scope.memberId,
      note: input.note,
      note_private: input.notePrivate ? 1 : 0,
      occurred_at: input.occurredAt,
      created_at: input.createdAt,
      repair_started_by_member_id: null,
      repair_started_at: null,
      repaired_at: null,
    };
    await this.db.insertInto('ruptures').values(row).execute();
    return present(scope, row);
  }

  /** Ruptures the scope member may see: their own, and the others' from the day they joined. */
  private visible(scope: MemberScope) {
    return this.db
      .selectFrom('ruptures')
      .selectAll()
      .where('circle_id', '=', scope.circleId)
      .where((eb) =>
        eb.or([
          eb('logged_by_member_id', '=', scope.memberId),
          eb('occurred_at', '>=', joinedDaySql(scope.memberId)),
        ]),
      );
  }

  async find(scope: MemberScope, id: string): Promise<RuptureRecord | undefined> {
    const row = await this.visible(scope).where('id', '=', id).executeTakeFirst();
    return row && present(scope, row);
  }

  /** Newest first. */
  async list(scope: MemberScope): Promise<RuptureRecord[]> {
    const rows = await this.visible(scope)
      .orderBy('occurred_at', 'desc')
      .orderBy('id', 'desc')
      .execute();
    return rows.map((r) => present(scope, r));
  }

  /** Removes the note of a rupture the scope member logged; false when they did not log it. */
  async clearNote(scope: MemberScope, id: string): Promise<boolean> {
    const result = await this.db
      .updateTable('ruptures')
      .set({ note: null })
      .where('circle_id', '=', scope.circleId)
      .where('logged_by_member_id', '=', scope.memberId)
      .where('id', '=', id)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  /** Records who reached out first ("let's reset"); later reaching out keeps the first. */
  async startRepair(scope: MemberScope, id: string, atIso: string): Promise<void> {
    await this.db
      .updateTable('ruptures')
      .set({ repair_started_by_member_id: scope.memberId, repair_started_at: atIso })
      .where('circle_id', '=', scope.circleId)
      .where('id', '=', id)
      .where('repair_started_by_member_id', 'is', null)
      .execute();
  }

  /** Marks repaired; false when it already was. */
  async markRepaired(scope: MemberScope, id: string, atIso: string): Promise<boolean> {
    const result = await this.db
      .updateTable('ruptures')
      .set({ repaired_at: atIso })
      .where('circle_id', '=', scope.circleId)
      .where('id', '=', id)
      .where('repaired_at', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }
}

function present(scope: MemberScope, r: Selectable<RupturesTable>): RuptureRecord {
  const notePrivate = Number(r.note_private) === 1;
  const readable = !notePrivate || r.logged_by_member_id === scope.memberId;
  return {
    id: r.id,
    circleId: r.circle_id,
    loggedByMemberId: r.logged_by_member_id,
    note: readable ? r.note : null,
    notePrivate,
    occurredAt: r.occurred_at,
    createdAt: r.created_at,
    repairStartedByMemberId: r.repair_started_by_member_id,
    repairStartedAt: r.repair_started_at,
    repairedAt: r.repaired_at,
  };
}
