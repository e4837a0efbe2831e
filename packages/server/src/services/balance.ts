import {
  PATTERN_WEEKS,
  daySpan,
  readCircleBalance,
  spanDays,
  type BalanceWindow,
  type CircleBalance,
  type Season,
} from '@recipro/core';
import { fromIso, type Clock } from '../clock.ts';
import type { AggregatesRepository } from '../repositories/aggregates.ts';
import type { CareLanguagesRepository } from '../repositories/care-languages.ts';
import type { SeasonsRepository } from '../repositories/seasons.ts';
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
    const { halfLifeDays } = ANALYTICS_OPTIONS;
    const fromDay = Math.min(
      daySpan(now, spanDays(window, halfLifeDays)).firstDay,
      daySpan(now, PATTERN_WEEKS * 7).firstDay,
    );
    const { aggregates, seasons, careLanguages } = this.repositories;
    const [circle, stored, seasonRows, languages] = await Promise.all([
      this.circles.getScoped(scope),
      aggregates.load(scope, fromDay, halfLifeDays),
      seasons.list(scope),
      careLanguages.forCircle(scope),
    ]);
    return readCircleBalance(stored, {
      members: circle.members,
      now,
      window,
      seasons: seasonRows.map((s): Season => ({
        id: s.id,
        memberId: s.memberId,
        kind: s.kind,
        startsAt: fromIso(s.startsAt),
        endsAt: s.endsAt === null ? null : fromIso(s.endsAt),
        note: s.note,
      })),
      careLanguages: languages,
    });
  }
}
