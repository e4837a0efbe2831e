import { randomUUID } from 'node:crypto';
import { NEEDS_STARTERS } from '@recipro/core';
import { toIso, type Clock } from '../clock.ts';
import { AppError, notFound } from '../errors.ts';
import type { NeedRecord, NeedsRepository } from '../repositories/needs.ts';
import type { MemberScope } from '../repositories/membership.ts';
import type { UserRecord } from '../repositories/users.ts';
import type { UpdatesService } from './updates.ts';
import type { CirclesService } from './circles.ts';
import { forWriter, type WithSupport } from './support.ts';
import { pageOf, pageSpec, type Page, type PageQuery } from './paging.ts';

/** A need as `scope`'s member reads it: support only for its author. */
const seenBy = (scope: MemberScope, need: NeedRecord): WithSupport<NeedRecord> =>
  forWriter(need, need.authorMemberId === scope.memberId, need.text);

/** Needs said without blame (the E of RECIPRO), private until the author shares them. */
export class NeedsService {
  constructor(
    private readonly needs: NeedsRepository,
    private readonly circles: CirclesService,
    private readonly updates: UpdatesService,
    private readonly clock: Clock,
  ) {}

  async express(
    user: UserRecord,
    circleId: string,
    input: { text: string; starterId?: string; shared?: boolean },
  ): Promise<WithSupport<NeedRecord>> {
    const scope = await this.circles.scope(user, circleId);
    if (input.starterId !== undefined && !NEEDS_STARTERS.some((s) => s.id === input.starterId)) {
      throw new AppError('validation_failed', 'That sentence starter does not exist.', {
        details: [{ field: 'starterId' }],
      });
    }
    const need = await this.needs.create(scope, {
      id: randomUUID(),
      starterId: input.starterId ?? null,
      text: input.text,
      shared: input.shared ?? false,
      createdAt: toIso(this.clock.now()),
    });
    if (need.shared) await this.toldShared(scope, need.id);
    return seenBy(scope, need);
  }

  async list(user: UserRecord, circleId: string): Promise<WithSupport<NeedRecord>[]> {
    const scope = await this.circles.scope(user, circleId);
    return (await this.needs.listVisible(scope)).map((need) => seenBy(scope, need));
  }

  /** One page of the needs you can see, newest first. */
  async page(
    user: UserRecord,
    circleId: string,
    query: PageQuery,
  ): Promise<Page<WithSupport<NeedRecord>>> {
    const scope = await this.circles.scope(user, circleId);
    const spec = pageSpec(query);
    const rows = (await this.needs.listVisible(scope, spec)).map((need) => seenBy(scope, need));
    return pageOf(rows, spec, (n) => ({ key: n.createdAt, id: n.id }));
  }

  /** Deletes a need you wrote, with its thanks. */
  async deleteMine(user: UserRecord, circleId: string, needId: string): Promise<void> {
    const scope = await this.circles.scope(user, circleId);
    await this.mustBeAuthor(scope, needId);
    if (!(await this.needs.deleteMine(scope, needId))) throw notFound('That need');
  }

  /** Shares a need you wrote with the circle, or makes it private again. */
  async setShared(
    user: UserRecord,
    circleId: string,
    needId: string,
    shared: boolean,
  ): Promise<WithSupport<NeedRecord>> {
    const scope = await this.circles.scope(user, circleId);
    await this.mustBeAuthor(scope, needId);
    const before = await this.needs.findVisible(scope, needId);
    if (!(await this.needs.setShared(scope, needId, shared))) throw notFound('That need');
    const updated = await this.needs.findVisible(scope, needId);
    if (!updated) throw notFound('That need');
    if (updated.shared && before?.shared === false) await this.toldShared(scope, needId);
    return seenBy(scope, updated);
  }

  /** The others hear that a need was shared with them: that it was, never what it says. */
  private async toldShared(scope: MemberScope, needId: string): Promise<void> {
    await this.updates.tellCircleExcept(
      {
        kind: 'need_shared',
        circleId: scope.circleId,
        actorMemberId: scope.memberId,
        subjectId: needId,
      },
      [scope.memberId],
    );
  }

  /** 404 when the member cannot see the need, 403 when they can but did not write it. */
  private async mustBeAuthor(scope: MemberScope, needId: string): Promise<void> {
    const need = await this.needs.findVisible(scope, needId);
    if (!need) throw notFound('That need');
    if (need.authorMemberId !== scope.memberId) {
      throw new AppError(
        'forbidden',
        'Only the person who wrote this need can change or delete it.',
      );
    }
  }

  /** "Thank you for telling me", from someone other than the author, on a shared need. */
  async thank(user: UserRecord, circleId: string, needId: string): Promise<NeedRecord> {
    const scope = await this.circles.scope(user, circleId);
    const need = await this.needs.findVisible(scope, needId);
    if (!need) throw notFound('That need');
    if (need.authorMemberId === scope.memberId) {
      throw new AppError('forbidden', 'Thanks for a need come from the others in the circle.');
    }
    await this.needs.thank(scope, needId, toIso(this.clock.now()));
    const updated = await this.needs.findVisible(scope, needId);
    if (!updated) throw notFound('That need');
    return updated;
  }

  /** Takes back the caller's own thanks on a need they can see; without one, nothing changes. */
  async unthank(user: UserRecord, circleId: string, needId: string): Promise<NeedRecord> {
    const scope = await this.circles.scope(user, circleId);
    if (!(await this.needs.findVisible(scope, needId))) throw notFound('That need');
    await this.needs.unthank(scope, needId);
    const updated = await this.needs.findVisible(scope, needId);
    if (!updated) throw notFound('That need');
    return updated;
  }
}
