import {
  daySpan,
  readBalanceSeries,
  readCircleBalanceFacts,
  type BalancePoint,
  type BalanceWindow,
  type CircleBalance,
  type Season,
} from '@recipro/core';
import type { Clock } from '../clock.ts';
import type { AggregatesRepository } from '../repositories/aggregates.ts';
import type { CareLanguagesRepository } from '../repositories/care-languages.ts';
import { toCoreSeason, type SeasonsRepository } from '../repositories/seasons.ts';
import type { MemberScope } from '../repositories/membership.ts';
import type { UserRecord } from '../repositories/users.ts';
import { ANALYTICS_OPTIONS } from './analytics-options.ts';
import type { CirclesService } from './circles.ts';

/**
 * The balance view (Practice balance): read from the stored aggregates, so its cost depends on
 * the members and days in the view, not on how many acts the circle has logged.
 */
export class BalanceService {
  constructor(
    private readonly repositories: {
      aggregates: AggregatesRepository;
      seasons: SeasonsRepository;
      careLanguages: CareLanguagesRepository;
    },
    private readonly circles: CirclesService,
    private readonly clock: Clock,
  ) {}

  async balance(user: UserRecord, circleId: string, window: BalanceWindow): Promise<CircleBalance> {
    const scope = await this.circles.scope(user, circleId);
    const now = this.clock.now();
    const { aggregates, careLanguages } = this.repositories;
    const [circle, facts, seasons, languages] = await Promise.all([
      this.circles.getScoped(scope),
      aggregates.balanceFacts(scope, window, now, ANALYTICS_OPTIONS.halfLifeDays),
      this.seasons(scope),
      careLanguages.forCircle(scope),
    ]);
    return readCircleBalanceFacts(facts, {
      members: circle.members,
      now,
      window,
      seasons,
      careLanguages: languages,
    });
  }

  /**
   * Every ordered pair's balance over time: `points` rolling windows of `windowDays` days,
   * `stepDays` apart, ending now. Reads only the stored day totals of that span.
   */
  async series(
    user: UserRecord,
    circleId: string,
    options: { points: number; stepDays: number; windowDays: number },
  ): Promise<{
    now: number;
    pairs: { fromMemberId: string; toMemberId: string; points: BalancePoint[] }[];
  }> {
    const scope = await this.circles.scope(user, circleId);
    const now = this.clock.now();
    const fromDay = daySpan(
      now,
      (options.points - 1) * options.stepDays + options.windowDays,
    ).firstDay;
    const [circle, stored, seasons] = await Promise.all([
      this.circles.getScoped(scope),
      this.repositories.aggregates.load(scope, fromDay, ANALYTICS_OPTIONS.halfLifeDays),
      this.seasons(scope),
    ]);
    const ids = circle.members.map((m) => m.id);
    const pairs = ids.flatMap((from) =>
      ids
        .filter((to) => to !== from)
        .map((to) => ({
          fromMemberId: from,
          toMemberId: to,
          points: readBalanceSeries(stored, {
            fromMemberId: from,
            toMemberId: to,
            now,
            seasons,
            ...options,
          }),
        })),
    );
    return { now, pairs };
  }

  private async seasons(scope: MemberScope): Promise<Season[]> {
    // A suggestion counts only once its member has accepted it.
    return (await this.repositories.seasons.list(scope, 'active')).map(toCoreSeason);
  }
}
