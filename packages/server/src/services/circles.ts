import { randomUUID } from 'node:crypto';
import { maxMembers, type CircleKind } from '@recipro/core';
import { toIso, type Clock } from '../clock.ts';
import { AppError, notFound } from '../errors.ts';
import { hashToken, newToken } from '../auth/tokens.ts';
import type {
  CircleListItem,
  CirclesRepository,
  CircleWithMembers,
} from '../repositories/circles.ts';
import type {
  InvitationPreview,
  InvitationsRepository,
  OpenInvitation,
} from '../repositories/invitations.ts';
import type {
  JoinRequestRecord,
  JoinRequestsRepository,
  WaitingCircle,
} from '../repositories/join-requests.ts';
import type { MemberScope } from '../repositories/membership.ts';
import type { UserRecord } from '../repositories/users.ts';
import type { UpdatesService } from './updates.ts';
import { pageOf, pageSpec, type Page, type PageQuery } from './paging.ts';

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
    private readonly joinRequests: JoinRequestsRepository,
    private readonly updates: UpdatesService,
    private readonly clock: Clock,
  ) {}

  async create(user: UserRecord, input: { name: string; kind: CircleKind }): Promise<CircleView> {
    const circle = await this.circles.create({
      id: randomUUID(),
      name: input.name,
      kind: input.kind,
      createdAt: toIso(this.clock.now()),
      founder: { memberId: randomUUID(), userId: user.id, name: user.name },
    });
    return { ...circle, pendingMembers: [] };
  }

  list(user: UserRecord): Promise<CircleListItem[]> {
    return this.circles.listForUser(user.id);
  }

  /** One page of the user's circles, newest first. */
  async page(user: UserRecord, query: PageQuery): Promise<Page<CircleListItem>> {
    const spec = pageSpec(query);
    const rows = await this.circles.listForUser(user.id, spec);
    return pageOf(rows, spec, (c) => ({ key: c.createdAt, id: c.id }));
  }

  /** Circles the user asked to join and still waits to be let into. */
  waiting(user: UserRecord): Promise<WaitingCircle[]> {
    return this.joinRequests.waitingFor(user.id, toIso(this.clock.now()));
  }

  async get(user: UserRecord, circleId: string): Promise<CircleView> {
    return this.getScoped(await this.scope(user, circleId));
  }

  /** The circle of a membership already proven, with the requests waiting to be let in. */
  async getScoped(scope: MemberScope): Promise<CircleView> {
    const [circle, pendingMembers] = await Promise.all([
      this.circles.getForUser(scope.userId, scope.circleId),
      this.joinRequests.listWaiting(scope, toIso(this.clock.now())),
    ]);
    if (!circle) throw notFound('That circle');
    return { ...circle, pendingMembers };
  }

  /** The kind of a circle whose membership is already proven. */
  async kindOf(scope: MemberScope): Promise<CircleKind> {
    const circle = await this.circles.getForUser(scope.userId, scope.circleId);
    if (!circle) throw notFound('That circle');
    return circle.kind;
  }

  /**
   * The caller's membership of a circle: `pending` (403) while they wait to be let in,
   * not_found when they are not in it.
   */
  async scope(user: UserRecord, circleId: string): Promise<MemberScope> {
    const scope = await this.circles.scope(user.id, circleId);
    if (scope) return scope;
    return this.refuse(user, circleId);
  }

  /** Why someone who is not a member of a circle cannot see it: waiting to be let in, or not found. */
  async refuse(user: UserRecord, circleId: string): Promise<never> {
    if (await this.joinRequests.isWaiting(user.id, circleId, toIso(this.clock.now()))) {
      throw new AppError(
        'pending',
        'You asked to join this circle. You will see it once someone in it lets you in.',
      );
    }
    throw notFound('That circle');
  }

  async invite(user: UserRecord, circleId: string): Promise<CreatedInvitation> {
    const scope = await this.scope(user, circleId);
    const circle = await this.getScoped(scope);
    const limit = maxMembers(circle.kind);
    if (limit !== null && circle.members.length + circle.pendingMembers.length >= limit) {
      throw circleFull();
    }
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

  async listInvitations(user: UserRecord, circleId: string): Promise<OpenInvitation[]> {
    const scope = await this.scope(user, circleId);
    return this.invitations.listOpen(scope, toIso(this.clock.now()));
  }

  /** Withdraws an invitation nobody has used yet; any member may. */
  async withdrawInvitation(
    user: UserRecord,
    circleId: string,
    invitationId: string,
  ): Promise<void> {
    const scope = await this.scope(user, circleId);
    if (!(await this.invitations.withdraw(scope, invitationId))) {
      throw notFound('That invitation');
    }
  }

  async previewInvitation(token: string): Promise<InvitationPreview> {
    const preview = await this.invitations.preview(hashToken(token), toIso(this.clock.now()));
    if (!preview) throw invalidInvitation();
    return preview;
  }

  /**
   * Accepting an invitation asks to join: the person waits, seeing nothing of the circle, until
   * a member lets them in. `memberId` is the id they will have as a member.
   */
  async acceptInvitation(
    user: UserRecord,
    token: string,
  ): Promise<{ circleId: string; memberId: string; status: 'pending' }> {
    const result = await this.invitations.accept(
      hashToken(token),
      { userId: user.id, name: user.name },
      { id: randomUUID(), requestedAt: toIso(this.clock.now()) },
      maxMembers,
    );
    switch (result.status) {
      case 'waiting':
        // Every member is told: any of them may let the person in.
        await this.updates.tellCircleExcept(
          {
            kind: 'invitation_accepted',
            circleId: result.circleId,
            actorMemberId: result.memberId,
            subjectId: result.memberId,
          },
          [],
        );
        return { circleId: result.circleId, memberId: result.memberId, status: 'pending' };
      case 'already_member':
        throw new AppError('conflict', 'You are already in this circle.', {
          details: { circleId: result.circleId },
        });
      case 'already_waiting':
        throw new AppError('conflict', 'You already asked to join this circle.', {
          details: { circleId: result.circleId },
        });
      case 'circle_full':
        throw circleFull();
      case 'invalid':
        throw invalidInvitation();
    }
  }

  /** Any member lets in someone who asked to join. */
  async admit(user: UserRecord, circleId: string, requestId: string): Promise<CircleView> {
    const scope = await this.scope(user, circleId);
    const circle = await this.getScoped(scope);
    const result = await this.joinRequests.admit(
      scope,
      requestId,
      toIso(this.clock.now()),
      maxMembers(circle.kind),
    );
    switch (result.status) {
      case 'admitted': {
        const happening = { circleId, actorMemberId: scope.memberId, subjectId: requestId };
        await this.updates.tellCircleExcept({ kind: 'member_admitted', ...happening }, [
          scope.memberId,
          requestId,
        ]);
        await this.updates.tellMembers({ kind: 'welcome', ...happening }, [requestId]);
        return this.getScoped(scope);
      }
      case 'circle_full':
        throw circleFull();
      case 'not_found':
        throw notFound('That request to join');
    }
  }

  /** Any member turns down a request to join; false when there is no such request. */
  async decline(user: UserRecord, circleId: string, requestId: string): Promise<boolean> {
    return this.joinRequests.decline(await this.scope(user, circleId), requestId);
  }

  /** The keeper hands the role to another member. */
  async setKeeper(user: UserRecord, circleId: string, memberId: string): Promise<CircleView> {
    const scope = await this.scope(user, circleId);
    const circle = await this.getScoped(scope);
    if (circle.keeperMemberId !== scope.memberId) throw onlyKeeper('hand the keeper role on');
    if (!(await this.circles.setKeeper(scope, memberId))) throw notFound('That member');
    return this.getScoped(scope);
  }
}

/** A circle as its members see it: members, former members, and requests waiting. */
export interface CircleView extends CircleWithMembers {
  readonly pendingMembers: JoinRequestRecord[];
}

export const onlyKeeper = (what: string) =>
  new AppError('forbidden', `Only the circle's keeper can ${what}.`);

const circleFull = () =>
  new AppError(
    'circle_full',
    'A couple circle is two people, and this one has its two. Make a family or friends circle to include more people.',
  );

const invalidInvitation = () =>
  new AppError(
    'not_found',
    'This invitation is not valid any more: it was used, or it expired. Ask for a new link.',
  );
