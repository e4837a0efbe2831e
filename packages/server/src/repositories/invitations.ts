import type { CircleKind } from '@recipro/core';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { isUniqueViolation } from '../db/errors.ts';
import type { MemberScope } from './membership.ts';

export interface InvitationPreview {
  readonly circleId: string;
  readonly circleName: string;
  readonly circleKind: CircleKind;
  readonly invitedByName: string;
  readonly expiresAt: string;
}

export type AcceptResult =
  | { readonly status: 'accepted'; readonly circleId: string; readonly memberId: string }
  | { readonly status: 'invalid' }
  | { readonly status: 'already_member'; readonly circleId: string };

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
   * adds the user as a member. Two people racing for one invitation: exactly one wins.
   */
  async accept(
    tokenHash: string,
    user: { userId: string; name: string },
    member: { id: string; joinedAt: string },
  ): Promise<AcceptResult> {
    try {
      return await this.db.transaction().execute(async (tx): Promise<AcceptResult> => {
        const invitation = await tx
          .selectFrom('invitations')
          .select(['id', 'circle_id'])
          .where('token_hash', '=', tokenHash)
          .where('accepted_at', 'is', null)
          .where('expires_at', '>', member.joinedAt)
          .executeTakeFirst();
        if (!invitation) return { status: 'invalid' };
        const existing = await tx
          .selectFrom('members')
          .select('id')
          .where('circle_id', '=', invitation.circle_id)
          .where('user_id', '=', user.userId)
          .executeTakeFirst();
        if (existing) return { status: 'already_member', circleId: invitation.circle_id };
        const claimed = await tx
          .updateTable('invitations')
          .set({ accepted_at: member.joinedAt, accepted_by_member_id: member.id })
          .where('id', '=', invitation.id)
          .where('accepted_at', 'is', null)
          .executeTakeFirst();
        if (Number(claimed.numUpdatedRows) !== 1) return { status: 'invalid' };
        await tx
          .insertInto('members')
          .values({
            id: member.id,
            circle_id: invitation.circle_id,
            user_id: user.userId,
            name: user.name,
            joined_at: member.joinedAt,
          })
          .execute();
        return { status: 'accepted', circleId: invitation.circle_id, memberId: member.id };
      });
    } catch (error) {
      // Another request added this user to the circle between our read and our insert.
      if (isUniqueViolation(error)) return { status: 'invalid' };
      throw error;
    }
  }
}
