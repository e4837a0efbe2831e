import { randomUUID } from 'node:crypto';
import {
  DEFAULT_EFFORT,
  aggregateActs,
  isEffort,
  lastDays,
  summarizeActs,
  type FormOfCare,
  type PairSummary,
} from '@recipro/core';
import { fromIso, toIso, type Clock } from '../clock.ts';
import { AppError, notFound } from '../errors.ts';
import { ANALYTICS_OPTIONS } from './analytics-options.ts';
import {
  toCoreAct,
  type ActFilter,
  type ActRecord,
  type ActsRepository,
} from '../repositories/acts.ts';
import type { CirclesRepository } from '../repositories/circles.ts';
import type { UserRecord } from '../repositories/users.ts';
import type { CirclesService } from './circles.ts';

/** How far ahead of the server's clock an act may be dated (time zones, clock drift). */
const FUTURE_TOLERANCE_MS = 86_400_000;
/** The earliest date an act may carry. */
const EARLIEST_AT = Date.UTC(2000, 0, 1);

export interface LogActInput {
  readonly toMemberId: string;
  readonly form: FormOfCare;
  /** 1 to 3; validated at the edge and again here. */
  readonly effort?: number;
  readonly note?: string;
  readonly at?: string;
}

export interface Summary {
  readonly from: string;
  readonly to: string;
  readonly days: number;
  readonly pairs: PairSummary[];
}

/** Acts of care: logging, listing, "I noticed", and the give-and-take summary. */
export class ActsService {
  constructor(
    private readonly acts: ActsRepository,
    private readonly circles: CirclesRepository,
    private readonly circlesService: CirclesService,
    private readonly clock: Clock,
  ) {}

  async log(user: UserRecord, circleId: string, input: LogActInput): Promise<ActRecord> {
    const membership = await this.circles.scopeWithMembers(user.id, circleId);
    if (!membership) throw notFound('That circle');
    const { scope, memberIds } = membership;
    if (input.toMemberId === scope.memberId) {
      throw invalid(
        'toMemberId',
        'An act of care is given to someone else in the circle, not to yourself.',
      );
    }
    if (!memberIds.includes(input.toMemberId)) {
      throw invalid('toMemberId', 'That person is not a member of this circle.');
    }
    const effort = input.effort ?? DEFAULT_EFFORT;
    if (!isEffort(effort)) throw invalid('effort', 'Effort is 1 (small), 2 or 3 (big).');
    const now = this.clock.now();
    let at = now;
    if (input.at !== undefined) {
      at = fromIso(input.at);
      if (Number.isNaN(at)) throw invalid('at', 'The time is not a valid date and time.');
      if (at > now + FUTURE_TOLERANCE_MS)
        throw invalid('at', 'An act of care cannot be dated in the future.');
      if (at < EARLIEST_AT)
        throw invalid('at', 'An act of care cannot be dated before the year 2000.');
    }
    const act = {
      id: randomUUID(),
      toMemberId: input.toMemberId,
      form: input.form,
      effort,
      note: input.note ?? null,
      at: toIso(at),
      createdAt: toIso(now),
    };
    const facts = {
      fromMemberId: scope.memberId,
      toMemberId: act.toMemberId,
      form: act.form,
      effort,
      at,
      noticedAt: null,
    };
    return this.acts.create(scope, act, aggregateActs([facts], ANALYTICS_OPTIONS));
  }

  async list(user: UserRecord, circleId: string, filter: ActFilter): Promise<ActRecord[]> {
    await this.circlesService.scope(user, circleId);
    // Stored times are UTC ISO text; a bound given with another offset is compared in UTC.
    const normalized = {
      ...filter,
      from: filter.from === undefined ? undefined : toIso(fromIso(filter.from)),
      to: filter.to === undefined ? undefined : toIso(fromIso(filter.to)),
    };
    if (
      normalized.from !== undefined &&
      normalized.to !== undefined &&
      normalized.from > normalized.to
    ) {
      throw invalid('from', '"from" must not be later than "to".');
    }
    return this.acts.list(user.id, circleId, normalized);
  }

  /** The receiver's "I noticed". Idempotent: noticing twice keeps the first time. */
  async acknowledge(user: UserRecord, circleId: string, actId: string): Promise<ActRecord> {
    const scope = await this.circlesService.scope(user, circleId);
    const act = await this.acts.find(user.id, circleId, actId);
    if (!act) throw notFound('That act of care');
    if (act.toMemberId !== scope.memberId) {
      throw new AppError(
        'forbidden',
        'Only the person who received this act of care can mark it as noticed.',
      );
    }
    if (act.noticedAt === null) {
      const now = this.clock.now();
      const before = toCoreAct(act);
      await this.acts.acknowledge(scope, actId, toIso(now), {
        before: aggregateActs([before], ANALYTICS_OPTIONS),
        after: aggregateActs([{ ...before, noticedAt: now }], ANALYTICS_OPTIONS),
      });
    }
    const updated = await this.acts.find(user.id, circleId, actId);
    if (!updated) throw notFound('That act of care');
    return updated;
  }

  async summary(user: UserRecord, circleId: string, days: number): Promise<Summary> {
    const scope = await this.circlesService.scope(user, circleId);
    const window = lastDays(this.clock.now(), days);
    const [memberIds, acts] = await Promise.all([
      this.circles.memberIds(scope),
      this.acts.list(user.id, circleId, { from: toIso(window.from), to: toIso(window.to) }),
    ]);
    return {
      from: toIso(window.from),
      to: toIso(window.to),
      days,
      pairs: summarizeActs(acts.map(toCoreAct), window, memberIds),
    };
  }
}

const invalid = (field: string, message: string) =>
  new AppError('validation_failed', message, { details: [{ field, message }] });
