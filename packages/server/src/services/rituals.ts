import { randomUUID } from 'node:crypto';
import {
  decideRitualChange,
  othersConcerned,
  isTimeZone,
  ritualFits,
  ritualKindsFor,
  ritualRhythm,
  ritualSuggestion,
  type CircleKind,
  type RitualKind,
  type RitualRhythm,
} from '@recipro/core';
import { fromIso, toIso, type Clock } from '../clock.ts';
import { AppError, notFound } from '../errors.ts';
import type { CirclesRepository } from '../repositories/circles.ts';
import type { RitualRecord, RitualsRepository } from '../repositories/rituals.ts';
import type { UserRecord } from '../repositories/users.ts';
import {
  localDate,
  occurrencesBetween,
  scheduleProblem,
  type Schedule,
} from '../rituals/schedule.ts';
import type { CirclesService } from './circles.ts';
import type { UpdatesService } from './updates.ts';
import { pageOf, pageSpec, type Page, type PageQuery } from './paging.ts';

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
    private readonly updates: UpdatesService,
    private readonly clock: Clock,
  ) {}

  async create(
    user: UserRecord,
    circleId: string,
    input: RitualInput & { kind: RitualKind; rrule: string; time: string; timezone: string },
  ): Promise<RitualView> {
    const scope = await this.circles.scope(user, circleId);
    const now = this.clock.now();
    const circleKind = await this.circles.kindOf(scope);
    checkRitualKind(circleKind, input.kind);
    checkTimeZone(input.timezone);
    const members = await this.circleRows.memberIds(scope);
    const memberIds = input.memberIds ?? members;
    checkParticipants(memberIds, members);
    const schedule = {
      rrule: input.rrule,
      time: input.time,
      timezone: input.timezone,
      startsOn: localDate(now, input.timezone),
    };
    checkSchedule(schedule, now);
    const ritual = await this.rituals.create(scope, {
      id: randomUUID(),
      kind: input.kind,
      title: input.title ?? ritualSuggestion(input.kind, circleKind).title,
      ...schedule,
      memberIds: [...memberIds],
      createdAt: toIso(now),
    });
    return this.view(scope, ritual);
  }

  /**
   * Edits a ritual: those taking part may (and stop it), each stepping in or out only for
   * themselves; for anyone else it is 403. Each field given is
   * checked by the rules of `create`, and nothing changes unless all pass. A new rule counts from
   * today (in the ritual's time zone), as a new ritual's does; a new time or zone keeps the day
   * it counts from. Reminders already planned from the old details are dropped in the same
   * transaction and planned afresh. A stopped ritual no longer exists: editing it is not_found.
   */
  async update(
    user: UserRecord,
    circleId: string,
    ritualId: string,
    input: RitualInput,
  ): Promise<RitualView> {
    const scope = await this.circles.scope(user, circleId);
    const ritual = await this.rituals.find(scope, ritualId);
    if (!ritual) throw notFound('That ritual');
    const now = this.clock.now();
    // A ritual keeps the kind it was started with, even one its circle is no longer offered.
    if (input.kind !== undefined && input.kind !== ritual.kind) {
      checkRitualKind(await this.circles.kindOf(scope), input.kind);
    }
    if (input.timezone !== undefined) checkTimeZone(input.timezone);
    if (input.memberIds !== undefined) {
      checkParticipants(input.memberIds, await this.circleRows.memberIds(scope));
    }
    const timezone = input.timezone ?? ritual.timezone;
    const rruleChanged = input.rrule !== undefined && input.rrule !== ritual.rrule;
    const schedule = {
      rrule: input.rrule ?? ritual.rrule,
      time: input.time ?? ritual.time,
      timezone,
      startsOn: rruleChanged ? localDate(now, timezone) : ritual.startsOn,
    };
    const scheduleChanged =
      rruleChanged || schedule.time !== ritual.time || schedule.timezone !== ritual.timezone;
    if (scheduleChanged) checkSchedule(schedule, now);
    mayChange(ritual, input.memberIds ?? ritual.memberIds, scope.memberId);
    const updated = await this.rituals.update(scope, ritualId, {
      ...(input.kind === undefined ? {} : { kind: input.kind }),
      ...(input.title === undefined ? {} : { title: input.title }),
      ...(input.memberIds === undefined ? {} : { memberIds: [...input.memberIds] }),
      ...(scheduleChanged ? schedule : {}),
    });
    if (!updated) throw notFound('That ritual');
    // Everyone who took part or takes part now hears of it (someone stepping out too).
    await this.updates.tellMembers(
      { kind: 'ritual_changed', circleId, actorMemberId: scope.memberId, subjectId: ritualId },
      othersConcerned([...ritual.memberIds, ...updated.memberIds], scope.memberId),
    );
    return this.view(scope, updated);
  }

  /** One page of the circle's rituals, oldest first, each with its next time and rhythm. */
  async page(user: UserRecord, circleId: string, query: PageQuery): Promise<Page<RitualView>> {
    const scope = await this.circles.scope(user, circleId);
    const spec = pageSpec(query);
    const page = pageOf(await this.rituals.list(scope, spec), spec, (r) => ({
      key: r.createdAt,
      id: r.id,
    }));
    return {
      items: await Promise.all(page.items.map((r) => this.view(scope, r))),
      next: page.next,
    };
  }

  /**
   * The rituals (as `list` shows them) with every "we did it", oldest first: when, and whether it
   * was the caller's own (who else marked one is not shown anywhere, so not here either).
   */
  async listWithCompletions(
    user: UserRecord,
    circleId: string,
  ): Promise<(RitualView & { completions: { at: string; byMe: boolean }[] })[]> {
    const scope = await this.circles.scope(user, circleId);
    const [rituals, completions] = await Promise.all([
      this.rituals.list(scope),
      this.rituals.circleCompletions(scope),
    ]);
    return Promise.all(
      rituals.map(async (r) => ({
        ...(await this.view(scope, r)),
        completions: completions
          .filter((c) => c.ritualId === r.id)
          .map((c) => ({ at: c.at, byMe: c.memberId === scope.memberId })),
      })),
    );
  }

  /** "We did it": a completion by the caller, now. */
  async complete(user: UserRecord, circleId: string, ritualId: string): Promise<RitualView> {
    const scope = await this.circles.scope(user, circleId);
    const ritual = await this.rituals.find(scope, ritualId);
    if (!ritual) throw notFound('That ritual');
    await this.rituals.complete(scope, ritualId, { id: randomUUID(), at: toIso(this.clock.now()) });
    return this.view(scope, ritual);
  }

  /** Takes back the caller's own latest completion of a ritual; 404 when they have none. */
  async uncomplete(user: UserRecord, circleId: string, ritualId: string): Promise<RitualView> {
    const scope = await this.circles.scope(user, circleId);
    const ritual = await this.rituals.find(scope, ritualId);
    if (!ritual) throw notFound('That ritual');
    if (!(await this.rituals.uncompleteLatest(scope, ritualId)))
      throw notFound('A "We did it" of yours for this ritual');
    return this.view(scope, ritual);
  }

  async remove(user: UserRecord, circleId: string, ritualId: string): Promise<void> {
    const scope = await this.circles.scope(user, circleId);
    const ritual = await this.rituals.find(scope, ritualId);
    if (!ritual) throw notFound('That ritual');
    mayChange(ritual, ritual.memberIds, scope.memberId);
    await this.rituals.delete(scope, ritualId);
    await this.updates.tellMembers(
      { kind: 'ritual_stopped', circleId, actorMemberId: scope.memberId, subjectId: ritualId },
      othersConcerned(ritual.memberIds, scope.memberId),
    );
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

/** The fields a ritual is started with, each optional (an edit gives any of them). */
interface RitualInput {
  readonly kind?: RitualKind;
  readonly title?: string;
  readonly rrule?: string;
  readonly time?: string;
  readonly timezone?: string;
  readonly memberIds?: readonly string[];
}

/** Only those taking part change or stop a ritual, each deciding only whether they take part. */
function mayChange(ritual: RitualRecord, memberIds: readonly string[], me: string): void {
  if (decideRitualChange(ritual.memberIds, memberIds, me) !== 'ok')
    throw new AppError(
      'forbidden',
      ritual.memberIds.includes(me)
        ? 'Each person decides for themselves whether they take part in a ritual.'
        : 'Only those taking part in this ritual can change or stop it.',
    );
}

const invalid = (field: string, message: string) =>
  new AppError('validation_failed', message, { details: [{ field, message }] });

/** A circle starts only the rituals offered to its kind (no nightly check-in for a team). */
function checkRitualKind(circleKind: CircleKind, ritual: RitualKind): void {
  if (ritualFits(circleKind, ritual)) return;
  const message = `That ritual is not offered to a ${circleKind} circle; it can start: ${ritualKindsFor(circleKind).join(', ')}.`;
  throw new AppError('validation_failed', message, {
    details: [{ field: 'kind', code: 'not_for_circle_kind', kind: circleKind, message }],
  });
}

function checkTimeZone(timezone: string): void {
  if (!isTimeZone(timezone))
    throw invalid(
      'timezone',
      `"${timezone}" is not a time zone this server knows, e.g. Europe/London.`,
    );
}

function checkParticipants(memberIds: readonly string[], members: readonly string[]): void {
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
}

function checkSchedule(schedule: Schedule, now: number): void {
  const problem = scheduleProblem(schedule, now);
  if (problem) throw invalid('rrule', `This schedule cannot be used: ${problem}.`);
}
