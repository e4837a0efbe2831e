import { randomUUID } from 'node:crypto';
import { seasonProblem, type SeasonKind } from '@recipro/core';
import { fromIso, toIso, type Clock } from '../clock.ts';
import { AppError, notFound } from '../errors.ts';
import type { CirclesRepository } from '../repositories/circles.ts';
import type { SeasonRecord, SeasonsRepository } from '../repositories/seasons.ts';
import type { UserRecord } from '../repositories/users.ts';
import type { CirclesService } from './circles.ts';

/** Seasons: periods (illness, a new baby, exams…) in which a member is expected to give less. */
export class SeasonsService {
  constructor(
    private readonly seasons: SeasonsRepository,
    private readonly circleRows: CirclesRepository,
    private readonly circles: CirclesService,
    private readonly clock: Clock,
  ) {}

  async declare(
    user: UserRecord,
    circleId: string,
    input: { memberId: string; kind: SeasonKind; startsAt: string; endsAt?: string; note?: string },
  ): Promise<SeasonRecord> {
    const scope = await this.circles.scope(user, circleId);
    const startsAt = fromIso(input.startsAt);
    const endsAt = input.endsAt === undefined ? null : fromIso(input.endsAt);
    const problem = seasonProblem(
      { memberId: input.memberId, kind: input.kind, startsAt, endsAt },
      await this.circleRows.memberIds(scope),
    );
    if (problem)
      throw new AppError('validation_failed', `This season cannot be saved: ${problem}.`);
    return this.seasons.create(scope, {
      id: randomUUID(),
      memberId: input.memberId,
      kind: input.kind,
      startsAt: toIso(startsAt),
      endsAt: endsAt === null ? null : toIso(endsAt),
      note: input.note ?? null,
      createdAt: toIso(this.clock.now()),
    });
  }

  async list(user: UserRecord, circleId: string): Promise<SeasonRecord[]> {
    return this.seasons.list(await this.circles.scope(user, circleId));
  }

  /** Ends a season now (or keeps its earlier end). */
  async end(user: UserRecord, circleId: string, seasonId: string): Promise<SeasonRecord> {
    const scope = await this.circles.scope(user, circleId);
    const season = await this.seasons.find(scope, seasonId);
    if (!season) throw notFound('That season');
    const now = this.clock.now();
    if (season.endsAt !== null && fromIso(season.endsAt) <= now) return season;
    if (fromIso(season.startsAt) >= now) {
      throw new AppError(
        'conflict',
        'This season has not started yet; delete it instead of ending it.',
      );
    }
    await this.seasons.end(scope, seasonId, toIso(now));
    return { ...season, endsAt: toIso(now) };
  }

  async remove(user: UserRecord, circleId: string, seasonId: string): Promise<void> {
    const scope = await this.circles.scope(user, circleId);
    if (!(await this.seasons.find(scope, seasonId))) throw notFound('That season');
    await this.seasons.delete(scope, seasonId);
  }
}
