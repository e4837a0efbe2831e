import { randomUUID } from 'node:crypto';
import {
  INSTRUMENT_IDS,
  compareAreaShares,
  describeTrend,
  getInstrument,
  isRevealedTo,
  revealableAnswers,
  revealStatus,
  scoreAnswers,
  suggestsSafetyConcern,
  type InstrumentId,
  type RevealStatus,
  type TrendStep,
} from '@recipro/core';
import { toIso, type Clock } from '../clock.ts';
import { AppError, notFound } from '../errors.ts';
import {
  VALUES_INSTRUMENT,
  type AnswerRecord,
  type CheckinRecord,
  type CheckinsRepository,
} from '../repositories/checkins.ts';
import type { MemberScope } from '../repositories/membership.ts';
import type { UserRecord } from '../repositories/users.ts';
import type { UpdatesService } from './updates.ts';
import { CHECKIN_KINDS, tellAfterAnswer, tellOpened } from './round-updates.ts';
import type { CirclesService } from './circles.ts';
import { assertInstrumentForKind } from './instrument-for-kind.ts';
import { assertMayClose, closingView, type ClosingView } from './closing.ts';
import { pageOf, pageSpec, type PageQuery } from './paging.ts';

export type CheckinStatus = RevealStatus;

export interface CheckinView extends ClosingView {
  readonly id: string;
  readonly instrument: InstrumentId;
  readonly instrumentVersion: number;
  readonly status: CheckinStatus;
  readonly createdAt: string;
  readonly closedAt: string | null;
  readonly memberCount: number;
  readonly answeredCount: number;
  /** The caller's own answers (all of them, private items included), or null. */
  readonly mine: {
    answers: number[];
    scores: number[];
    total: number | null;
    note: string | null;
    answeredAt: string;
  } | null;
  /** True when the caller's own answers or note suggest fear or harm: show them support, not scores. */
  readonly showSupport: boolean;
  /**
   * Everyone's answers, side by side; present only once revealed or closed, and only to a member
   * who has answered. Private items are null.
   */
  readonly results?: { memberId: string; score: number | null; answers: (number | null)[] }[];
  /** For recipro's own items: areas where both say they carry the larger share. */
  readonly thingsToTalkAbout?: string[];
}

/**
 * Check-ins answered alone and revealed together. The reveal rule — nobody sees another's
 * answers until everyone who was in the circle when it opened has answered, or it is closed —
 * is decided here, and the repository is asked for others' answers only when it holds.
 */
export class CheckinsService {
  constructor(
    private readonly checkins: CheckinsRepository,
    private readonly circles: CirclesService,
    private readonly updates: UpdatesService,
    private readonly clock: Clock,
  ) {}

  async open(user: UserRecord, circleId: string, instrumentId: InstrumentId): Promise<CheckinView> {
    const scope = await this.circles.scope(user, circleId);
    const instrument = getInstrument(instrumentId);
    if (!instrument)
      throw new AppError(
        'validation_failed',
        `Unknown instrument. Choose one of: ${INSTRUMENT_IDS.join(', ')}.`,
      );
    assertInstrumentForKind(await this.circles.kindOf(scope), instrument);
    const id = randomUUID();
    await this.checkins.create(scope, {
      id,
      instrument: instrument.id,
      instrumentVersion: instrument.version,
      createdAt: toIso(this.clock.now()),
    });
    await tellOpened(this.updates, CHECKIN_KINDS, scope, id);
    return this.view(scope, await this.mustFind(scope, id));
  }

  async answer(
    user: UserRecord,
    circleId: string,
    checkinId: string,
    input: { answers: (number | null)[]; note?: string },
  ): Promise<CheckinView> {
    const scope = await this.circles.scope(user, circleId);
    const checkin = await this.mustFind(scope, checkinId);
    if (checkin.closedAt !== null)
      throw new AppError('conflict', 'This check-in is closed; open a new one to answer again.');
    if (checkin.answeredByMe)
      throw new AppError('conflict', 'You have already answered this check-in.');
    const scored = scoreAnswers(checkin.instrument, input.answers);
    if (!scored.ok) {
      const { code, message, index, itemId } = scored.error;
      throw new AppError(
        'validation_failed',
        `The answers are not complete or not valid: ${message}`,
        {
          details: [{ field: index === undefined ? 'answers' : `answers.${index}`, code, itemId }],
        },
      );
    }
    const stored = await this.checkins.answer(scope, checkinId, {
      positions: scored.value.positions,
      scores: scored.value.scores,
      total: scored.value.total,
      note: input.note ?? null,
      createdAt: toIso(this.clock.now()),
    });
    if (!stored) throw new AppError('conflict', 'You have already answered this check-in.');
    await tellAfterAnswer(this.updates, this.checkins, CHECKIN_KINDS, scope, checkinId);
    return this.view(scope, await this.mustFind(scope, checkinId));
  }

  async get(user: UserRecord, circleId: string, checkinId: string): Promise<CheckinView> {
    const scope = await this.circles.scope(user, circleId);
    return this.view(scope, await this.mustFind(scope, checkinId));
  }

  /**
   * Closes a check-in: only its opener may, and before everyone has answered only after its
   * period. What has been answered is revealed to those who answered.
   */
  async close(user: UserRecord, circleId: string, checkinId: string): Promise<CheckinView> {
    const scope = await this.circles.scope(user, circleId);
    const checkin = await this.mustFind(scope, checkinId);
    if (checkin.closedAt !== null) return this.view(scope, checkin);
    assertMayClose(scope, checkin, this.clock.now(), 'check-in');
    await this.checkins.close(scope, checkinId, toIso(this.clock.now()));
    return this.view(scope, await this.mustFind(scope, checkinId));
  }

  /** Every check-in of the circle as the caller sees it (as `get` shows each), newest first. */
  async list(user: UserRecord, circleId: string): Promise<CheckinView[]> {
    const scope = await this.circles.scope(user, circleId);
    const all = await this.checkins.list(scope, 'instruments');
    return Promise.all(all.reverse().map((c) => this.view(scope, c)));
  }

  /**
   * One page of the circle's check-ins (newest first) and the caller's own trend per instrument,
   * always over all of their answers.
   */
  async history(user: UserRecord, circleId: string, query: PageQuery) {
    const scope = await this.circles.scope(user, circleId);
    const spec = pageSpec(query);
    const page = pageOf(await this.checkins.list(scope, 'instruments', spec), spec, (c) => ({
      key: c.createdAt,
      id: c.id,
    }));
    const trends: Partial<
      Record<InstrumentId, { totals: (number | null)[]; latest: TrendStep | null }>
    > = {};
    for (const instrument of INSTRUMENT_IDS) {
      const mine = await this.checkins.myHistory(scope, instrument);
      if (mine.length === 0) continue;
      const totals = mine.map((a) => a.total);
      trends[instrument] = { totals, latest: describeTrend(totals) };
    }
    return {
      next: page.next,
      checkins: page.items.map((c) => ({
        id: c.id,
        instrument: c.instrument as InstrumentId,
        status: statusOf(c),
        createdAt: c.createdAt,
        memberCount: c.memberCount,
        answeredCount: c.answeredCount,
        answeredByMe: c.answeredByMe,
      })),
      trends,
    };
  }

  private async mustFind(scope: MemberScope, id: string): Promise<CheckinRecord> {
    const checkin = await this.checkins.find(scope, id);
    if (!checkin || checkin.instrument === VALUES_INSTRUMENT) throw notFound('That check-in');
    return checkin;
  }

  private async view(scope: MemberScope, checkin: CheckinRecord): Promise<CheckinView> {
    const instrument = checkin.instrument as InstrumentId;
    const status = statusOf(checkin);
    const mine = await this.checkins.myAnswer(scope, checkin.id);
    const showSupport = mine
      ? suggestsSafetyConcern({
          instrumentId: instrument,
          positions: mine.positions,
          notes: [mine.note],
        })
      : false;
    const view: CheckinView = {
      id: checkin.id,
      instrument,
      instrumentVersion: checkin.instrumentVersion,
      status,
      createdAt: checkin.createdAt,
      closedAt: checkin.closedAt,
      memberCount: checkin.memberCount,
      answeredCount: checkin.answeredCount,
      ...closingView(scope, checkin),
      // Someone whose answers suggest fear or harm is shown support, never a score.
      mine: mine
        ? {
            answers: mine.positions,
            scores: showSupport ? [] : mine.scores,
            total: showSupport ? null : mine.total,
            note: mine.note,
            answeredAt: mine.createdAt,
          }
        : null,
      showSupport,
    };
    const revealed = isRevealedTo({
      closed: checkin.closedAt !== null,
      memberCount: checkin.memberCount,
      answeredCount: checkin.answeredCount,
      answeredByMe: mine !== undefined,
    });
    if (!revealed) return view;
    const answers = await this.checkins.answersForReveal(scope, checkin.id);
    return {
      ...view,
      results: answers.map((a) => reveal(instrument, a)),
      ...talkingPoints(instrument, answers),
    };
  }
}

const statusOf = (c: CheckinRecord): CheckinStatus =>
  revealStatus({
    closed: c.closedAt !== null,
    memberCount: c.memberCount,
    answeredCount: c.answeredCount,
  });

function reveal(instrument: InstrumentId, a: AnswerRecord) {
  const shown = revealableAnswers({
    instrumentId: instrument,
    positions: a.positions,
    scores: a.scores,
    total: a.total,
  });
  return { memberId: a.memberId, score: shown.total, answers: [...shown.positions] };
}

function talkingPoints(
  instrument: InstrumentId,
  answers: AnswerRecord[],
): { thingsToTalkAbout?: string[] } {
  if (instrument !== 'reciprocity' || answers.length < 2) return {};
  const areas = new Set<string>();
  for (let i = 0; i < answers.length; i += 1) {
    for (let j = i + 1; j < answers.length; j += 1) {
      const compared = compareAreaShares(answers[i]?.positions ?? [], answers[j]?.positions ?? []);
      if (compared.ok) for (const area of compared.value.thingsToTalkAbout) areas.add(area);
    }
  }
  return { thingsToTalkAbout: [...areas] };
}
