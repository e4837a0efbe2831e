import { randomUUID } from 'node:crypto';
import { othersConcerned, repairStats, secondsToRepair, type RepairStats } from '@recipro/core';
import { fromIso, toIso, type Clock } from '../clock.ts';
import { AppError, notFound } from '../errors.ts';
import type { CirclesRepository } from '../repositories/circles.ts';
import type { RuptureRecord, RupturesRepository } from '../repositories/ruptures.ts';
import type { UserRecord } from '../repositories/users.ts';
import type { UpdatesService } from './updates.ts';
import type { CirclesService } from './circles.ts';
import { forWriter } from './support.ts';
import { pageOf, pageSpec, type PageQuery } from './paging.ts';

export interface RuptureView extends RuptureRecord {
  /** Who reached out first to repair ("let's reset"), whoever logged the rupture. */
  readonly startedByMemberId: string | null;
  readonly secondsToRepair: number | null;
  /** Only for the member who logged it, when their note needs support. */
  readonly showSupport?: true;
}

/** A rupture as `memberId` reads it. */
const view = (r: RuptureRecord, memberId: string): RuptureView =>
  forWriter(
    {
      ...r,
      startedByMemberId: r.repairStartedByMemberId,
      secondsToRepair:
        r.repairedAt === null
          ? null
          : secondsToRepair(fromIso(r.occurredAt), fromIso(r.repairedAt)),
    },
    r.loggedByMemberId === memberId,
    r.note,
  );

/** Rupture and repair (the second R of RECIPRO): gentle, soon, and without keeping score. */
export class RupturesService {
  constructor(
    private readonly ruptures: RupturesRepository,
    private readonly circleRows: CirclesRepository,
    private readonly circles: CirclesService,
    private readonly updates: UpdatesService,
    private readonly clock: Clock,
  ) {}

  async log(
    user: UserRecord,
    circleId: string,
    input: { note?: string; notePrivate?: boolean; at?: string; reachOut?: boolean },
  ): Promise<RuptureView> {
    const scope = await this.circles.scope(user, circleId);
    if (input.note === undefined && input.reachOut !== true) {
      throw new AppError(
        'validation_failed',
        'Say a few words about what happened: a blank hard moment is not logged.',
        { details: [{ field: 'note' }] },
      );
    }
    const now = this.clock.now();
    const at = input.at === undefined ? now : fromIso(input.at);
    if (Number.isNaN(at) || at > now + 86_400_000) {
      throw new AppError(
        'validation_failed',
        'The time of the rupture must be a real date, not in the future.',
        { details: [{ field: 'at' }] },
      );
    }
    const created = await this.ruptures.create(scope, {
      id: randomUUID(),
      note: input.note ?? null,
      notePrivate: input.notePrivate ?? false,
      occurredAt: toIso(at),
      createdAt: toIso(now),
    });
    if (input.reachOut === true) return this.reset(user, circleId, created.id);
    return view(created, scope.memberId);
  }

  /** Every rupture (newest first) and the repair statistics over all of them. */
  async list(
    user: UserRecord,
    circleId: string,
  ): Promise<{ ruptures: RuptureView[]; stats: RepairStats }> {
    const { ruptures, stats } = await this.page(user, circleId, undefined);
    return { ruptures, stats };
  }

  /**
   * One page of ruptures, newest first (all of them without `query`); the statistics are always
   * over every rupture.
   */
  async page(
    user: UserRecord,
    circleId: string,
    query: PageQuery | undefined,
  ): Promise<{ ruptures: RuptureView[]; stats: RepairStats; next: string | null }> {
    const scope = await this.circles.scope(user, circleId);
    const spec = query === undefined ? undefined : pageSpec(query);
    const [rows, shownRows, memberIds] = await Promise.all([
      this.ruptures.list(scope),
      spec === undefined ? undefined : this.ruptures.list(scope, spec),
      this.circleRows.memberIds(scope),
    ]);
    const page =
      spec === undefined || shownRows === undefined
        ? { items: rows, next: null }
        : pageOf(shownRows, spec, (r) => ({ key: r.occurredAt, id: r.id }));
    const stats = repairStats(
      rows.map((r) => ({
        occurredAt: fromIso(r.occurredAt),
        repairStartedByMemberId: r.repairStartedByMemberId,
        repairedAt: r.repairedAt === null ? null : fromIso(r.repairedAt),
      })),
      memberIds,
    );
    return { ruptures: page.items.map((r) => view(r, scope.memberId)), stats, next: page.next };
  }

  /**
   * One tap: "let's reset". Records who reached out first — the member who acted, on their own
   * rupture or someone else's; the rupture is not yet repaired.
   */
  async reset(user: UserRecord, circleId: string, ruptureId: string): Promise<RuptureView> {
    const scope = await this.circles.scope(user, circleId);
    const rupture = await this.mustFind(scope, ruptureId);
    await this.ruptures.startRepair(scope, ruptureId, toIso(this.clock.now()));
    // "Let's reset" reaches the others at once; tapping it again adds nothing unread.
    await this.updates.tellMembers(
      { kind: 'reset_requested', circleId, actorMemberId: scope.memberId, subjectId: ruptureId },
      othersConcerned(rupture.involvedMemberIds, scope.memberId),
      { unlessUnread: true },
    );
    return view(await this.mustFind(scope, ruptureId), scope.memberId);
  }

  /**
   * Records the caller's own "repaired for me". The rupture counts as repaired once every member
   * involved has said it, at the last of those moments.
   */
  async repair(user: UserRecord, circleId: string, ruptureId: string): Promise<RuptureView> {
    const scope = await this.circles.scope(user, circleId);
    const rupture = await this.mustFind(scope, ruptureId);
    if (!rupture.involvedMemberIds.includes(scope.memberId))
      throw new AppError(
        'forbidden',
        'Only the members this rupture involves can say it is repaired.',
      );
    if (rupture.repairedAt !== null)
      throw new AppError('conflict', 'This rupture is already repaired.');
    if (!(await this.ruptures.sayRepaired(scope, ruptureId, toIso(this.clock.now())))) {
      throw new AppError('conflict', 'You have already said this rupture is repaired for you.');
    }
    const after = await this.mustFind(scope, ruptureId);
    const happening = { circleId, actorMemberId: scope.memberId, subjectId: ruptureId };
    if (after.repairedAt !== null) {
      await this.updates.tellMembers(
        { kind: 'rupture_repaired', ...happening },
        othersConcerned(after.involvedMemberIds, scope.memberId),
      );
    } else {
      await this.updates.tellMembers(
        { kind: 'rupture_waiting', ...happening },
        after.involvedMemberIds.filter((id) => !after.repairedBy.includes(id)),
        { unlessUnread: true },
      );
    }
    return view(after, scope.memberId);
  }

  /** Removes the note of a rupture you logged (its time and repair stay). */
  async clearNote(user: UserRecord, circleId: string, ruptureId: string): Promise<RuptureView> {
    const scope = await this.circles.scope(user, circleId);
    const rupture = await this.mustFind(scope, ruptureId);
    if (
      rupture.loggedByMemberId !== scope.memberId ||
      !(await this.ruptures.clearNote(scope, ruptureId))
    ) {
      throw new AppError(
        'forbidden',
        'Only the person who logged this rupture can remove its note.',
      );
    }
    return view(await this.mustFind(scope, ruptureId), scope.memberId);
  }

  private async mustFind(
    scope: Parameters<RupturesRepository['find']>[0],
    id: string,
  ): Promise<RuptureRecord> {
    const rupture = await this.ruptures.find(scope, id);
    if (!rupture) throw notFound('That rupture');
    return rupture;
  }
}
