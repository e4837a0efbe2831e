import { randomUUID } from 'node:crypto';
import {
  RESPONSIBILITY_CATALOGUE,
  STAGES,
  catalogueItemFits,
  decideOwnersChange,
  decideResponsibilityEdit,
  divideLoad,
  ownedWholly,
  othersConcerned,
  ownersProblem,
  seasonOverlaps,
  perceivedShares,
  suggestHandOvers,
  type Effort,
  type Frequency,
  type HandOver,
  type LoadDivision,
  type PerceivedShare,
  type ResponsibilityArea,
  type Stage,
  type StageOwners,
} from '@recipro/core';
import { toIso, type Clock } from '../clock.ts';
import { AppError, notFound } from '../errors.ts';
import type { CirclesRepository } from '../repositories/circles.ts';
import type { HandoverRecord, HandoversRepository } from '../repositories/handovers.ts';
import type { LoadViewsRepository } from '../repositories/load-views.ts';
import type { MemberScope } from '../repositories/membership.ts';
import type {
  ResponsibilitiesRepository,
  ResponsibilityRecord,
} from '../repositories/responsibilities.ts';
import { toCoreSeason, type SeasonsRepository } from '../repositories/seasons.ts';
import type { UpdatesService } from './updates.ts';
import type { UserRecord } from '../repositories/users.ts';
import type { CirclesService } from './circles.ts';
import { pageOf, pageSpec, type Page, type PageQuery } from './paging.ts';

const NOBODY: StageOwners = { notice: null, plan: null, do: null, followUp: null };

export interface NewResponsibility {
  readonly title: string;
  readonly area: ResponsibilityArea;
  readonly frequency: Frequency;
  readonly effort: Effort;
  readonly owners?: Partial<StageOwners>;
}

export interface LoadOverview extends LoadDivision {
  readonly perceived: PerceivedShare[];
  readonly suggestions: HandOver[];
  /** The caller's own view, as they last saved it. */
  readonly mine: {
    perceivedShare: number | null;
    prefers: ResponsibilityArea[];
    cannot: ResponsibilityArea[];
  };
}

/** The load divider: the inventory, who carries which stage, shares, and hand-overs. */
export class LoadService {
  constructor(
    private readonly repositories: {
      responsibilities: ResponsibilitiesRepository;
      handovers: HandoversRepository;
      views: LoadViewsRepository;
      seasons: SeasonsRepository;
      circles: CirclesRepository;
    },
    private readonly circles: CirclesService,
    private readonly updates: UpdatesService,
    private readonly clock: Clock,
  ) {}

  async create(
    user: UserRecord,
    circleId: string,
    input: NewResponsibility,
  ): Promise<ResponsibilityRecord> {
    const scope = await this.circles.scope(user, circleId);
    const owners = { ...NOBODY, ...input.owners };
    await this.checkOwners(scope, owners);
    const [created] = await this.repositories.responsibilities.createMany(scope, [
      { id: randomUUID(), ...input, owners, catalogueId: null, createdAt: toIso(this.clock.now()) },
    ]);
    if (!created) throw new AppError('internal', 'The responsibility was not saved.');
    return created;
  }

  /** Adds items of the built-in catalogue, unowned, for the circle to edit. */
  async addFromCatalogue(
    user: UserRecord,
    circleId: string,
    ids: readonly string[],
  ): Promise<ResponsibilityRecord[]> {
    const scope = await this.circles.scope(user, circleId);
    const unknown = ids.filter((id) => !RESPONSIBILITY_CATALOGUE.some((c) => c.id === id));
    if (unknown.length > 0)
      throw new AppError('validation_failed', `Not in the catalogue: ${unknown.join(', ')}.`, {
        details: [{ field: 'ids' }],
      });
    const kind = await this.circles.kindOf(scope);
    const unfit = ids.filter((id) => !catalogueItemFits(kind, id));
    if (unfit.length > 0)
      throw new AppError(
        'validation_failed',
        `Not offered to a ${kind} circle: ${unfit.join(', ')}. Add your own responsibility instead.`,
        { details: [{ field: 'ids', code: 'not_for_circle_kind', kind }] },
      );
    const now = toIso(this.clock.now());
    const items = RESPONSIBILITY_CATALOGUE.filter((c) => ids.includes(c.id)).map((c) => ({
      id: randomUUID(),
      title: c.title,
      area: c.area,
      frequency: c.frequency,
      effort: c.effort,
      owners: NOBODY,
      catalogueId: c.id,
      createdAt: now,
    }));
    return this.repositories.responsibilities.createMany(scope, items);
  }

  async list(user: UserRecord, circleId: string): Promise<ResponsibilityRecord[]> {
    return this.repositories.responsibilities.list(await this.circles.scope(user, circleId));
  }

  /** One page of the circle's responsibilities, oldest first. */
  async page(
    user: UserRecord,
    circleId: string,
    query: PageQuery,
  ): Promise<Page<ResponsibilityRecord>> {
    const scope = await this.circles.scope(user, circleId);
    const spec = pageSpec(query);
    const rows = await this.repositories.responsibilities.list(scope, spec);
    return pageOf(rows, spec, (r) => ({ key: r.createdAt, id: r.id }));
  }

  async update(
    user: UserRecord,
    circleId: string,
    id: string,
    changes: Partial<Omit<NewResponsibility, 'owners'>> & { owners?: Partial<StageOwners> },
  ): Promise<ResponsibilityRecord> {
    const scope = await this.circles.scope(user, circleId);
    const existing = await this.mustFind(scope, id);
    const { owners, ...fields } = changes;
    if (Object.keys(fields).length > 0) mayEdit(existing, scope.memberId);
    if (owners) {
      const after = { ...existing.owners, ...owners };
      await this.checkOwners(scope, after);
      mayChangeOwners(existing, after, scope.memberId);
    }
    await this.repositories.responsibilities.update(scope, id, changes, toIso(this.clock.now()));
    const updated = await this.mustFind(scope, id);
    await this.tellConcerned(scope, 'responsibility_changed', existing, updated);
    return updated;
  }

  /**
   * "I'll take this": every stage to the caller, in one tap — for stages nobody carries or the
   * caller already does; a stage someone else carries moves only through a hand-over.
   */
  async own(user: UserRecord, circleId: string, id: string): Promise<ResponsibilityRecord> {
    const scope = await this.circles.scope(user, circleId);
    const existing = await this.mustFind(scope, id);
    const held = STAGES.filter((s) => ![null, scope.memberId].includes(existing.owners[s]));
    if (held.length > 0) {
      throw new AppError(
        'conflict',
        'Someone else carries part of this: ask them with a hand-over instead of taking it.',
        { details: held.map((stage) => ({ field: `owners.${stage}` })) },
      );
    }
    mayChangeOwners(existing, ownedWholly(scope.memberId), scope.memberId);
    await this.repositories.responsibilities.update(
      scope,
      id,
      { owners: ownedWholly(scope.memberId) },
      toIso(this.clock.now()),
    );
    return this.mustFind(scope, id);
  }

  /**
   * Gives back stages the caller carries, so nobody carries them again: how "I'll take this" is
   * taken back. Each stage named must be the caller's own (409 otherwise); nothing else moves.
   */
  async release(
    user: UserRecord,
    circleId: string,
    id: string,
    stages: readonly Stage[],
  ): Promise<ResponsibilityRecord> {
    const scope = await this.circles.scope(user, circleId);
    const existing = await this.mustFind(scope, id);
    const notMine = stages.filter((s) => existing.owners[s] !== scope.memberId);
    if (notMine.length > 0) {
      throw new AppError('conflict', 'You can give back only a stage you carry.', {
        details: notMine.map((stage) => ({ field: `stages.${stage}` })),
      });
    }
    await this.repositories.responsibilities.update(
      scope,
      id,
      { owners: Object.fromEntries(stages.map((s) => [s, null])) },
      toIso(this.clock.now()),
    );
    return this.mustFind(scope, id);
  }

  /** Deletes a responsibility: those it concerns may (anyone while nobody carries it). */
  async remove(user: UserRecord, circleId: string, id: string): Promise<void> {
    const scope = await this.circles.scope(user, circleId);
    const existing = await this.mustFind(scope, id);
    mayEdit(existing, scope.memberId);
    await this.repositories.responsibilities.delete(scope, id);
    await this.tellConcerned(scope, 'responsibility_removed', existing);
  }

  async overview(user: UserRecord, circleId: string): Promise<LoadOverview> {
    const scope = await this.circles.scope(user, circleId);
    const { responsibilities, views, seasons, circles } = this.repositories;
    const [items, memberIds, memberViews, seasonRows] = await Promise.all([
      responsibilities.list(scope),
      circles.memberIds(scope),
      views.list(scope),
      seasons.list(scope, 'active'),
    ]);
    const now = this.clock.now();
    const inSeason = seasonRows
      .map(toCoreSeason)
      .filter((s) => seasonOverlaps(s, { from: now, to: now + 1 }))
      .map((s) => s.memberId);
    const division = divideLoad(items, memberIds);
    const perceived = Object.fromEntries(
      memberViews
        .filter((v) => v.perceivedShare !== null)
        .map((v) => [v.memberId, (v.perceivedShare ?? 0) / 100]),
    );
    const own = memberViews.find((v) => v.memberId === scope.memberId);
    return {
      ...division,
      mine: {
        perceivedShare: own?.perceivedShare ?? null,
        prefers: own?.prefers ?? [],
        cannot: own?.cannot ?? [],
      },
      perceived: perceivedShares(division, perceived),
      suggestions: suggestHandOvers(items, memberIds, {
        inSeason,
        cannot: Object.fromEntries(memberViews.map((v) => [v.memberId, v.cannot])),
        prefers: Object.fromEntries(memberViews.map((v) => [v.memberId, v.prefers])),
      }),
    };
  }

  async setMyView(
    user: UserRecord,
    circleId: string,
    view: {
      perceivedShare?: number | null;
      prefers?: ResponsibilityArea[];
      cannot?: ResponsibilityArea[];
    },
  ) {
    const scope = await this.circles.scope(user, circleId);
    const current = (await this.repositories.views.list(scope)).find(
      (v) => v.memberId === scope.memberId,
    );
    const next = {
      perceivedShare:
        view.perceivedShare === undefined ? (current?.perceivedShare ?? null) : view.perceivedShare,
      prefers: view.prefers ?? current?.prefers ?? [],
      cannot: view.cannot ?? current?.cannot ?? [],
    };
    if (next.prefers.some((a) => next.cannot.includes(a))) {
      throw new AppError(
        'validation_failed',
        'An area cannot be both preferred and impossible for you.',
      );
    }
    await this.repositories.views.set(scope, next, toIso(this.clock.now()));
    return { memberId: scope.memberId, ...next };
  }

  /** Proposes moving one stage. Only the current owner or the one who would take it may propose. */
  async propose(
    user: UserRecord,
    circleId: string,
    input: { responsibilityId: string; stage: Stage; toMemberId: string },
  ): Promise<HandoverRecord> {
    const scope = await this.circles.scope(user, circleId);
    const item = await this.mustFind(scope, input.responsibilityId);
    const from = item.owners[input.stage];
    if (from === null)
      throw new AppError('conflict', 'Nobody carries that stage yet: take it on directly instead.');
    if (from === input.toMemberId)
      throw new AppError('validation_failed', 'That person already carries this stage.');
    if (!(await this.repositories.circles.memberIds(scope)).includes(input.toMemberId)) {
      throw new AppError('validation_failed', 'That person is not a member of this circle.', {
        details: [{ field: 'toMemberId' }],
      });
    }
    if (scope.memberId !== from && scope.memberId !== input.toMemberId) {
      throw new AppError(
        'forbidden',
        'A hand-over is proposed by the person handing over or the person taking it on.',
      );
    }
    const handover = await this.repositories.handovers.propose(scope, {
      id: randomUUID(),
      responsibilityId: input.responsibilityId,
      stage: input.stage,
      fromMemberId: from,
      toMemberId: input.toMemberId,
      createdAt: toIso(this.clock.now()),
    });
    await this.updates.tellMembers(
      {
        kind: 'handover_proposed',
        circleId,
        actorMemberId: scope.memberId,
        subjectId: handover.id,
      },
      [otherPartyOf(handover)],
    );
    return handover;
  }

  /** Every hand-over of the circle, newest first. */
  async handovers(user: UserRecord, circleId: string): Promise<HandoverRecord[]> {
    return this.repositories.handovers.list(await this.circles.scope(user, circleId));
  }

  /** One page of the circle's hand-overs, newest first. */
  async handoverPage(
    user: UserRecord,
    circleId: string,
    query: PageQuery,
  ): Promise<Page<HandoverRecord>> {
    const scope = await this.circles.scope(user, circleId);
    const spec = pageSpec(query);
    const rows = await this.repositories.handovers.list(scope, spec);
    return pageOf(rows, spec, (h) => ({ key: h.createdAt, id: h.id }));
  }

  /** Accepts or declines: only the other person of the hand-over may answer. Never imposed. */
  async decide(
    user: UserRecord,
    circleId: string,
    handoverId: string,
    accept: boolean,
  ): Promise<HandoverRecord> {
    const scope = await this.circles.scope(user, circleId);
    const handover = await this.repositories.handovers.find(scope, handoverId);
    if (!handover) throw notFound('That hand-over');
    if (scope.memberId !== otherPartyOf(handover)) {
      throw new AppError('forbidden', 'Only the other person of this hand-over can answer it.');
    }
    if (handover.status !== 'proposed')
      throw new AppError('conflict', 'This hand-over has already been answered.');
    if (
      !(await this.repositories.handovers.decide(scope, handover, accept, toIso(this.clock.now())))
    ) {
      throw new AppError(
        'conflict',
        'This hand-over was answered, or the stage changed hands, in the meantime.',
      );
    }
    const decided = await this.repositories.handovers.find(scope, handoverId);
    if (!decided) throw notFound('That hand-over');
    await this.updates.tellMembers(
      {
        kind: 'handover_answered',
        circleId,
        actorMemberId: scope.memberId,
        subjectId: handoverId,
        detail: accept ? 'accepted' : 'declined',
      },
      [handover.proposedByMemberId],
    );
    return decided;
  }

  /**
   * The other person takes back their answer to a hand-over (a mis-tap): it is proposed again,
   * an accepted stage goes back, and the proposer is no longer told of the answer. Refused
   * (409) when it is not answered, or the stage changed hands since.
   */
  async unanswer(user: UserRecord, circleId: string, handoverId: string): Promise<HandoverRecord> {
    const scope = await this.circles.scope(user, circleId);
    const handover = await this.repositories.handovers.find(scope, handoverId);
    if (!handover) throw notFound('That hand-over');
    if (scope.memberId !== otherPartyOf(handover)) {
      throw new AppError('forbidden', 'Only the other person of this hand-over can answer it.');
    }
    if (handover.status === 'proposed')
      throw new AppError('conflict', 'This hand-over has not been answered.');
    if (!(await this.repositories.handovers.unanswer(scope, handover, toIso(this.clock.now())))) {
      throw new AppError(
        'conflict',
        'This hand-over was changed, or the stage changed hands, in the meantime.',
      );
    }
    await this.updates.withdraw({
      kind: 'handover_answered',
      circleId,
      actorMemberId: scope.memberId,
      subjectId: handoverId,
    });
    const reopened = await this.repositories.handovers.find(scope, handoverId);
    if (!reopened) throw notFound('That hand-over');
    return reopened;
  }

  /** Tells the others a responsibility concerned (before or after the change) what was done. */
  private async tellConcerned(
    scope: MemberScope,
    kind: 'responsibility_changed' | 'responsibility_removed',
    before: ResponsibilityRecord,
    after?: ResponsibilityRecord,
  ): Promise<void> {
    const owners = [before, ...(after ? [after] : [])].flatMap((r) => Object.values(r.owners));
    await this.updates.tellMembers(
      { kind, circleId: scope.circleId, actorMemberId: scope.memberId, subjectId: before.id },
      othersConcerned(owners, scope.memberId),
    );
  }

  private async mustFind(scope: MemberScope, id: string): Promise<ResponsibilityRecord> {
    const item = await this.repositories.responsibilities.find(scope, id);
    if (!item) throw notFound('That responsibility');
    return item;
  }

  private async checkOwners(scope: MemberScope, owners: StageOwners): Promise<void> {
    const problem = ownersProblem(owners, await this.repositories.circles.memberIds(scope));
    if (problem)
      throw new AppError('validation_failed', `The owners cannot be saved: ${problem}.`, {
        details: [{ field: 'owners' }],
      });
  }
}

/** Who answers a hand-over: the one of its two people who did not propose it. */
const otherPartyOf = (h: HandoverRecord): string =>
  h.proposedByMemberId === h.fromMemberId ? h.toMemberId : h.fromMemberId;

/** 403 unless the responsibility concerns the member (or nobody carries it). */
function mayEdit(item: ResponsibilityRecord, memberId: string): void {
  if (decideResponsibilityEdit(item.owners, memberId) !== 'ok')
    throw new AppError(
      'forbidden',
      'This responsibility is carried by someone else: only they can change or delete it.',
    );
}

/** 403 for someone else's stages, 409 (use a hand-over) for stages that concern the member. */
function mayChangeOwners(item: ResponsibilityRecord, after: StageOwners, memberId: string): void {
  const decision = decideOwnersChange(item.owners, after, memberId);
  if (decision === 'forbidden')
    throw new AppError(
      'forbidden',
      'A stage someone else carries changes hands only through a hand-over they accept; a stage nobody carries can be taken on only by yourself.',
    );
  if (decision === 'conflict')
    throw new AppError(
      'conflict',
      'A stage someone carries changes hands through a hand-over: propose one instead.',
      { details: [{ field: 'owners' }] },
    );
}
