import type {
  Effort,
  Frequency,
  Responsibility,
  ResponsibilityArea,
  Stage,
  StageOwners,
} from '@recipro/core';
import type { Kysely, Selectable, Transaction } from 'kysely';
import type { Database, ResponsibilitiesTable } from '../db/schema.ts';
import type { MemberScope } from './membership.ts';
import { keyset, type PageSpec } from './paging.ts';

export interface ResponsibilityRecord extends Responsibility {
  readonly circleId: string;
  readonly catalogueId: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** Column of each stage's owner. */
export const OWNER_COLUMN = {
  notice: 'notice_member_id',
  plan: 'plan_member_id',
  do: 'do_member_id',
  followUp: 'follow_up_member_id',
} as const satisfies Record<Stage, keyof ResponsibilitiesTable>;

const toRecord = (r: Selectable<ResponsibilitiesTable>): ResponsibilityRecord => ({
  id: r.id,
  circleId: r.circle_id,
  title: r.title,
  area: r.area as ResponsibilityArea,
  frequency: r.frequency as Frequency,
  effort: Number(r.effort) as Effort,
  catalogueId: r.catalogue_id,
  owners: {
    notice: r.notice_member_id,
    plan: r.plan_member_id,
    do: r.do_member_id,
    followUp: r.follow_up_member_id,
  },
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export interface ResponsibilityInput {
  readonly id: string;
  readonly title: string;
  readonly area: ResponsibilityArea;
  readonly frequency: Frequency;
  readonly effort: Effort;
  readonly owners: StageOwners;
  readonly catalogueId: string | null;
  readonly createdAt: string;
}

/** A circle's inventory of responsibilities. */
export class ResponsibilitiesRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async createMany(
    scope: MemberScope,
    items: readonly ResponsibilityInput[],
  ): Promise<ResponsibilityRecord[]> {
    if (items.length === 0) return [];
    const rows = items.map((i) => ({
      id: i.id,
      circle_id: scope.circleId,
      title: i.title,
      area: i.area,
      frequency: i.frequency,
      effort: i.effort,
      catalogue_id: i.catalogueId,
      notice_member_id: i.owners.notice,
      plan_member_id: i.owners.plan,
      do_member_id: i.owners.do,
      follow_up_member_id: i.owners.followUp,
      created_at: i.createdAt,
      updated_at: i.createdAt,
    }));
    await this.db.insertInto('responsibilities').values(rows).execute();
    return rows.map(toRecord);
  }

  /** Oldest first. */
  async list(scope: MemberScope, page?: PageSpec): Promise<ResponsibilityRecord[]> {
    const query = this.db
      .selectFrom('responsibilities')
      .selectAll()
      .where('circle_id', '=', scope.circleId);
    const rows = await keyset(query, 'created_at', 'id', 'asc', page).execute();
    return rows.map(toRecord);
  }

  async find(scope: MemberScope, id: string): Promise<ResponsibilityRecord | undefined> {
    const row = await this.db
      .selectFrom('responsibilities')
      .selectAll()
      .where('circle_id', '=', scope.circleId)
      .where('id', '=', id)
      .executeTakeFirst();
    return row && toRecord(row);
  }

  async update(
    scope: MemberScope,
    id: string,
    changes: Partial<Pick<Responsibility, 'title' | 'area' | 'frequency' | 'effort'>> & {
      owners?: Partial<StageOwners>;
    },
    updatedAt: string,
  ): Promise<void> {
    const set: Partial<ResponsibilitiesTable> = { updated_at: updatedAt };
    if (changes.title !== undefined) set.title = changes.title;
    if (changes.area !== undefined) set.area = changes.area;
    if (changes.frequency !== undefined) set.frequency = changes.frequency;
    if (changes.effort !== undefined) set.effort = changes.effort;
    for (const [stage, owner] of Object.entries(changes.owners ?? {}) as [Stage, string | null][]) {
      set[OWNER_COLUMN[stage]] = owner;
    }
    await this.db
      .updateTable('responsibilities')
      .set(set)
      .where('circle_id', '=', scope.circleId)
      .where('id', '=', id)
      .execute();
  }

  async delete(scope: MemberScope, id: string): Promise<void> {
    await this.db
      .deleteFrom('responsibilities')
      .where('circle_id', '=', scope.circleId)
      .where('id', '=', id)
      .execute();
  }

  /**
   * Moves one stage to a new owner only if `from` still owns it; false when it changed meanwhile.
   * Runs inside the caller's transaction.
   */
  static async moveStage(
    tx: Transaction<Database>,
    scope: MemberScope,
    move: { responsibilityId: string; stage: Stage; from: string; to: string; at: string },
  ): Promise<boolean> {
    const column = OWNER_COLUMN[move.stage];
    const result = await tx
      .updateTable('responsibilities')
      .set({ [column]: move.to, updated_at: move.at })
      .where('circle_id', '=', scope.circleId)
      .where('id', '=', move.responsibilityId)
      .where(column, '=', move.from)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }
}
