import { randomUUID } from 'node:crypto';
import type { CircleKind } from '@recipro/core';
import { toIso, type Clock } from '../clock.ts';
import { AppError, notFound } from '../errors.ts';
import { hashToken, newToken } from '../auth/tokens.ts';
import type {
  CircleListItem,
  CirclesRepository,
  CircleWithMembers,
} from '../repositories/circles.ts';
import type { InvitationPreview, InvitationsRepository } from '../repositories/invitations.ts';
import type { MemberScope } from '../repositories/membership.ts';
import type { UserRecord } from '../repositories/users.ts';

/** How long an invitation link stays usable. */
export const INVITATION_DAYS = 7;

export interface CreatedInvitation {
  readonly id: string;
  readonly token: string;
  readonly expiresAt: string;
}

/** Circles, membership and invitations. */
export class CirclesService {
  constructor(
    private readonly circles: CirclesRepository,
    private readonly invitations: InvitationsRepository,
    private readonly clock: Clock,
  ) {}

  create(user: UserRecord, input: { name: string; kind: CircleKind }): Promise<CircleWithMembers> {
    return this.circles.create({
      id: randomUUID(),
      name: input.name,
      kind: input.kind,
      createdAt: toIso(this.clock.now()),
      founder: { memberId: randomUUID(), userId: user.id, name: user.name },
    });
  }

  list(user: UserRecord): Promise<CircleListItem[]> {
    return this.circles.listForUser(user.id);
  }

  async get(user: UserRecord, circleId: string): Promise<CircleWithMembers> {
    const circle = await this.circles.getForUser(user.id, circleId);
    if (!circle) throw notFound('That circle');
    return circle;
  }

  /** The circle of a membership already proven. */
  async getScoped(scope: MemberScope): Promise<CircleWithMembers> {
    const circle = await this.circles.getForUser(scope.userId, scope.circleId);
    if (!circle) throw notFound('That circle');
    return circle;
  }

  /** The caller's membership of a circle; not_found when they are not in it. */
  async scope(user: UserRecord, circleId: string): Promise<MemberScope> {
    const scope = await this.circles.scope(user.id, circleId);
    if (!scope) throw notFound('That circle');
    return scope;
  }

  async invite(user: UserRecord, circleId: string): Promise<CreatedInvitation> {
    const scope = await this.scope(user, circleId);
    const token = newToken();
    const now = this.clock.now();
    const expiresAt = toIso(now + INVITATION_DAYS * 86_400_000);
    const id = randomUUID();
    await this.invitations.create(scope, {
      id,
      tokenHash: hashToken(token),
      createdAt: toIso(now),
      expiresAt,
    });
    return { id, token, expiresAt };
  }

  async previewInvitation(token: string): Promise<InvitationPreview> {
    const preview = await this.invitations.preview(hashToken(token), toIso(this.clock.now()));
    if (!preview) throw invalidInvitation();
    return preview;
  }

  async acceptInvitation(
    user: UserRecord,
    token: string,
  ): Promise<{ circleId: string; memberId: string }> {
    const result = await this.invitations.accept(
      hashToken(token),
      { userId: user.id, name: user.name },
      { id: randomUUID(), joinedAt: toIso(this.clock.now()) },
    );
    switch (result.status) {
      case 'accepted':
        return { circleId: result.circleId, memberId: result.memberId };
      case 'already_member':
        throw new AppError('conflict', 'You are already in this circle.', {
          details: { circleId: result.circleId },
        });
      case 'invalid':
        throw invalidInvitation();
    }
  }
}

const invalidInvitation = () =>
  new AppError(
    'not_found',
    'This invitation is not valid any more: it was used, or it expired. Ask for a new link.',
  );
