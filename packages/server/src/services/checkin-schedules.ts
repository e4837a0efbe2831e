import { randomUUID } from 'node:crypto';
import {
  checkinPeriod,
  getInstrument,
  type CheckinCadence,
  type InstrumentId,
} from '@recipro/core';
import { toIso, type Clock } from '../clock.ts';
import { AppError } from '../errors.ts';
import type { CheckinSchedulesRepository } from '../repositories/checkin-schedules.ts';
import type { UserRecord } from '../repositories/users.ts';
import { assertInstrumentForKind } from './instrument-for-kind.ts';
import type { CirclesService } from './circles.ts';

export type ScheduleView =
  { cadence: 'off' } | { cadence: CheckinCadence; instrument: InstrumentId };

/** Check-ins that open by themselves every week or month (once per period, in UTC). */
export class CheckinSchedulesService {
  constructor(
    private readonly schedules: CheckinSchedulesRepository,
    private readonly circles: CirclesService,
    private readonly clock: Clock,
  ) {}

  async get(user: UserRecord, circleId: string): Promise<ScheduleView> {
    const schedule = await this.schedules.get(await this.circles.scope(user, circleId));
    return schedule
      ? { cadence: schedule.cadence, instrument: schedule.instrument as InstrumentId }
      : { cadence: 'off' };
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

  /** Opens the check-in of the current period for every schedule that has none yet. */
  async openDue(): Promise<number> {
    const now = this.clock.now();
    let opened = 0;
    for (const schedule of await this.schedules.all()) {
      const instrument = getInstrument(schedule.instrument);
      if (!instrument) continue;
      const isNew = await this.schedules.openForPeriod(schedule, {
        id: randomUUID(),
        instrumentVersion: instrument.version,
        period: `${schedule.cadence}:${checkinPeriod(now, schedule.cadence)}`,
        createdAt: toIso(now),
      });
      if (isNew) opened += 1;
    }
    return opened;
  }
}
