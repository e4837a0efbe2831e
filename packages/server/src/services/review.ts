import {
  INSTRUMENT_IDS,
  monthOf,
  monthWindow,
  monthlyReview,
  type MonthlyReview,
} from '@recipro/core';
import { fromIso, toIso, type Clock } from '../clock.ts';
import { AppError } from '../errors.ts';
import { counted, toCoreAct, type ActsRepository } from '../repositories/acts.ts';
import type { CheckinsRepository } from '../repositories/checkins.ts';
import type { CirclesRepository } from '../repositories/circles.ts';
import type { RupturesRepository } from '../repositories/ruptures.ts';
import type { UserRecord } from '../repositories/users.ts';
import type { CirclesService } from './circles.ts';

/** The monthly review (the O of RECIPRO: Observe). */
export class ReviewService {
  constructor(
    private readonly repositories: {
      acts: ActsRepository;
      checkins: CheckinsRepository;
      circles: CirclesRepository;
      ruptures: RupturesRepository;
    },
    private readonly circles: CirclesService,
    private readonly clock: Clock,
  ) {}

  async review(user: UserRecord, circleId: string, month?: string): Promise<MonthlyReview> {
    const scope = await this.circles.scope(user, circleId);
    const chosen = month ?? monthOf(this.clock.now());
    const { current, previous } = monthWindow(chosen);
    if (current.from > this.clock.now())
      throw new AppError('validation_failed', 'That month has not started yet.', {
        details: [{ field: 'month' }],
      });
    const { acts, checkins, circles, ruptures } = this.repositories;
    const [memberIds, actRows, ruptureRows] = await Promise.all([
      circles.memberIds(scope),
      acts.list(user.id, circleId, { from: toIso(previous.from), to: toIso(current.to) }),
      ruptures.list(scope),
    ]);
    const myCheckins: Record<string, (number | null)[]> = {};
    for (const instrument of INSTRUMENT_IDS) {
      const answers = (await checkins.myHistory(scope, instrument)).filter((a) => {
        const at = fromIso(a.createdAt);
        return at >= current.from && at < current.to;
      });
      if (answers.length > 0) myCheckins[instrument] = answers.map((a) => a.total);
    }
    return monthlyReview({
      month: chosen,
      memberIds,
      // A questioned act is out of the review until its giver changes or withdraws it.
      acts: counted(actRows).map(toCoreAct),
      ruptures: ruptureRows.map((r) => ({
        occurredAt: fromIso(r.occurredAt),
        repairStartedByMemberId: r.repairStartedByMemberId,
        repairedAt: r.repairedAt === null ? null : fromIso(r.repairedAt),
      })),
      myCheckins,
    });
  }
}
