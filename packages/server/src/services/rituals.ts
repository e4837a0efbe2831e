import { randomUUID } from 'node:crypto';
import {
  RITUAL_TITLES,
  isTimeZone,
  ritualRhythm,
  type RitualKind,
  type RitualRhythm,
} from '@recipro/core';
import { fromIso, toIso, type Clock } from '../clock.ts';
import { AppError, notFound } from '../errors.ts';
import type { CirclesRepository } from '../repositories/circles.ts';
import type { RitualRecord, RitualsRepository } from '../repositories/rituals.ts';
import type { UserRecord } from '../repositories/users.ts';
import { localDate, occurrencesBetween, scheduleProblem } from '../rituals/schedule.ts';
import type { CirclesService } from './circles.ts';

const DAY = 86_400_000;
/** How far back a ritual's rhythm looks. */
const RHYTHM_DAYS = 28;

export interface RitualView extends RitualRecord {
  readonly nextAt: string | null;
  readonly rhythm: RitualRhythm;
}

/** Rituals: small regular practices with a schedule, who takes part, and a gentle rhythm. */
export class RitualsService {
  constructor(
    private readonly rituals: RitualsRepository,
    private readonly circleRows: CirclesRepository,
    private readonly circles: CirclesService,
    private readonly clock: Clock,
  ) {}

  async create(
    user: UserRecord,
    circleId: string,
    input: {
      kind: RitualKind;
      title?: string;
      rrule: string;
      time: string;
      timezone: string;
      memberIds?: string[];
    },
  ): Promise<RitualView> {
    const scope = await this.circles.scope(user, circleId);
    const now = this.clock.now();
    if (!isTimeZone(input.timezone))
      throw invalid(
        'timezone',
        `"${input.timezone}" is not a time zone this server knows, e.g. Europe/London.`,
      );
    const members = await this.circleRows.memberIds(scope);
    const memberIds = input.memberIds ?? members;
    if (
      memberIds.length === 0 ||
      memberIds.some((id) => !members.includes(id)) ||
      new Set(memberIds).size !== memberIds.length
    ) {
      throw invalid(
        'memberIds',
        'Those taking part must be members of this circle, each named once.',
      );
    }
    const schedule = {
      rrule: input.rrule,
      time: input.time,
      timezone: input.timezone,
      startsOn: localDate(now, input.timezone),
    };
    const problem = scheduleProblem(schedule, now);
    if (problem) throw invalid('rrule', `This schedule cannot be used: ${problem}.`);
    const ritual = await this.rituals.create(scope, {
      id: randomUUID(),
      kind: input.kind,
      title: input.title ?? RITUAL_TITLES[input.kind],
      ...schedule,
      memberIds,
      createdAt: toIso(now),
    });
    return this.view(scope, ritual);
  }

  async list(user: UserRecord, circleId: string): Promise<RitualView[]> {
    const scope = await this.circles.scope(user, circleId);
    const rituals = await this.rituals.list(scope);
    return Promise.all(rituals.map((r) => this.view(scope, r)));
  }

  /** "We did it": a completion by the caller, now. */
  async complete(user: UserRecord, circleId: string, ritualId: string): Promise<RitualView> {
    const scope = await this.circles.scope(user, circleId);
    const ritual = await this.rituals.find(scope, ritualId);
    if (!ritual) throw notFound('That ritual');
    await this.rituals.complete(scope, ritualId, { id: randomUUID(), at: toIso(this.clock.now()) });
    return this.view(scope, ritual);
  }

  async remove(user: UserRecord, circleId: string, ritualId: string): Promise<void> {
    const scope = await this.circles.scope(user, circleId);
    if (!(await this.rituals.find(scope, ritualId))) throw notFound('That ritual');
    await this.rituals.delete(scope, ritualId);
  }

  private async view(
    scope: Parameters<RitualsRepository['find']>[0],
    ritual: RitualRecord,
  ): Promise<RitualView> {
    const now = this.clock.now();
    const since = Math.max(now - RHYTHM_DAYS * DAY, fromIso(ritual.createdAt));
    const past = occurrencesBetween(ritual, since, now);
    const completions = (await this.rituals.completions(scope, ritual.id, toIso(since - DAY))).map(
      fromIso,
    );
    const [next] = occurrencesBetween(ritual, now, now + 400 * DAY, 1);
    return {
      ...ritual,
      nextAt: next === undefined ? null : toIso(next),
      rhythm: ritualRhythm(past, completions, 12 * 3_600_000),
    };
  }
}

const invalid = (field: string, message: string) =>
  new AppError('validation_failed', message, { details: [{ field, message }] });
