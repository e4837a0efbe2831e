import type { RitualKind } from '@recipro/core';
import type { Kysely, Selectable } from 'kysely';
import type { Database, RitualsTable } from '../db/schema.ts';
import type { MemberScope } from './membership.ts';
import { RemindersRepository } from './reminders.ts';
import { keyset, type PageSpec } from './paging.ts';

export interface RitualRecord {
  readonly id: string;
  readonly circleId: string;
  readonly kind: RitualKind;
  readonly title: string;
  readonly rrule: string;
  readonly time: string;
  readonly timezone: string;
  readonly memberIds: string[];
  readonly startsOn: string;
  readonly createdByMemberId: string;
  readonly createdAt: string;
}

/** What an edit may change. */
export type RitualChange =
  'kind' | 'title' | 'rrule' | 'time' | 'timezone' | 'memberIds' | 'startsOn';

/** The ritual `id` of the scope's circle, read with `executor` (the database or a transaction). */
async function findIn(
  executor: Kysely<Database>,
  scope: MemberScope,
  id: string,
): Promise<RitualRecord | undefined> {
  const row = await executor
    .selectFrom('rituals')
    .selectAll()
    .where('circle_id', '=', scope.circleId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row && toRecord(row);
}

const toRecord = (r: Selectable<RitualsTable>): RitualRecord => ({
  id: r.id,
  circleId: r.circle_id,
  kind: r.kind as RitualKind,
  title: r.title,
  rrule: r.rrule,
  time: r.time,
  timezone: r.timezone,
  memberIds: JSON.parse(r.member_ids) as string[],
  startsOn: r.starts_on,
  createdByMemberId: r.created_by_member_id,
  createdAt: r.created_at,
});

/** Rituals, their completions, and (for the scheduler) every ritual with whom to remind. */
export class RitualsRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async create(
    scope: MemberScope,
    r: Omit<RitualRecord, 'circleId' | 'createdByMemberId'>,
  ): Promise<RitualRecord> {
    const row = {
      id: r.id,
      circle_id: scope.circleId,
      kind: r.kind,
      title: r.title,
      rrule: r.rrule,
      time: r.time,
      timezone: r.timezone,
      member_ids: JSON.stringify(r.memberIds),
      starts_on: r.startsOn,
      created_by_member_id: scope.memberId,
      created_at: r.createdAt,
    };
    await this.db.insertInto('rituals').values(row).execute();
    return toRecord(row);
  }

  async list(scope: MemberScope, page?: PageSpec): Promise<RitualRecord[]> {
    const query = this.db.selectFrom('rituals').selectAll().where('circle_id', '=', scope.circleId);
    const rows = await keyset(query, 'created_at', 'id', 'asc', page).execute();
    return rows.map(toRecord);
  }

  find(scope: MemberScope, id: string): Promise<RitualRecord | undefined> {
    return findIn(this.db, scope, id);
  }

  /**
   * Changes a ritual and, in the same transaction, drops its reminders still waiting to be sent
   * (they were planned from the old schedule, title and people; the scheduler plans afresh).
   * Returns the ritual as changed, or undefined when it is not (or no longer) in the circle.
   */
  async update(
    scope: MemberScope,
    id: string,
    changes: Partial<Pick<RitualRecord, RitualChange>>,
  ): Promise<RitualRecord | undefined> {
    const set = {
      ...(changes.kind === undefined ? {} : { kind: changes.kind }),
      ...(changes.title === undefined ? {} : { title: changes.title }),
      ...(changes.rrule === undefined ? {} : { rrule: changes.rrule }),
      ...(changes.time === undefined ? {} : { time: changes.time }),
      ...(changes.timezone === undefined ? {} : { timezone: changes.timezone }),
      ...(changes.memberIds === undefined ? {} : { member_ids: JSON.stringify(changes.memberIds) }),
      ...(changes.startsOn === undefined ? {} : { starts_on: changes.startsOn }),
    };
    return this.db.transaction().execute(async (tx) => {
      if (Object.keys(set).length > 0) {
        const updated = await tx
          .updateTable('rituals')
          .set(set)
          .where('circle_id', '=', scope.circleId)
          .where('id', '=', id)
          .executeTakeFirst();
        if (Number(updated.numUpdatedRows) !== 1) return undefined;
        await RemindersRepository.cancelPendingForRitual(tx, scope, id);
      }
      return findIn(tx, scope, id);
    });
  }

  /** Stops a ritual: it, its completions and its reminders still waiting to be sent go. */
  async delete(scope: MemberScope, id: string): Promise<void> {
    await this.db.transaction().execute(async (tx) => {
      await RemindersRepository.cancelPendingForRitual(tx, scope, id);
      await tx
        .deleteFrom('rituals')
        .where('circle_id', '=', scope.circleId)
        .where('id', '=', id)
        .execute();
    });
  }

  async complete(
    scope: MemberScope,
    ritualId: string,
    completion: { id: string; at: string },
  ): Promise<void> {
    await this.db
      .insertInto('ritual_completions')
      .values({
        id: completion.id,
        circle_id: scope.circleId,
        ritual_id: ritualId,
        member_id: scope.memberId,
        at: completion.at,
      })
      .execute();
  }

  /** Deletes the scope member's own latest completion of a ritual; false when there is none. */
  async uncompleteLatest(scope: MemberScope, ritualId: string): Promise<boolean> {
    const latest = await this.db
      .selectFrom('ritual_completions')
      .select('id')
      .where('circle_id', '=', scope.circleId)
      .where('ritual_id', '=', ritualId)
      .where('member_id', '=', scope.memberId)
      .orderBy('at', 'desc')
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirst();
    if (!latest) return false;
    const deleted = await this.db
      .deleteFrom('ritual_completions')
      .where('circle_id', '=', scope.circleId)
      .where('id', '=', latest.id)
      .where('member_id', '=', scope.memberId)
      .executeTakeFirst();
    return Number(deleted.numDeletedRows) === 1;
  }

  /** Completion times of a ritual since `fromIso`, oldest first. */
  async completions(scope: MemberScope, ritualId: string, fromIso: string): Promise<string[]> {
    const rows = await this.db
      .selectFrom('ritual_completions')
      .select('at')
      .where('circle_id', '=', scope.circleId)
      .where('ritual_id', '=', ritualId)
      .where('at', '>=', fromIso)
      .orderBy('at')
      .execute();
    return rows.map((r) => r.at);
  }

  /** Every completion of every ritual of the circle: which ritual, who, when; oldest first. */
  async circleCompletions(
    scope: MemberScope,
  ): Promise<{ ritualId: string; memberId: string; at: string }[]> {
    const rows = await this.db
      .selectFrom('ritual_completions')
      .select(['ritual_id', 'member_id', 'at'])
      .where('circle_id', '=', scope.circleId)
      .orderBy('at')
      .orderBy('id')
      .execute();
    return rows.map((r) => ({ ritualId: r.ritual_id, memberId: r.member_id, at: r.at }));
  }

  /**
   * Every ritual with the user ids and member names of those taking part: the scheduler's view,
   * across circles (it reminds each person of their own rituals only).
   */
  async allWithParticipants(): Promise<
    (RitualRecord & { participants: { memberId: string; userId: string }[] })[]
  > {
    const rows = await this.db.selectFrom('rituals').selectAll().execute();
    if (rows.length === 0) return [];
    const members = await this.db
      .selectFrom('members')
      .select(['id', 'circle_id', 'user_id'])
      .where('circle_id', 'in', [...new Set(rows.map((r) => r.circle_id))])
      .where('user_id', 'is not', null)
      .$narrowType<{ user_id: string }>()
      .execute();
    return rows.map((row) => {
      const ritual = toRecord(row);
      const taking = new Set(ritual.memberIds);
      return {
        ...ritual,
        participants: members
          .filter((m) => m.circle_id === ritual.circleId && taking.has(m.id))
          .map((m) => ({ memberId: m.id, userId: m.user_id })),
      };
    });
  }

  /** The rituals of every circle a user is in that include them, for their calendar feed. */
  async forUser(userId: string): Promise<(RitualRecord & { circleName: string })[]> {
    const rows = await this.db
      .selectFrom('rituals')
      .innerJoin('members', (j) =>
        j.onRef('members.circle_id', '=', 'rituals.circle_id').on('members.user_id', '=', userId),
      )
      .innerJoin('circles', 'circles.id', 'rituals.circle_id')
      .selectAll('rituals')
      .select(['members.id as my_member_id', 'circles.name as circle_name'])
      .execute();
    return rows
      .map((r) => ({ ...toRecord(r), circleName: r.circle_name, myMemberId: r.my_member_id }))
      .filter((r) => r.memberIds.includes(r.myMemberId))
      .map(({ myMemberId: _mine, ...r }) => r);
  }
}
