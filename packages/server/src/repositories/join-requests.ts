import type { CircleKind } from '@recipro/core';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { MemberScope } from './membership.ts';

/** How long a request to join waits for a member to let it in. */
export const JOIN_REQUEST_DAYS = 7;

export interface JoinRequestRecord {
  /** Becomes the member id once let in. */
  readonly id: string;
  readonly name: string;
  readonly requestedAt: string;
}

export interface WaitingCircle {
  readonly circleId: string;
  readonly name: string;
  readonly kind: CircleKind;
  readonly requestedAt: string;
}

export type AdmitResult =
  | { readonly status: 'admitted'; readonly memberId: string }
  | { readonly status: 'not_found' }
  | { readonly status: 'circle_full' };

/** The oldest request still waiting at `nowIso`. */
export const liveSince = (nowIso: string): string =>
  new Date(Date.parse(nowIso) - JOIN_REQUEST_DAYS * 86_400_000).toISOString();

/**
 * Requests to join a circle, made by accepting an invitation. A request is not a membership:
 * nothing of the circle is read through it. Members see the requests still waiting and let
 * them in or turn them down; unanswered, a request lapses after JOIN_REQUEST_DAYS.
 */
export class JoinRequestsRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** The requests still waiting in the scope's circle, oldest first. */
  async listWaiting(scope: MemberScope, nowIso: string): Promise<JoinRequestRecord[]> {
    const rows = await this.db
      .selectFrom('join_requests')
      .select(['id', 'name', 'requested_at'])
      .where('circle_id', '=', scope.circleId)
      .where('requested_at', '>', liveSince(nowIso))
      .orderBy('requested_at')
      .orderBy('id')
      .execute();
    return rows.map((r) => ({ id: r.id, name: r.name, requestedAt: r.requested_at }));
  }

  /** Circles a user asked to join and waits for, newest first. */
  async waitingFor(userId: string, nowIso: string): Promise<WaitingCircle[]> {
    const rows = await this.db
      .selectFrom('join_requests as r')
      .innerJoin('circles as c', 'c.id', 'r.circle_id')
      .select(['c.id', 'c.name', 'c.kind', 'r.requested_at'])
      .where('r.user_id', '=', userId)
      .where('r.requested_at', '>', liveSince(nowIso))
      .orderBy('r.requested_at', 'desc')
      .execute();
    return rows.map((r) => ({
      circleId: r.id,
      name: r.name,
      kind: r.kind as CircleKind,
      requestedAt: r.requested_at,
    }));
  }

  /** Whether a user waits to be let into a circle. */
  async isWaiting(userId: string, circleId: string, nowIso: string): Promise<boolean> {
    const row = await this.db
      .selectFrom('join_requests')
      .select('id')
      .where('circle_id', '=', circleId)
      .where('user_id', '=', userId)
      .where('requested_at', '>', liveSince(nowIso))
      .executeTakeFirst();
    return row !== undefined;
  }

  /**
   * Lets a waiting request in: it becomes a member with the request's id, in one transaction.
   * A couple circle takes two members at most.
   */
  async admit(
    scope: MemberScope,
    requestId: string,
    nowIso: string,
    capacity: number | null,
  ): Promise<AdmitResult> {
    return this.db.transaction().execute(async (tx): Promise<AdmitResult> => {
      const request = await tx
        .selectFrom('join_requests')
        .selectAll()
        .where('circle_id', '=', scope.circleId)
        .where('id', '=', requestId)
        .where('requested_at', '>', liveSince(nowIso))
        .executeTakeFirst();
      if (!request) return { status: 'not_found' };
      if (capacity !== null) {
        const members = await tx
          .selectFrom('members')
          .select('id')
          .where('circle_id', '=', scope.circleId)
          .where('left_at', 'is', null)
          .execute();
        if (members.length >= capacity) return { status: 'circle_full' };
      }
      await tx.deleteFrom('join_requests').where('id', '=', requestId).execute();
      await tx
        .insertInto('members')
        .values({
          id: request.id,
          circle_id: scope.circleId,
          user_id: request.user_id,
          name: request.name,
          joined_at: nowIso,
          left_at: null,
        })
        .execute();
      return { status: 'admitted', memberId: request.id };
    });
  }

  /** Turns a waiting request down; false when there is none. */
  async decline(scope: MemberScope, requestId: string): Promise<boolean> {
    const result = await this.db
      .deleteFrom('join_requests')
      .where('circle_id', '=', scope.circleId)
      .where('id', '=', requestId)
      .executeTakeFirst();
    return Number(result.numDeletedRows) === 1;
  }
}
