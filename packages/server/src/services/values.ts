import { randomUUID } from 'node:crypto';
import { VALUES_QUESTIONS, isRevealedTo, revealStatus, type RevealStatus } from '@recipro/core';
import { toIso, type Clock } from '../clock.ts';
import { AppError, notFound } from '../errors.ts';
import {
  VALUES_INSTRUMENT,
  type CheckinRecord,
  type CheckinsRepository,
} from '../repositories/checkins.ts';
import type { MemberScope } from '../repositories/membership.ts';
import type { UserRecord } from '../repositories/users.ts';
import type { UpdatesService } from './updates.ts';
import { tellAfterAnswer, tellOpened, VALUES_KINDS } from './round-updates.ts';
import type { CirclesService } from './circles.ts';
import { forWriter } from './support.ts';
import { assertMayClose, closingView, type ClosingView } from './closing.ts';
import { pageOf, pageSpec, type Page, type PageQuery } from './paging.ts';

export interface ValuesView extends ClosingView {
  readonly id: string;
  readonly status: RevealStatus;
  readonly createdAt: string;
  readonly memberCount: number;
  readonly answeredCount: number;
  /** The questions by id and topic, in order: the reader's language words them for the circle. */
  readonly questions: { id: string; topic: string }[];
  readonly mine: { answers: string[]; answeredAt: string } | null;
  /** Everyone's answers side by side, once revealed or closed, and only to a member who answered. */
  readonly results?: { memberId: string; answers: string[] }[];
  /** Topics where more than one person answered: each is something to talk about. */
  readonly thingsToTalkAbout?: string[];
  /** Only for the caller, when their own answers need support (core `needsSupport`). */
  readonly showSupport?: true;
}

/**
 * The values conversation: open questions about respect, affection, sharing and what matters,
 * answered alone and revealed together (the same rule as check-ins, and the same storage).
 */
export class ValuesService {
  constructor(
    private readonly rounds: CheckinsRepository,
    private readonly circles: CirclesService,
    private readonly updates: UpdatesService,
    private readonly clock: Clock,
  ) {}

  async open(user: UserRecord, circleId: string): Promise<ValuesView> {
    const scope = await this.circles.scope(user, circleId);
    const id = randomUUID();
    await this.rounds.create(scope, {
      id,
      instrument: VALUES_INSTRUMENT,
      instrumentVersion: 1,
      createdAt: toIso(this.clock.now()),
    });
    await tellOpened(this.updates, VALUES_KINDS, scope, id);
    return this.view(scope, await this.mustFind(scope, id));
  }

  async answer(
    user: UserRecord,
    circleId: string,
    roundId: string,
    answers: string[],
  ): Promise<ValuesView> {
    const scope = await this.circles.scope(user, circleId);
    const round = await this.mustFind(scope, roundId);
    if (answers.length !== VALUES_QUESTIONS.length) {
      throw new AppError(
        'validation_failed',
        `Answer each of the ${VALUES_QUESTIONS.length} questions (an empty text skips one).`,
        {
          details: [{ field: 'answers' }],
        },
      );
    }
    if (answers.every((a) => a.trim() === '')) {
      throw new AppError('validation_failed', 'Answer at least one question.', {
        details: [{ field: 'answers' }],
      });
    }
    if (round.closedAt !== null) throw new AppError('conflict', 'This conversation is closed.');
    const stored = await this.rounds.answer(scope, roundId, {
      positions: [],
      scores: [],
      total: null,
      note: null,
      texts: answers,
      createdAt: toIso(this.clock.now()),
    });
    if (!stored) throw new AppError('conflict', 'You have already answered these questions.');
    await tellAfterAnswer(this.updates, this.rounds, VALUES_KINDS, scope, roundId);
    return this.view(scope, await this.mustFind(scope, roundId));
  }

  async get(user: UserRecord, circleId: string, roundId: string): Promise<ValuesView> {
    const scope = await this.circles.scope(user, circleId);
    return this.view(scope, await this.mustFind(scope, roundId));
  }

  /** Closes a conversation: the same rule as check-ins (its opener, after its first day). */
  async close(user: UserRecord, circleId: string, roundId: string): Promise<ValuesView> {
    const scope = await this.circles.scope(user, circleId);
    const round = await this.mustFind(scope, roundId);
    if (round.closedAt !== null) return this.view(scope, round);
    assertMayClose(scope, round, this.clock.now(), 'conversation');
    await this.rounds.close(scope, roundId, toIso(this.clock.now()));
    return this.view(scope, await this.mustFind(scope, roundId));
  }

  /** Newest first. */
  async list(user: UserRecord, circleId: string): Promise<ValuesView[]> {
    const scope = await this.circles.scope(user, circleId);
    const rounds = await this.rounds.list(scope, 'values');
    return Promise.all(rounds.reverse().map((r) => this.view(scope, r)));
  }

  /** One page of values conversations, newest first. */
  async page(user: UserRecord, circleId: string, query: PageQuery): Promise<Page<ValuesView>> {
    const scope = await this.circles.scope(user, circleId);
    const spec = pageSpec(query);
    const page = pageOf(await this.rounds.list(scope, 'values', spec), spec, (r) => ({
      key: r.createdAt,
      id: r.id,
    }));
    return {
      items: await Promise.all(page.items.map((r) => this.view(scope, r))),
      next: page.next,
    };
  }

  private async mustFind(scope: MemberScope, id: string): Promise<CheckinRecord> {
    const round = await this.rounds.find(scope, id);
    if (!round || round.instrument !== VALUES_INSTRUMENT) throw notFound('That conversation');
    return round;
  }

  private async view(scope: MemberScope, round: CheckinRecord): Promise<ValuesView> {
    const status = revealStatus({
      closed: round.closedAt !== null,
      memberCount: round.memberCount,
      answeredCount: round.answeredCount,
    });
    const mine = await this.rounds.myAnswer(scope, round.id);
    const view: ValuesView = forWriter(
      {
        id: round.id,
        status,
        createdAt: round.createdAt,
        memberCount: round.memberCount,
        answeredCount: round.answeredCount,
        questions: VALUES_QUESTIONS.map(({ id, topic }) => ({ id, topic })),
        mine: mine ? { answers: mine.texts ?? [], answeredAt: mine.createdAt } : null,
        ...closingView(scope, round),
      },
      mine !== undefined && mine !== null,
      ...(mine?.texts ?? []),
    );
    const revealed = isRevealedTo({
      closed: round.closedAt !== null,
      memberCount: round.memberCount,
      answeredCount: round.answeredCount,
      answeredByMe: mine !== undefined,
    });
    if (!revealed) return view;
    const results = (await this.rounds.answersForReveal(scope, round.id)).map((a) => ({
      memberId: a.memberId,
      answers: a.texts ?? [],
    }));
    const thingsToTalkAbout = VALUES_QUESTIONS.filter(
      (_q, i) => results.filter((r) => (r.answers[i] ?? '').trim() !== '').length >= 2,
    ).map((q) => q.topic);
    return { ...view, results, thingsToTalkAbout };
  }
}
