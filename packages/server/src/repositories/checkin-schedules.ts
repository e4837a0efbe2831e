import type { CheckinCadence, CircleKind } from '@recipro/core';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { MemberScope } from './membership.ts';

export interface CheckinSchedule {
  readonly circleId: string;
  readonly instrument: string;
  readonly cadence: CheckinCadence;
  readonly setByMemberId: string;
}

/** Circles' wishes for check-ins that open by themselves, and opening them once per period. */
export class CheckinSchedulesRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async get(scope: MemberScope): Promise<CheckinSchedule | undefined> {
    const row = await this.db
      .selectFrom('checkin_schedules')
      .selectAll()
      .where('circle_id', '=', scope.circleId)
      .executeTakeFirst();
    return (
      row && {
        circleId: row.circle_id,
        instrument: row.instrument,
        cadence: row.cadence as CheckinCadence,
        setByMemberId: row.set_by_member_id,
      }
    );
  }

  async set(
    scope: MemberScope,
    schedule: { instrument: string; cadence: CheckinCadence },
    at: string,
  ): Promise<void> {
    const values = {
      instrument: schedule.instrument,
      cadence: schedule.cadence,
      set_by_member_id: scope.memberId,
      updated_at: at,
    };
    await this.db
      .insertInto('checkin_schedules')
      .values({ circle_id: scope.circleId, ...values })
      .onConflict((oc) => oc.column('circle_id').doUpdateSet(values))
      .execute();
  }

  async clear(scope: MemberScope): Promise<void> {
    await this.db.deleteFrom('checkin_schedules').where('circle_id', '=', scope.circleId).execute();
  }

  /** Every schedule with its circle's kind, for the scheduler. */
  async all(): Promise<(CheckinSchedule & { readonly circleKind: CircleKind })[]> {
    const rows = await this.db
      .selectFrom('checkin_schedules')
      .innerJoin('circles', 'circles.id', 'checkin_schedules.circle_id')
      .select([
        'checkin_schedules.circle_id',
        'checkin_schedules.instrument',
        'checkin_schedules.cadence',
        'checkin_schedules.set_by_member_id',
        'circles.kind',
      ])
      .execute();
    return rows.map((r) => ({
      circleId: r.circle_id,
      instrument: r.instrument,
      cadence: r.cadence as CheckinCadence,
      setByMemberId: r.set_by_member_id,
      circleKind: r.kind as CircleKind,
    }));
  }

  /** Opens the check-in of a period unless it exists; true when this call opened it. */
  async openForPeriod(
    schedule: CheckinSchedule,
    checkin: { id: string; instrumentVersion: number; period: string; createdAt: string },
  ): Promise<boolean> {
    const result = await this.db
      .insertInto('checkins')
      .values({
        id: checkin.id,
        circle_id: schedule.circleId,
        instrument: schedule.instrument,
        instrument_version: checkin.instrumentVersion,
        opened_by_member_id: schedule.setByMemberId,
        created_at: checkin.createdAt,
        closed_at: null,
        period: checkin.period,
      })
      .onConflict((oc) => oc.columns(['circle_id', 'period']).doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
  }
}
