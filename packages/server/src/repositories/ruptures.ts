import { repairedWhen } from '@recipro/core';
import { sql, type Kysely, type Selectable } from 'kysely';
import { fromIso, toIso } from '../clock.ts';
import type { Database, RupturesTable } from '../db/schema.ts';
import { joinedDaySql, type MemberScope } from './membership.ts';
import { keyset, type PageSpec } from './paging.ts';

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
  /** When every member involved had said "repaired for me" (the last of them), or null. */
  readonly repairedAt: string | null;
  /** The members involved: those in the circle when it happened who have not left since. */
  readonly involvedMemberIds: string[];
  /** Members who have said "repaired for me", in the order they said it. */
  readonly repairedBy: string[];
}

interface MemberSpan {
  readonly id: string;
  readonly joinedAt: string;
  readonly leftAt: string | null;
}

interface RepairRow {
  readonly ruptureId: string;
  readonly memberId: string;
  readonly at: string;
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
    return present(scope, row, await this.members(scope), []);
  }

  private async members(scope: Pick<MemberScope, 'circleId'>): Promise<MemberSpan[]> {
    const rows = await this.db
      .selectFrom('members')
      .select(['id', 'joined_at', 'left_at'])
      .where('circle_id', '=', scope.circleId)
      .orderBy('joined_at')
      .orderBy('id')
      .execute();
    return rows.map((m) => ({ id: m.id, joinedAt: m.joined_at, leftAt: m.left_at }));
  }

  private async repairs(
    scope: Pick<MemberScope, 'circleId'>,
    ruptureId?: string,
  ): Promise<RepairRow[]> {
    let query = this.db
      .selectFrom('rupture_repairs')
      .select(['rupture_id', 'member_id', 'repaired_at'])
      .where('circle_id', '=', scope.circleId);
    if (ruptureId !== undefined) query = query.where('rupture_id', '=', ruptureId);
    const rows = await query.orderBy('repaired_at').orderBy('member_id').execute();
    return rows.map((r) => ({ ruptureId: r.rupture_id, memberId: r.member_id, at: r.repaired_at }));
  }

  /**
   * The unrepaired hard moments that involve this person, in one circle or all of theirs: asked
   * just before they leave, so that those still involved hear when one is repaired, or its
   * guided repair revealed, only because it no longer waits for them.
   */
  async involving(userId: string, circleId?: string): Promise<{ circleId: string; id: string }[]> {
    let query = this.db
      .selectFrom('ruptures as r')
      .innerJoin('members as m', 'm.circle_id', 'r.circle_id')
      .select(['r.circle_id', 'r.id'])
      .where('m.user_id', '=', userId)
      .where('m.left_at', 'is', null)
      .where('r.repaired_at', 'is', null)
      .where((eb) =>
        eb.or([
          eb('r.logged_by_member_id', '=', eb.ref('m.id')),
          eb('r.occurred_at', '>=', sql<string>`substr(m.joined_at, 1, 10)`),
        ]),
      );
    if (circleId !== undefined) query = query.where('r.circle_id', '=', circleId);
    const rows = await query.execute();
    return rows.map((r) => ({ circleId: r.circle_id, id: r.id }));
  }

  /**
   * Whom a hard moment involves and whether it is repaired (for a departure's follow-up only:
   * read around someone who is leaving, not as any member).
   */
  async standing(
    circleId: string,
    id: string,
  ): Promise<{ involvedMemberIds: string[]; repairedAt: string | null } | undefined> {
    const row = await this.db
      .selectFrom('ruptures')
      .selectAll()
      .where('circle_id', '=', circleId)
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row) return undefined;
    const [members, repairs] = await Promise.all([
      this.members({ circleId }),
      this.repairs({ circleId }, id),
    ]);
    const involvedMemberIds = involvedIn(row, members);
    return { involvedMemberIds, repairedAt: repairedAt(row, involvedMemberIds, repairs) };
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
    if (!row) return undefined;
    const [members, repairs] = await Promise.all([this.members(scope), this.repairs(scope, id)]);
    return present(scope, row, members, repairs);
  }

  /** Newest first. */
  async list(scope: MemberScope, page?: PageSpec): Promise<RuptureRecord[]> {
    const rows = await keyset(this.visible(scope), 'occurred_at', 'id', 'desc', page).execute();
    const [members, repairs] = await Promise.all([this.members(scope), this.repairs(scope)]);
    return rows.map((r) =>
      present(
        scope,
        r,
        members,
        repairs.filter((x) => x.ruptureId === r.id),
      ),
    );
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

  /** Records the scope member's own "repaired for me"; false when they had already said it. */
  async sayRepaired(scope: MemberScope, id: string, atIso: string): Promise<boolean> {
    const result = await this.db
      .insertInto('rupture_repairs')
      .values({
        rupture_id: id,
        circle_id: scope.circleId,
        member_id: scope.memberId,
        repaired_at: atIso,
      })
      .onConflict((oc) => oc.columns(['rupture_id', 'member_id']).doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
  }
}

/**
 * Involved in a rupture: every member who could see it when it happened (its author, and those
 * who had joined by its day) and is still in the circle.
 */
const involvedIn = (r: Selectable<RupturesTable>, members: readonly MemberSpan[]): string[] =>
  members
    .filter(
      (m) =>
        m.leftAt === null &&
        (m.id === r.logged_by_member_id || r.occurred_at >= m.joinedAt.slice(0, 10)),
    )
    .map((m) => m.id);

/** When everyone involved had said "repaired for me" (the last of them), or null. */
function repairedAt(
  r: Selectable<RupturesTable>,
  involvedMemberIds: readonly string[],
  repairs: readonly RepairRow[],
): string | null {
  // Ruptures marked repaired before everyone said it for themselves keep their stored time.
  if (r.repaired_at !== null) return r.repaired_at;
  const when = repairedWhen(
    involvedMemberIds,
    repairs.map((x) => ({ memberId: x.memberId, at: fromIso(x.at) })),
  );
  return when === null ? null : toIso(when);
}

function present(
  scope: MemberScope,
  r: Selectable<RupturesTable>,
  members: readonly MemberSpan[],
  repairs: readonly RepairRow[],
): RuptureRecord {
  const involvedMemberIds = involvedIn(r, members);
  const completed = repairedAt(r, involvedMemberIds, repairs);
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
    repairedAt: completed,
    involvedMemberIds,
    repairedBy: repairs.map((x) => x.memberId),
  };
}
