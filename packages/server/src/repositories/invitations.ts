import type { CircleKind } from '@recipro/core';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { isUniqueViolation } from '../db/errors.ts';
import { liveSince } from './join-requests.ts';
import type { MemberScope } from './membership.ts';

export interface InvitationPreview {
  readonly circleId: string;
  readonly circleName: string;
  readonly circleKind: CircleKind;
  readonly invitedByName: string;
  readonly expiresAt: string;
}

export type AcceptResult =
  | { readonly status: 'waiting'; readonly circleId: string; readonly memberId: string }
  | { readonly status: 'invalid' }
  | { readonly status: 'circle_full' }
  | { readonly status: 'already_waiting'; readonly circleId: string }
  | { readonly status: 'already_member'; readonly circleId: string };

export interface OpenInvitation {
  readonly id: string;
  readonly invitedByMemberId: string;
  readonly createdAt: string;
  readonly expiresAt: string;
}

/** Single-use, expiring invitations into a circle, found by a hash of their token. */
export class InvitationsRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async create(
    scope: MemberScope,
    input: { id: string; tokenHash: string; createdAt: string; expiresAt: string },
  ): Promise<void> {
    await this.db
      .insertInto('invitations')
      .values({
        id: input.id,
        circle_id: scope.circleId,
        token_hash: input.tokenHash,
        invited_by_member_id: scope.memberId,
        created_at: input.createdAt,
        expires_at: input.expiresAt,
        accepted_at: null,
        accepted_by_member_id: null,
      })
      .execute();
  }

  /** What an unused, unexpired invitation leads to; undefined otherwise. */
  async preview(tokenHash: string, nowIso: string): Promise<InvitationPreview | undefined> {
    const row = await this.db
      .selectFrom('invitations as i')
      .innerJoin('circles as c', 'c.id', 'i.circle_id')
      .innerJoin('members as m', (j) =>
        j.onRef('m.circle_id', '=', 'i.circle_id').onRef('m.id', '=', 'i.invited_by_member_id'),
      )
      .select([
        'c.id as circle_id',
        'c.name as circle_name',
        'c.kind as circle_kind',
        'm.name as invited_by',
        'i.expires_at',
      ])
      .where('i.token_hash', '=', tokenHash)
      .where('i.accepted_at', 'is', null)
      .where('i.expires_at', '>', nowIso)
      .executeTakeFirst();
    return (
      row && {
        circleId: row.circle_id,
        circleName: row.circle_name,
        circleKind: row.circle_kind as CircleKind,
        invitedByName: row.invited_by,
        expiresAt: row.expires_at,
      }
    );
  }

  /**
   * Uses an invitation: in one transaction, claims it (only if still unused and unexpired) and
   * records the user's request to join, which a member then lets in. Two people racing for one
   * invitation: exactly one wins. A circle with `capacity` (a couple: two) counts its members
   * and the requests still waiting against it.
   */
  async accept(
    tokenHash: string,
    user: { userId: string; name: string },
    request: { id: string; requestedAt: string },
    capacity: (kind: CircleKind) => number | null,
  ): Promise<AcceptResult> {
    try {
      return await this.db.transaction().execute(async (tx): Promise<AcceptResult> => {
        const invitation = await tx
          .selectFrom('invitations as i')
          .innerJoin('circles as c', 'c.id', 'i.circle_id')
          .select(['i.id', 'i.circle_id', 'c.kind'])
          .where('i.token_hash', '=', tokenHash)
          .where('i.accepted_at', 'is', null)
          .where('i.expires_at', '>', request.requestedAt)
          .executeTakeFirst();
        if (!invitation) return { status: 'invalid' };
        const circleId = invitation.circle_id;
        const existing = await tx
          .selectFrom('members')
          .select('id')
          .where('circle_id', '=', circleId)
          .where('user_id', '=', user.userId)
          .executeTakeFirst();
        if (existing) return { status: 'already_member', circleId };
        // A lapsed request of the same person gives way to this one.
        await tx
          .deleteFrom('join_requests')
          .where('circle_id', '=', circleId)
          .where('user_id', '=', user.userId)
          .where('requested_at', '<=', liveSince(request.requestedAt))
          .execute();
        const waiting = await tx
          .selectFrom('join_requests')
          .select(['id', 'user_id'])
          .where('circle_id', '=', circleId)
          .execute();
        if (waiting.some((r) => r.user_id === user.userId))
          return { status: 'already_waiting', circleId };
        const limit = capacity(invitation.kind as CircleKind);
        if (limit !== null) {
          const members = await tx
            .selectFrom('members')
            .select('id')
            .where('circle_id', '=', circleId)
            .where('left_at', 'is', null)
            .execute();
          if (members.length + waiting.length >= limit) return { status: 'circle_full' };
        }
        const claimed = await tx
          .updateTable('invitations')
          .set({ accepted_at: request.requestedAt, accepted_by_member_id: request.id })
          .where('id', '=', invitation.id)
          .where('accepted_at', 'is', null)
          .executeTakeFirst();
        if (Number(claimed.numUpdatedRows) !== 1) return { status: 'invalid' };
        await tx
          .insertInto('join_requests')
          .values({
            id: request.id,
            circle_id: circleId,
            user_id: user.userId,
            name: user.name,
            invitation_id: invitation.id,
            requested_at: request.requestedAt,
          })
          .execute();
        return { status: 'waiting', circleId, memberId: request.id };
      });
    } catch (error) {
      // Another request added this user to the circle between our read and our insert.
      if (isUniqueViolation(error)) return { status: 'invalid' };
      throw error;
    }
  }

  /** Invitations of the scope's circle still open at `nowIso`, newest first. */
  async listOpen(scope: MemberScope, nowIso: string): Promise<OpenInvitation[]> {
    const rows = await this.db
      .selectFrom('invitations')
      .select(['id', 'invited_by_member_id', 'created_at', 'expires_at'])
      .where('circle_id', '=', scope.circleId)
      .where('accepted_at', 'is', null)
      .where('expires_at', '>', nowIso)
      .orderBy('created_at', 'desc')
      .orderBy('id')
      .execute();
    return rows.map((r) => ({
      id: r.id,
      invitedByMemberId: r.invited_by_member_id,
      createdAt: r.created_at,
      expiresAt: r.expires_at,
    }));
  }

  /** Withdraws an invitation not yet used; false when there is none. */
  async withdraw(scope: MemberScope, id: string): Promise<boolean> {
    const result = await this.db
      .deleteFrom('invitations')
      .where('circle_id', '=', scope.circleId)
      .where('id', '=', id)
      .where('accepted_at', 'is', null)
      .executeTakeFirst();
    return Number(result.numDeletedRows) === 1;
  }
}
