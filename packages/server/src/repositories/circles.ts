import type { CircleKind } from '@recipro/core';
import { sql, type Kysely } from 'kysely';
import type { Database, MembersTable } from '../db/schema.ts';
import { makeScope, type MemberScope } from './membership.ts';
import { keyset, type PageSpec } from './paging.ts';

export interface MemberRecord {
  readonly id: string;
  readonly name: string;
  readonly joinedAt: string;
}

export interface CircleRecord {
  readonly id: string;
  readonly name: string;
  readonly kind: CircleKind;
  readonly createdAt: string;
  readonly myMemberId: string;
}

export interface CircleListItem extends CircleRecord {
  readonly memberCount: number;
}

export interface FormerMemberRecord {
  readonly id: string;
  readonly leftAt: string;
}

export interface CircleWithMembers extends CircleRecord {
  /** The member who may remove others (not in a couple) and hand the role on. */
  readonly keeperMemberId: string | null;
  /** Current members only. */
  readonly members: MemberRecord[];
  /** Members who left: their rows stay so the acts they gave and received keep a member id. */
  readonly formerMembers: FormerMemberRecord[];
}

/**
 * Circles and their members. Every read goes through the viewer's membership: a circle the
 * viewer is not in does not exist as far as these methods are concerned.
 */
export class CirclesRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** Creates a circle with its founder as the first member, in one transaction. */
  async create(input: {
    id: string;
    name: string;
    kind: CircleKind;
    createdAt: string;
    founder: { memberId: string; userId: string; name: string };
  }): Promise<CircleWithMembers> {
    await this.db.transaction().execute(async (tx) => {
      await tx
        .insertInto('circles')
        .values({
          id: input.id,
          name: input.name,
          kind: input.kind,
          created_at: input.createdAt,
          keeper_member_id: input.founder.memberId,
        })
        .execute();
      await tx
        .insertInto('members')
        .values({
          id: input.founder.memberId,
          circle_id: input.id,
          user_id: input.founder.userId,
          name: input.founder.name,
          joined_at: input.createdAt,
        })
        .execute();
    });
    return {
      id: input.id,
      name: input.name,
      kind: input.kind,
      createdAt: input.createdAt,
      myMemberId: input.founder.memberId,
      keeperMemberId: input.founder.memberId,
      members: [
        { id: input.founder.memberId, name: input.founder.name, joinedAt: input.createdAt },
      ],
      formerMembers: [],
    };
  }

  /** The viewer's membership of a circle, or undefined when they are not in it. */
  async scope(userId: string, circleId: string): Promise<MemberScope | undefined> {
    const row = await this.db
      .selectFrom('members')
      .select('id')
      .where('circle_id', '=', circleId)
      .where('user_id', '=', userId)
      .executeTakeFirst();
    return row && makeScope(circleId, row.id, userId);
  }

  /**
   * The viewer's membership and every member id of the circle, in one query (the write path
   * of an act needs both); undefined when the viewer is not in the circle.
   */
  async scopeWithMembers(
    userId: string,
    circleId: string,
  ): Promise<{ scope: MemberScope; memberIds: string[] } | undefined> {
    // SQL text rather than a built query: every act logged asks this.
    const { rows } = await sql<Pick<MembersTable, 'id' | 'user_id'>>`
      select id, user_id from members where circle_id = ${circleId} and left_at is null
      order by joined_at, id`.execute(this.db);
    const me = rows.find((r) => r.user_id === userId);
    return me && { scope: makeScope(circleId, me.id, userId), memberIds: rows.map((r) => r.id) };
  }

  /** The user's circles, newest first; with a page, one page of them. */
  async listForUser(userId: string, page?: PageSpec): Promise<CircleListItem[]> {
    const query = this.db
      .selectFrom('members as me')
      .innerJoin('circles', 'circles.id', 'me.circle_id')
      .select((eb) => [
        'circles.id',
        'circles.name',
        'circles.kind',
        'circles.created_at',
        'me.id as my_member_id',
        eb
          .selectFrom('members as m')
          .select((e) => e.fn.countAll<string | number>().as('n'))
          .whereRef('m.circle_id', '=', 'circles.id')
          .where('m.left_at', 'is', null)
          .as('member_count'),
      ])
      .where('me.user_id', '=', userId);
    const rows = await keyset(query, 'circles.created_at', 'circles.id', 'desc', page).execute();
    return rows.map((r) => ({
      id: r.id,
      name: r.name,
      kind: r.kind as CircleKind,
      createdAt: r.created_at,
      myMemberId: r.my_member_id,
      memberCount: Number(r.member_count ?? 0),
    }));
  }

  async getForUser(userId: string, circleId: string): Promise<CircleWithMembers | undefined> {
    const circle = await this.db
      .selectFrom('members as me')
      .innerJoin('circles', 'circles.id', 'me.circle_id')
      .select([
        'circles.id',
        'circles.name',
        'circles.kind',
        'circles.created_at',
        'circles.keeper_member_id',
        'me.id as my_member_id',
      ])
      .where('me.user_id', '=', userId)
      .where('me.circle_id', '=', circleId)
      .executeTakeFirst();
    if (!circle) return undefined;
    const members = await this.db
      .selectFrom('members')
      .select(['id', 'name', 'joined_at', 'left_at'])
      .where('circle_id', '=', circleId)
      .orderBy('joined_at')
      .orderBy('id')
      .execute();
    return {
      id: circle.id,
      name: circle.name,
      kind: circle.kind as CircleKind,
      createdAt: circle.created_at,
      myMemberId: circle.my_member_id,
      keeperMemberId: circle.keeper_member_id,
      members: members
        .filter((m) => m.left_at === null)
        .map((m) => ({ id: m.id, name: m.name, joinedAt: m.joined_at })),
      formerMembers: members.flatMap((m) =>
        m.left_at === null ? [] : [{ id: m.id, leftAt: m.left_at }],
      ),
    };
  }

  /**
   * The scope of another current member of the scope's circle, for acting on their membership
   * (a keeper removing them); undefined when they are not a current member.
   */
  async otherMember(scope: MemberScope, memberId: string): Promise<MemberScope | undefined> {
    const row = await this.db
      .selectFrom('members')
      .select(['id', 'user_id'])
      .where('circle_id', '=', scope.circleId)
      .where('id', '=', memberId)
      .where('left_at', 'is', null)
      .executeTakeFirst();
    return row?.user_id ? makeScope(scope.circleId, row.id, row.user_id) : undefined;
  }

  /** Hands the keeper role to another current member; false when they are not one. */
  async setKeeper(scope: MemberScope, memberId: string): Promise<boolean> {
    const result = await this.db
      .updateTable('circles')
      .set({ keeper_member_id: memberId })
      .where('id', '=', scope.circleId)
      .where(({ exists, selectFrom }) =>
        exists(
          selectFrom('members')
            .select('id')
            .where('circle_id', '=', scope.circleId)
            .where('id', '=', memberId)
            .where('left_at', 'is', null),
        ),
      )
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  /**
   * Ids of the circle's current members (and, with `former`, of those who left), in joining
   * order, for a member of that circle.
   */
  async memberIds(scope: MemberScope, options: { former?: boolean } = {}): Promise<string[]> {
    let query = this.db.selectFrom('members').select('id').where('circle_id', '=', scope.circleId);
    if (!options.former) query = query.where('left_at', 'is', null);
    const rows = await query.orderBy('joined_at').orderBy('id').execute();
    return rows.map((r) => r.id);
  }
}
