import { randomUUID } from 'node:crypto';
import {
  DEFAULT_EFFORT,
  aggregateActs,
  isEffort,
  lastDays,
  summarizeActs,
  type Effort,
  type FormOfCare,
  type PairSummary,
} from '@recipro/core';
import { fromIso, toIso, type Clock } from '../clock.ts';
import { isUniqueViolation } from '../db/errors.ts';
import { AppError, notFound } from '../errors.ts';
import { ANALYTICS_OPTIONS } from './analytics-options.ts';
import {
  counted,
  toCoreAct,
  type ActFilter,
  type ActRecord,
  type ActsRepository,
} from '../repositories/acts.ts';
import type { CirclesRepository } from '../repositories/circles.ts';
import type { UserRecord } from '../repositories/users.ts';
import type { UpdatesService } from './updates.ts';
import type { CirclesService } from './circles.ts';
import { forWriter, type WithSupport } from './support.ts';
import { pageOf, pageSpec, type Page, type PageQuery } from './paging.ts';

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
    private readonly updates: UpdatesService,
    private readonly clock: Clock,
  ) {}

  async log(
    user: UserRecord,
    circleId: string,
    input: LogActInput,
  ): Promise<WithSupport<ActRecord>> {
    return (await this.logOnce(user, circleId, input, null)).act;
  }

  /**
   * Logs an act, once per `requestKey` (the client's Idempotency-Key): asked again with the
   * same key, it answers with the act already logged (`replayed`) rather than logging another;
   * the same key with a different act is a conflict. The key is stored in the act's own row in
   * the act's own transaction, so two requests racing with one key log one act.
   */
  async logOnce(
    user: UserRecord,
    circleId: string,
    input: LogActInput,
    requestKey: string | null,
  ): Promise<{ act: WithSupport<ActRecord>; replayed: boolean }> {
    const membership = await this.circles.scopeWithMembers(user.id, circleId);
    if (!membership) throw notFound('That circle');
    const { scope, memberIds } = membership;
    if (requestKey !== null) {
      const earlier = await this.acts.findByRequestKey(scope, requestKey);
      if (earlier)
        return { act: seenBy(scope.memberId, sameRequest(earlier, input)), replayed: true };
    }
    this.checkReceiver(scope.memberId, memberIds, input.toMemberId);
    const effort = input.effort ?? DEFAULT_EFFORT;
    if (!isEffort(effort)) throw invalid('effort', 'Effort is 1 (small), 2 or 3 (big).');
    const now = this.clock.now();
    const at = input.at === undefined ? now : this.checkedAt(input.at);
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
    try {
      const created = await this.acts.create(
        scope,
        act,
        aggregateActs([facts], ANALYTICS_OPTIONS),
        requestKey,
      );
      return { act: seenBy(scope.memberId, created), replayed: false };
    } catch (error) {
      // The same key, sent twice at once: the other request's act won.
      const winner =
        requestKey !== null && isUniqueViolation(error)
          ? await this.acts.findByRequestKey(scope, requestKey)
          : undefined;
      if (!winner) throw error;
      return { act: seenBy(scope.memberId, sameRequest(winner, input)), replayed: true };
    }
  }

  /** Every act the filter selects, newest first (for exports: nothing left out). */
  async list(
    user: UserRecord,
    circleId: string,
    filter: ActFilter,
  ): Promise<WithSupport<ActRecord>[]> {
    return (await this.page(user, circleId, filter, undefined)).items;
  }

  /** One page of the acts the filter selects, newest first; without `query`, all of them. */
  async page(
    user: UserRecord,
    circleId: string,
    filter: ActFilter,
    query: PageQuery | undefined,
  ): Promise<Page<WithSupport<ActRecord>>> {
    const spec = query === undefined ? undefined : pageSpec(query);
    const scope = await this.circlesService.scope(user, circleId);
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
    const rows = (await this.acts.list(user.id, circleId, normalized, spec)).map((act) =>
      seenBy(scope.memberId, act),
    );
    return spec === undefined
      ? { items: rows, next: null }
      : pageOf(rows, spec, (a) => ({ key: a.at, id: a.id }));
  }

  /** The receiver's "I noticed". Idempotent: noticing twice keeps the first time. */
  async acknowledge(
    user: UserRecord,
    circleId: string,
    actId: string,
  ): Promise<WithSupport<ActRecord>> {
    const scope = await this.circlesService.scope(user, circleId);
    const act = await this.acts.find(user.id, circleId, actId);
    if (!act) throw notFound('That act of care');
    if (act.toMemberId !== scope.memberId) throw onlyReceiver();
    if (act.noticedAt === null) {
      const noticed = await this.acts.acknowledge(
        scope,
        actId,
        toIso(this.clock.now()),
        contribution,
      );
      if (!noticed) throw onlyReceiver();
      // The giver hears that someone noticed, at most once a day per circle (a bundle, not a count).
      await this.updates.tellMembers(
        { kind: 'act_noticed', circleId, actorMemberId: null, subjectId: null },
        [act.fromMemberId],
        { unlessToldSince: this.updates.startOfToday() },
      );
    }
    const updated = await this.acts.find(user.id, circleId, actId);
    if (!updated) throw notFound('That act of care');
    return seenBy(scope.memberId, updated);
  }

  /**
   * The receiver takes back their "I noticed" (a mis-tap): the act counts as not noticed again.
   * Taking back what was never said changes nothing.
   */
  async unacknowledge(
    user: UserRecord,
    circleId: string,
    actId: string,
  ): Promise<WithSupport<ActRecord>> {
    const scope = await this.circlesService.scope(user, circleId);
    const act = await this.acts.find(user.id, circleId, actId);
    if (!act) throw notFound('That act of care');
    if (act.toMemberId !== scope.memberId) throw onlyReceiver();
    if (act.noticedAt !== null) {
      const taken = await this.acts.unacknowledge(scope, actId, contribution);
      if (!taken) throw onlyReceiver();
    }
    const updated = await this.acts.find(user.id, circleId, actId);
    if (!updated) throw notFound('That act of care');
    return seenBy(scope.memberId, updated);
  }

  /**
   * The receiver's "I don't recognise this": the act leaves the balance and the insights for
   * everyone until its giver changes it (it counts again) or withdraws it. Asking twice keeps
   * the first time. Questioning an act you gave is refused.
   */
  async question(user: UserRecord, circleId: string, actId: string): Promise<ActRecord> {
    const scope = await this.circlesService.scope(user, circleId);
    const act = await this.acts.find(user.id, circleId, actId);
    if (!act) throw notFound('That act of care');
    if (act.toMemberId !== scope.memberId)
      throw new AppError(
        'forbidden',
        act.fromMemberId === scope.memberId
          ? 'You logged this act of care: change it or take it back instead of questioning it.'
          : 'Only the person who received this act of care can question it.',
      );
    if (act.questionedAt === null) {
      const questioned = await this.acts.setQuestioned(
        scope,
        actId,
        toIso(this.clock.now()),
        counting,
      );
      if (!questioned)
        throw new AppError(
          'forbidden',
          'Only the person who received this act of care can question it.',
        );
      // The giver is told gently (the first time only), so they can change it or take it back.
      await this.updates.tellMembers(
        { kind: 'act_questioned', circleId, actorMemberId: scope.memberId, subjectId: actId },
        [act.fromMemberId],
      );
    }
    const updated = await this.acts.find(user.id, circleId, actId);
    if (!updated) throw notFound('That act of care');
    return updated;
  }

  /**
   * The receiver takes back their "I don't recognise this" (a mis-tap): the act counts again,
   * and the giver is no longer told of it. Taking back what is not questioned changes nothing.
   */
  async unquestion(user: UserRecord, circleId: string, actId: string): Promise<ActRecord> {
    const scope = await this.circlesService.scope(user, circleId);
    const act = await this.acts.find(user.id, circleId, actId);
    if (!act) throw notFound('That act of care');
    if (act.toMemberId !== scope.memberId)
      throw new AppError(
        'forbidden',
        'Only the person who received this act of care can take back questioning it.',
      );
    if (act.questionedAt !== null) {
      const taken = await this.acts.setQuestioned(scope, actId, null, counting);
      if (!taken)
        throw new AppError(
          'forbidden',
          'Only the person who received this act of care can take back questioning it.',
        );
      await this.updates.withdraw({
        kind: 'act_questioned',
        circleId,
        actorMemberId: scope.memberId,
        subjectId: actId,
      });
    }
    const updated = await this.acts.find(user.id, circleId, actId);
    if (!updated) throw notFound('That act of care');
    return updated;
  }

  /**
   * The giver changes an act they logged (who received it, form, effort, note, when). The
   * stored aggregates follow exactly; a new receiver has not noticed it yet. A questioned act
   * counts again once changed.
   */
  async edit(
    user: UserRecord,
    circleId: string,
    actId: string,
    input: EditActInput,
  ): Promise<WithSupport<ActRecord>> {
    if (Object.keys(input).length === 0) {
      throw new AppError('validation_failed', 'Say what to change about this act of care.');
    }
    const membership = await this.circles.scopeWithMembers(user.id, circleId);
    if (!membership) throw notFound('That circle');
    const { scope, memberIds } = membership;
    await this.mustBeGiver(user, circleId, actId, scope.memberId);
    const fields = {
      toMemberId: input.toMemberId,
      form: input.form,
      effort: input.effort,
      note: input.note,
      at: input.at === undefined ? undefined : toIso(this.checkedAt(input.at)),
    };
    if (fields.toMemberId !== undefined)
      this.checkReceiver(scope.memberId, memberIds, fields.toMemberId);
    if (fields.effort !== undefined && !isEffort(fields.effort))
      throw invalid('effort', 'Effort is 1 (small), 2 or 3 (big).');
    const updated = await this.acts.update(scope, actId, (current) => {
      const next = {
        toMemberId: fields.toMemberId ?? current.toMemberId,
        form: fields.form ?? current.form,
        effort: (fields.effort ?? current.effort) as Effort,
        note: fields.note === undefined ? current.note : fields.note,
        at: fields.at ?? current.at,
      };
      const receiverChanged = next.toMemberId !== current.toMemberId;
      return {
        fields: next,
        before: contribution(current, current.noticedAt),
        after: contribution(
          { ...current, ...next, questionedAt: null },
          receiverChanged ? null : current.noticedAt,
        ),
      };
    });
    if (!updated) throw onlyGiver();
    return seenBy(scope.memberId, updated);
  }

  /** The giver takes back an act they logged; its contribution leaves the aggregates. */
  async remove(user: UserRecord, circleId: string, actId: string): Promise<void> {
    const scope = await this.circlesService.scope(user, circleId);
    await this.mustBeGiver(user, circleId, actId, scope.memberId);
    const removed = await this.acts.delete(scope, actId, (current) =>
      contribution(current, current.noticedAt),
    );
    if (!removed) throw onlyGiver();
  }

  /** 404 when the viewer cannot see the act, 403 when they can but did not give it. */
  private async mustBeGiver(
    user: UserRecord,
    circleId: string,
    actId: string,
    memberId: string,
  ): Promise<void> {
    const act = await this.acts.find(user.id, circleId, actId);
    if (!act) throw notFound('That act of care');
    if (act.fromMemberId !== memberId) throw onlyGiver();
  }

  private checkReceiver(me: string, memberIds: readonly string[], toMemberId: string): void {
    if (toMemberId === me) {
      throw invalid(
        'toMemberId',
        'An act of care is given to someone else in the circle, not to yourself.',
      );
    }
    if (!memberIds.includes(toMemberId)) {
      throw invalid('toMemberId', 'That person is not a member of this circle.');
    }
  }

  /** A time an act may carry: a real date, from 2000 on, not (much) in the future. */
  private checkedAt(iso: string): number {
    const at = fromIso(iso);
    if (Number.isNaN(at)) throw invalid('at', 'The time is not a valid date and time.');
    if (at > this.clock.now() + FUTURE_TOLERANCE_MS)
      throw invalid('at', 'An act of care cannot be dated in the future.');
    if (at < EARLIEST_AT)
      throw invalid('at', 'An act of care cannot be dated before the year 2000.');
    return at;
  }

  async summary(user: UserRecord, circleId: string, days: number): Promise<Summary> {
    const scope = await this.circlesService.scope(user, circleId);
    const window = lastDays(this.clock.now(), days);
    const [memberIds, acts] = await Promise.all([
      // Former members too: the care they gave and received stays in the others' history.
      this.circles.memberIds(scope, { former: true }),
      this.acts.list(user.id, circleId, { from: toIso(window.from), to: toIso(window.to) }),
    ]);
    return {
      from: toIso(window.from),
      to: toIso(window.to),
      days,
      pairs: summarizeActs(counted(acts).map(toCoreAct), window, memberIds),
    };
  }
}

export interface EditActInput {
  readonly toMemberId?: string;
  readonly form?: FormOfCare;
  readonly effort?: number;
  /** null clears the note. */
  readonly note?: string | null;
  readonly at?: string;
}

/** An act as `memberId` reads it: support only for the giver, who wrote its note. */
const seenBy = (memberId: string, act: ActRecord): WithSupport<ActRecord> =>
  forWriter(act, act.fromMemberId === memberId, act.note);

/**
 * An act's contribution to the stored aggregates, noticed at `noticedAt` (or not); nothing while
 * its receiver questions it.
 */
const contribution = (act: ActRecord, noticedAt: string | null) =>
  aggregateActs(
    act.questionedAt === null
      ? [{ ...toCoreAct(act), noticedAt: noticedAt === null ? null : fromIso(noticedAt) }]
      : [],
    ANALYTICS_OPTIONS,
  );

/** What an act adds to the aggregates while it counts (not questioned), as it is noticed now. */
const counting = (act: ActRecord) => contribution({ ...act, questionedAt: null }, act.noticedAt);

const onlyGiver = () =>
  new AppError('forbidden', 'Only the person who gave this act of care can change or remove it.');
const onlyReceiver = () =>
  new AppError(
    'forbidden',
    'Only the person who received this act of care can mark it as noticed.',
  );

/** The act logged earlier under a key, if it is the act asked for now; a conflict otherwise. */
function sameRequest(earlier: ActRecord, input: LogActInput): ActRecord {
  const same =
    earlier.toMemberId === input.toMemberId &&
    earlier.form === input.form &&
    earlier.effort === (input.effort ?? DEFAULT_EFFORT) &&
    earlier.note === (input.note ?? null) &&
    (input.at === undefined || fromIso(earlier.at) === fromIso(input.at));
  if (!same) {
    throw new AppError(
      'conflict',
      'This Idempotency-Key was already used to log a different act. Use a new key for a new act.',
    );
  }
  return earlier;
}

const invalid = (field: string, message: string) =>
  new AppError('validation_failed', message, { details: [{ field, message }] });
