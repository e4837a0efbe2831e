import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { joinedDaySql, type MemberScope } from './membership.ts';
import { keyset, type PageSpec } from './paging.ts';

export interface NeedRecord {
  readonly id: string;
  readonly circleId: string;
  readonly authorMemberId: string;
  readonly starterId: string | null;
  readonly text: string;
  readonly shared: boolean;
  readonly createdAt: string;
  /** Members who answered "thank you for telling me". */
  readonly thankedBy: string[];
}

/**
 * Needs statements. A member reads their own needs and the needs others chose to share; a
 * private need is visible to its author only, enforced in the SQL of every read.
 */
export class NeedsRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async create(
    scope: MemberScope,
    input: {
      id: string;
      starterId: string | null;
      text: string;
      shared: boolean;
      createdAt: string;
    },
  ): Promise<NeedRecord> {
    await this.db
      .insertInto('needs')
      .values({
        id: input.id,
        circle_id: scope.circleId,
        author_member_id: scope.memberId,
        starter_id: input.starterId,
        text: input.text,
        shared: input.shared ? 1 : 0,
        created_at: input.createdAt,
      })
      .execute();
    return { ...input, circleId: scope.circleId, authorMemberId: scope.memberId, thankedBy: [] };
  }

  private visible(scope: MemberScope) {
    return this.db
      .selectFrom('needs')
      .selectAll()
      .where('circle_id', '=', scope.circleId)
      .where((eb) =>
        eb.or([
          eb('author_member_id', '=', scope.memberId),
          eb.and([eb('shared', '=', 1), eb('created_at', '>=', joinedDaySql(scope.memberId))]),
        ]),
      );
  }

  /** Newest first. */
  async listVisible(scope: MemberScope, page?: PageSpec): Promise<NeedRecord[]> {
    const rows = await keyset(this.visible(scope), 'created_at', 'id', 'desc', page).execute();
    return this.withThanks(scope, rows);
  }

  async findVisible(scope: MemberScope, id: string): Promise<NeedRecord | undefined> {
    const rows = await this.visible(scope).where('id', '=', id).execute();
    return (await this.withThanks(scope, rows))[0];
  }

  /** Deletes one of the scope member's own needs with its thanks; false when there is none. */
  async deleteMine(scope: MemberScope, id: string): Promise<boolean> {
    return this.db.transaction().execute(async (tx) => {
      const own = await tx
        .selectFrom('needs')
        .select('id')
        .where('circle_id', '=', scope.circleId)
        .where('author_member_id', '=', scope.memberId)
        .where('id', '=', id)
        .executeTakeFirst();
      if (!own) return false;
      await tx
        .deleteFrom('need_thanks')
        .where('circle_id', '=', scope.circleId)
        .where('need_id', '=', id)
        .execute();
      await tx
        .deleteFrom('needs')
        .where('circle_id', '=', scope.circleId)
        .where('id', '=', id)
        .execute();
      return true;
    });
  }

  /** Shares one of the scope member's own needs, or makes it private again. */
  async setShared(scope: MemberScope, id: string, shared: boolean): Promise<boolean> {
    const result = await this.db
      .updateTable('needs')
      .set({ shared: shared ? 1 : 0 })
      .where('circle_id', '=', scope.circleId)
      .where('author_member_id', '=', scope.memberId)
      .where('id', '=', id)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  async thank(scope: MemberScope, needId: string, atIso: string): Promise<void> {
    await this.db
      .insertInto('need_thanks')
      .values({
        need_id: needId,
        circle_id: scope.circleId,
        member_id: scope.memberId,
        created_at: atIso,
      })
      .onConflict((oc) => oc.columns(['need_id', 'member_id']).doNothing())
      .execute();
  }

  /** Removes the scope member's own thanks on a need (no other member's). */
  async unthank(scope: MemberScope, needId: string): Promise<void> {
    await this.db
      .deleteFrom('need_thanks')
      .where('circle_id', '=', scope.circleId)
      .where('need_id', '=', needId)
      .where('member_id', '=', scope.memberId)
      .execute();
  }

  private async withThanks(
    scope: MemberScope,
    rows: {
      id: string;
      circle_id: string;
      author_member_id: string;
      starter_id: string | null;
      text: string;
      shared: number;
      created_at: string;
    }[],
  ): Promise<NeedRecord[]> {
    if (rows.length === 0) return [];
    const thanks = await this.db
      .selectFrom('need_thanks')
      .select(['need_id', 'member_id'])
      .where('circle_id', '=', scope.circleId)
      .where(
        'need_id',
        'in',
        rows.map((r) => r.id),
      )
      .orderBy('created_at')
      .execute();
    return rows.map((r) => ({
      id: r.id,
      circleId: r.circle_id,
      authorMemberId: r.author_member_id,
      starterId: r.starter_id,
      text: r.text,
      shared: Number(r.shared) === 1,
      createdAt: r.created_at,
      thankedBy: thanks.filter((t) => t.need_id === r.id).map((t) => t.member_id),
    }));
  }
}
