import type { UpdateDetail, UpdateKind } from '@recipro/core';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { keyset, type PageSpec } from './paging.ts';

/** One update as its reader sees it: names resolved now, so a departed person is never named. */
export interface UpdateView {
  readonly id: string;
  readonly kind: UpdateKind;
  readonly circleId: string;
  readonly circleName: string | null;
  readonly actorMemberId: string | null;
  readonly actorName: string | null;
  readonly subjectId: string | null;
  readonly detail: UpdateDetail | null;
  readonly createdAt: string;
  readonly readAt: string | null;
}

/** What happened, before it is addressed to anyone. */
export interface UpdateEvent {
  readonly kind: UpdateKind;
  readonly circleId: string;
  readonly actorMemberId: string | null;
  readonly subjectId: string | null;
  readonly detail?: UpdateDetail;
  readonly createdAt: string;
}

/**
 * Rules that keep a burst of the same happening from becoming a burst of updates: skip anyone
 * who still has an unread update of the same kind about the same thing, or who was already
 * told of this kind in this circle since a moment (once a day, for "noticed").
 */
export interface Once {
  readonly unlessUnread?: boolean;
  readonly unlessToldSince?: string;
}

/** Updates between members: written for each person told, read only by that person. */
export class UpdatesRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /**
   * Tells current members of the event's circle (by member id; anyone who has left, or who is
   * not in that circle, is skipped). `newId` makes one id per recipient.
   */
  async tellMembers(
    event: UpdateEvent,
    memberIds: readonly string[],
    newId: () => string,
    once: Once = {},
  ): Promise<number> {
    if (memberIds.length === 0) return 0;
    return this.insert(
      event,
      await this.accounts(event.circleId, { only: memberIds }),
      newId,
      once,
    );
  }

  /** Tells every current member of the event's circle except `exceptMemberIds`. */
  async tellCircle(
    event: UpdateEvent,
    exceptMemberIds: readonly string[],
    newId: () => string,
  ): Promise<number> {
    return this.insert(
      event,
      await this.accounts(event.circleId, { except: exceptMemberIds }),
      newId,
    );
  }

  /** The accounts of a circle's current members, only or except these member ids. */
  private async accounts(
    circleId: string,
    which: { only?: readonly string[]; except?: readonly string[] },
  ): Promise<string[]> {
    let query = this.db
      .selectFrom('members')
      .select('user_id')
      .where('circle_id', '=', circleId)
      .where('left_at', 'is', null)
      .where('user_id', 'is not', null);
    if (which.only) query = query.where('id', 'in', [...which.only]);
    if (which.except?.length) query = query.where('id', 'not in', [...which.except]);
    const rows = await query.execute();
    return rows.flatMap((r) => (r.user_id === null ? [] : [r.user_id]));
  }

  /** Tells one account directly (someone no longer, or not yet, a member). */
  async tellUser(event: UpdateEvent, userId: string, newId: () => string): Promise<void> {
    await this.insert(event, [userId], newId);
  }

  private async insert(
    event: UpdateEvent,
    everyone: readonly string[],
    newId: () => string,
    once: Once = {},
  ): Promise<number> {
    const userIds = await this.notYetTold(event, everyone, once);
    if (userIds.length === 0) return 0;
    await this.db
      .insertInto('updates')
      .values(
        userIds.map((userId) => ({
          id: newId(),
          user_id: userId,
          circle_id: event.circleId,
          kind: event.kind,
          actor_member_id: event.actorMemberId,
          subject_id: event.subjectId,
          detail: event.detail ?? null,
          created_at: event.createdAt,
          read_at: null,
        })),
      )
      .execute();
    return userIds.length;
  }

  private async notYetTold(
    event: UpdateEvent,
    userIds: readonly string[],
    once: Once,
  ): Promise<readonly string[]> {
    if (userIds.length === 0 || (!once.unlessUnread && once.unlessToldSince === undefined)) {
      return userIds;
    }
    let query = this.db
      .selectFrom('updates')
      .select('user_id')
      .where('user_id', 'in', [...userIds])
      .where('circle_id', '=', event.circleId)
      .where('kind', '=', event.kind);
    if (once.unlessUnread) {
      query = query.where('read_at', 'is', null);
      query =
        event.subjectId === null
          ? query.where('subject_id', 'is', null)
          : query.where('subject_id', '=', event.subjectId);
    }
    if (once.unlessToldSince !== undefined) {
      query = query.where('created_at', '>=', once.unlessToldSince);
    }
    const told = new Set((await query.execute()).map((r) => r.user_id));
    return userIds.filter((id) => !told.has(id));
  }

  /** A user's updates, newest first; with a page, one page of them. */
  async list(userId: string, page?: PageSpec): Promise<UpdateView[]> {
    const query = this.views().where('u.user_id', '=', userId);
    const rows = await keyset(query, 'u.created_at', 'u.id', 'desc', page).execute();
    return rows.map(toView);
  }

  /**
   * Updates whose sends the scheduler has not planned yet, oldest first, with their person and
   * names resolved now (so someone who has left is never named).
   */
  async unplanned(limit: number): Promise<(UpdateView & { userId: string })[]> {
    const rows = await this.views()
      .select('u.user_id')
      .where('u.planned_at', 'is', null)
      .orderBy('u.created_at')
      .orderBy('u.id')
      .limit(limit)
      .execute();
    return rows.map((r) => ({ ...toView(r), userId: r.user_id }));
  }

  /** These updates by id, with names resolved now (an update that is gone is absent). */
  async byIds(ids: readonly string[]): Promise<Map<string, UpdateView>> {
    if (ids.length === 0) return new Map();
    const rows = await this.views()
      .where('u.id', 'in', [...new Set(ids)])
      .execute();
    return new Map(rows.map((r) => [r.id, toView(r)]));
  }

  /** Records that these updates' sends are planned (or that none were wanted). */
  async markPlanned(ids: readonly string[], atIso: string): Promise<void> {
    if (ids.length === 0) return;
    await this.db
      .updateTable('updates')
      .set({ planned_at: atIso })
      .where('id', 'in', [...ids])
      .execute();
  }

  /** The names of these circles (a circle that is gone is absent). */
  async circleNames(circleIds: readonly string[]): Promise<Map<string, string>> {
    if (circleIds.length === 0) return new Map();
    const rows = await this.db
      .selectFrom('circles')
      .select(['id', 'name'])
      .where('id', 'in', [...new Set(circleIds)])
      .execute();
    return new Map(rows.map((r) => [r.id, r.name]));
  }

  /** Updates with the names of their circle and actor, as of now. */
  private views() {
    return this.db
      .selectFrom('updates as u')
      .leftJoin('circles as c', 'c.id', 'u.circle_id')
      .leftJoin('members as m', (join) =>
        join.onRef('m.id', '=', 'u.actor_member_id').onRef('m.circle_id', '=', 'u.circle_id'),
      )
      .leftJoin('join_requests as r', (join) =>
        join.onRef('r.id', '=', 'u.actor_member_id').onRef('r.circle_id', '=', 'u.circle_id'),
      )
      .select([
        'u.id',
        'u.kind',
        'u.circle_id',
        'c.name as circle_name',
        'u.actor_member_id',
        'm.name as member_name',
        'm.left_at as member_left_at',
        'r.name as request_name',
        'u.subject_id',
        'u.detail',
        'u.created_at',
        'u.read_at',
      ]);
  }

  async unreadCount(userId: string): Promise<number> {
    const row = await this.db
      .selectFrom('updates')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .where('user_id', '=', userId)
      .where('read_at', 'is', null)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  /**
   * Takes back the updates a member's happening made (kind, circle, actor and subject), with
   * their deliveries not yet sent (reminders go with their update): the happening was undone,
   * so nobody is told of it any more.
   */
  async withdraw(event: Omit<UpdateEvent, 'createdAt' | 'detail'>): Promise<void> {
    let rows = this.db
      .deleteFrom('updates')
      .where('circle_id', '=', event.circleId)
      .where('kind', '=', event.kind);
    rows = rows.where(
      'actor_member_id',
      event.actorMemberId === null ? 'is' : '=',
      event.actorMemberId,
    );
    rows = rows.where('subject_id', event.subjectId === null ? 'is' : '=', event.subjectId);
    await rows.execute();
  }

  /**
   * Marks the user's updates read (all of them when `ids` is undefined), in one transaction;
   * returns the ids that are not theirs, in which case nothing changed.
   */
  async markRead(
    userId: string,
    ids: readonly string[] | undefined,
    atIso: string,
  ): Promise<string[]> {
    return this.db.transaction().execute(async (tx) => {
      let update = tx
        .updateTable('updates')
        .set({ read_at: atIso })
        .where('user_id', '=', userId)
        .where('read_at', 'is', null);
      if (ids !== undefined) {
        const unique = [...new Set(ids)];
        if (unique.length === 0) return [];
        const found = await tx
          .selectFrom('updates')
          .select('id')
          .where('user_id', '=', userId)
          .where('id', 'in', unique)
          .execute();
        const theirs = new Set(found.map((r) => r.id));
        const unknown = unique.filter((id) => !theirs.has(id));
        if (unknown.length > 0) return unknown;
        update = update.where('id', 'in', unique);
      }
      await update.execute();
      return [];
    });
  }
}

interface ViewRow {
  id: string;
  kind: string;
  circle_id: string;
  circle_name: string | null;
  actor_member_id: string | null;
  member_name: string | null;
  member_left_at: string | null;
  request_name: string | null;
  subject_id: string | null;
  detail: string | null;
  created_at: string;
  read_at: string | null;
}

const toView = (r: ViewRow): UpdateView => ({
  id: r.id,
  kind: r.kind as UpdateKind,
  circleId: r.circle_id,
  circleName: r.circle_name ?? null,
  actorMemberId: r.actor_member_id,
  actorName:
    r.member_name !== null && r.member_left_at === null ? r.member_name : (r.request_name ?? null),
  subjectId: r.subject_id,
  detail: r.detail as UpdateDetail | null,
  createdAt: r.created_at,
  readAt: r.read_at,
});
