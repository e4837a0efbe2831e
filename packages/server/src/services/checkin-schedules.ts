import { randomUUID } from 'node:crypto';
import {
  checkinPeriod,
  getInstrument,
  instrumentAllowedFor,
  type CheckinCadence,
  type InstrumentId,
} from '@recipro/core';
import { toIso, type Clock } from '../clock.ts';
import { AppError } from '../errors.ts';
import type { CheckinSchedulesRepository } from '../repositories/checkin-schedules.ts';
import type { UserRecord } from '../repositories/users.ts';
import { assertInstrumentForKind } from './instrument-for-kind.ts';
import type { CirclesService } from './circles.ts';
import type { UpdatesService } from './updates.ts';

export type ScheduleView =
  { cadence: 'off' } | { cadence: CheckinCadence; instrument: InstrumentId };

/**
 * What the circle is told: the schedule, or `off` — with, under `stopped`, a schedule kept from
 * before the CSI was for couples only, which no longer opens check-ins in this circle.
 */
export type ScheduleState =
  | ScheduleView
  | {
      cadence: 'off';
      stopped: { cadence: CheckinCadence; instrument: InstrumentId; code: 'not_for_circle_kind' };
    };

/** Check-ins that open by themselves every week or month (once per period, in UTC). */
export class CheckinSchedulesService {
  constructor(
    private readonly schedules: CheckinSchedulesRepository,
    private readonly circles: CirclesService,
    private readonly clock: Clock,
    private readonly updates: UpdatesService,
  ) {}

  async get(user: UserRecord, circleId: string): Promise<ScheduleState> {
    const scope = await this.circles.scope(user, circleId);
    const schedule = await this.schedules.get(scope);
    if (!schedule) return { cadence: 'off' };
    const instrument = schedule.instrument as InstrumentId;
    if (!instrumentAllowedFor(await this.circles.kindOf(scope), instrument)) {
      return {
        cadence: 'off',
        stopped: { cadence: schedule.cadence, instrument, code: 'not_for_circle_kind' },
      };
    }
    return { cadence: schedule.cadence, instrument };
  }

  async set(user: UserRecord, circleId: string, input: ScheduleView): Promise<ScheduleView> {
    const scope = await this.circles.scope(user, circleId);
    if (input.cadence === 'off') {
      await this.schedules.clear(scope);
      return { cadence: 'off' };
    }
    const instrument = getInstrument(input.instrument);
    if (!instrument) throw new AppError('validation_failed', 'Unknown instrument.');
    assertInstrumentForKind(await this.circles.kindOf(scope), instrument);
    await this.schedules.set(scope, input, toIso(this.clock.now()));
    return input;
  }

  /**
   * Opens the check-in of the current period for every schedule that has none yet.
   *
   * A schedule its circle's kind may no longer use — a CSI schedule in a family, friends or team
   * circle, set before the CSI was for couples only — opens nothing: recipro never puts
   * questions to a circle that it did not choose, and the CSI asks about "your partner". The
   * circle sees the schedule as stopped (`get`) and can choose recipro's own questions instead.
   */
  async openDue(): Promise<number> {
    const now = this.clock.now();
    let opened = 0;
    for (const schedule of await this.schedules.all()) {
      const instrument = getInstrument(schedule.instrument);
      if (!instrument || !instrumentAllowedFor(schedule.circleKind, instrument.id)) continue;
      const id = randomUUID();
      const isNew = await this.schedules.openForPeriod(schedule, {
        id,
        instrumentVersion: instrument.version,
        period: `${schedule.cadence}:${checkinPeriod(now, schedule.cadence)}`,
        createdAt: toIso(now),
      });
      if (!isNew) continue;
      opened += 1;
      // Nobody opened it: everyone in the circle hears, the words say the schedule did.
      await this.updates.tellCircleExcept(
        { kind: 'checkin_opened', circleId: schedule.circleId, actorMemberId: null, subjectId: id },
        [],
      );
    }
    return opened;
  }
}
