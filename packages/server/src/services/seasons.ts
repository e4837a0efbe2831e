import { randomUUID } from 'node:crypto';
import {
  decideSeasonAction,
  seasonEndLimit,
  seasonEndProblem,
  seasonProblem,
  statusOfNewSeason,
  type SeasonAction,
  type SeasonKind,
} from '@recipro/core';
import { fromIso, toIso, type Clock } from '../clock.ts';
import { AppError, notFound } from '../errors.ts';
import type { CirclesRepository } from '../repositories/circles.ts';
import type { MemberScope } from '../repositories/membership.ts';
import type { SeasonRecord, SeasonsRepository } from '../repositories/seasons.ts';
import type { UserRecord } from '../repositories/users.ts';
import type { UpdatesService } from './updates.ts';
import type { CirclesService } from './circles.ts';
import { pageOf, pageSpec, type Page, type PageQuery } from './paging.ts';

/**
 * Seasons: periods (illness, a new baby, exams…) in which a member is expected to give less.
 * A season is its member's own: only they start, change, end or delete it; another member may
 * suggest one, which waits for them to accept or decline. A season lasts at most 180 days
 * unless its member renews it.
 */
export class SeasonsService {
  constructor(
    private readonly seasons: SeasonsRepository,
    private readonly circleRows: CirclesRepository,
    private readonly circles: CirclesService,
    private readonly updates: UpdatesService,
    private readonly clock: Clock,
  ) {}

  async declare(
    user: UserRecord,
    circleId: string,
    input: { memberId: string; kind: SeasonKind; startsAt: string; endsAt?: string; note?: string },
  ): Promise<SeasonRecord> {
    const scope = await this.circles.scope(user, circleId);
    const now = this.clock.now();
    const startsAt = fromIso(input.startsAt);
    const endsAt =
      input.endsAt === undefined ? seasonEndLimit(startsAt, now) : fromIso(input.endsAt);
    const problem =
      seasonProblem(
        { memberId: input.memberId, kind: input.kind, startsAt, endsAt },
        await this.circleRows.memberIds(scope),
      ) ?? seasonEndProblem(startsAt, endsAt, now);
    if (problem)
      throw new AppError('validation_failed', `This season cannot be saved: ${problem}.`, {
        details: [{ field: input.endsAt === undefined ? 'startsAt' : 'endsAt' }],
      });
    const season = await this.seasons.create(scope, {
      id: randomUUID(),
      memberId: input.memberId,
      kind: input.kind,
      startsAt: toIso(startsAt),
      endsAt: toIso(endsAt),
      note: input.note ?? null,
      createdAt: toIso(now),
      status: statusOfNewSeason(scope.memberId, input.memberId),
    });
    if (season.status === 'suggested') {
      await this.updates.tellMembers(
        { kind: 'season_suggested', circleId, actorMemberId: scope.memberId, subjectId: season.id },
        [season.memberId],
      );
    }
    return season;
  }

  async list(user: UserRecord, circleId: string): Promise<SeasonRecord[]> {
    return this.seasons.list(await this.circles.scope(user, circleId));
  }

  /** One page of the circle's seasons, oldest first. */
  async page(user: UserRecord, circleId: string, query: PageQuery): Promise<Page<SeasonRecord>> {
    const spec = pageSpec(query);
    const rows = await this.seasons.list(await this.circles.scope(user, circleId), undefined, spec);
    return pageOf(rows, spec, (s) => ({ key: s.startsAt, id: s.id }));
  }

  /** Changes a season's kind, note or end (renewing it: at most 180 days from today). */
  async change(
    user: UserRecord,
    circleId: string,
    seasonId: string,
    input: { kind?: SeasonKind; note?: string | null; endsAt?: string },
  ): Promise<SeasonRecord> {
    const { scope, season } = await this.mine(user, circleId, seasonId, 'change');
    if (input.endsAt !== undefined) {
      const problem = seasonEndProblem(
        fromIso(season.startsAt),
        fromIso(input.endsAt),
        this.clock.now(),
      );
      if (problem)
        throw new AppError('validation_failed', `This season cannot be saved: ${problem}.`, {
          details: [{ field: 'endsAt' }],
        });
    }
    await this.seasons.update(scope, seasonId, input);
    return this.mustFind(scope, seasonId);
  }

  /** Accepts a season another member suggested: from now it counts. */
  async accept(user: UserRecord, circleId: string, seasonId: string): Promise<SeasonRecord> {
    const { scope, season } = await this.mine(user, circleId, seasonId, 'accept');
    await this.seasons.update(scope, seasonId, { status: 'active' });
    await this.answered(scope, season, 'accepted');
    return this.mustFind(scope, seasonId);
  }

  /**
   * Takes back accepting a season someone suggested (a mis-tap): it is a suggestion again, and
   * whoever suggested it is no longer told it was accepted. Only its member may; 409 for a
   * season that is not an accepted suggestion.
   */
  async unaccept(user: UserRecord, circleId: string, seasonId: string): Promise<SeasonRecord> {
    const { scope } = await this.mine(user, circleId, seasonId, 'unaccept');
    await this.seasons.update(scope, seasonId, { status: 'suggested' });
    await this.updates.withdraw({
      kind: 'season_answered',
      circleId,
      actorMemberId: scope.memberId,
      subjectId: seasonId,
    });
    return this.mustFind(scope, seasonId);
  }

  /** Declines a suggested season: it is gone. */
  async decline(user: UserRecord, circleId: string, seasonId: string): Promise<void> {
    const { scope, season } = await this.mine(user, circleId, seasonId, 'decline');
    await this.seasons.delete(scope, seasonId);
    await this.answered(scope, season, 'declined');
  }

  /** Ends a season now (or keeps its earlier end). */
  async end(user: UserRecord, circleId: string, seasonId: string): Promise<SeasonRecord> {
    const { scope, season } = await this.mine(user, circleId, seasonId, 'end');
    const now = this.clock.now();
    if (season.endsAt !== null && fromIso(season.endsAt) <= now) return season;
    if (fromIso(season.startsAt) >= now) {
      throw new AppError(
        'conflict',
        'This season has not started yet; delete it instead of ending it.',
      );
    }
    await this.seasons.update(scope, seasonId, { endsAt: toIso(now) });
    return { ...season, endsAt: toIso(now) };
  }

  async remove(user: UserRecord, circleId: string, seasonId: string): Promise<void> {
    const { scope } = await this.mine(user, circleId, seasonId, 'delete');
    await this.seasons.delete(scope, seasonId);
  }

  /** The season, when the caller may do `action` to it: 403 when it is not theirs, 409 when not now. */
  private async mine(
    user: UserRecord,
    circleId: string,
    seasonId: string,
    action: SeasonAction,
  ): Promise<{ scope: MemberScope; season: SeasonRecord }> {
    const scope = await this.circles.scope(user, circleId);
    const season = await this.mustFind(scope, seasonId);
    const decision = decideSeasonAction({
      action,
      actorId: scope.memberId,
      memberId: season.memberId,
      createdById: season.createdByMemberId,
      status: season.status,
    });
    if (decision === 'forbidden')
      throw new AppError('forbidden', 'Only the member this season is about can do that.');
    if (decision === 'conflict')
      throw new AppError(
        'conflict',
        action === 'unaccept'
          ? 'This season is not a suggestion you accepted.'
          : season.status === 'suggested'
            ? 'This season is a suggestion: accept or decline it first.'
            : 'This season is already accepted.',
      );
    return { scope, season };
  }

  /** Tells whoever suggested a season how its member answered. */
  private async answered(
    scope: MemberScope,
    season: SeasonRecord,
    detail: 'accepted' | 'declined',
  ): Promise<void> {
    await this.updates.tellMembers(
      {
        kind: 'season_answered',
        circleId: scope.circleId,
        actorMemberId: scope.memberId,
        subjectId: season.id,
        detail,
      },
      [season.createdByMemberId],
    );
  }

  private async mustFind(scope: MemberScope, seasonId: string): Promise<SeasonRecord> {
    const season = await this.seasons.find(scope, seasonId);
    if (!season) throw notFound('That season');
    return season;
  }
}
