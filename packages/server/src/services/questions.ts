import {
  askedOf,
  circleTimeZone,
  circleToday,
  dayRevealFacts,
  isRevealedTo,
  maySwap,
  nextQuestion,
  questionById,
  revealStatus,
  type DailyQuestion,
  type QuestionDepth,
  type QuestionTheme,
} from '@recipro/core';
import { toIso, type Clock } from '../clock.ts';
import { AppError } from '../errors.ts';
import { pageOf, pageSpec } from './paging.ts';
import type { MemberScope } from '../repositories/membership.ts';
import type { QuestionDayRecord, QuestionsRepository } from '../repositories/questions.ts';
import type { UserRecord } from '../repositories/users.ts';
import type { CirclesService } from './circles.ts';
import { forWriter } from './support.ts';
import type { UpdatesService } from './updates.ts';

export interface RevealedAnswer {
  readonly memberId: string;
  readonly text: string;
}

/** Today's question as one member sees it. */
export interface TodayView {
  readonly date: string;
  /** The time zone the circle's day is counted in. */
  readonly timeZone: string;
  /** The question of recipro's bank, by id: the reader's language words it. */
  readonly id: string;
  readonly theme: QuestionTheme;
  readonly depth: QuestionDepth;
  /** `revealed` once everyone asked has answered. */
  readonly status: 'open' | 'revealed';
  /** Members who have answered (anyone in the circle now), in the order they joined. */
  readonly answeredBy: string[];
  /** Members asked today who have not answered yet. */
  readonly waitingFor: string[];
  /** False for someone who joined after today's question was asked: the answers never wait for them. */
  readonly askedOfMe: boolean;
  /** Whether "another question" may be asked now. */
  readonly canSwap: boolean;
  /** Whether today's question is one chosen by "another question". */
  readonly swapped: boolean;
  readonly myAnswer?: { readonly text: string; readonly answeredAt: string };
  /** Everyone's answers, only once revealed, and only to a member who answered. */
  readonly answers?: RevealedAnswer[];
  readonly showSupport?: true;
}

/** A past day whose answers are revealed to the reader. */
export interface PastDayView {
  readonly date: string;
  readonly id: string;
  readonly theme: QuestionTheme;
  readonly depth: QuestionDepth;
  readonly answers: RevealedAnswer[];
}

export interface PastPage {
  readonly days: PastDayView[];
  /** The cursor to pass as `before` for the next page; null when there is none. */
  readonly next: string | null;
}

/** A day the reader answered, for their export: their answer, and everyone's once revealed. */
export interface AnsweredDayView {
  readonly date: string;
  readonly id: string;
  readonly myAnswer: string;
  readonly answers?: RevealedAnswer[];
}

const question = (id: string): DailyQuestion => {
  const found = questionById(id);
  // Questions are never removed from the bank (core questions/bank.ts).
  if (!found) throw new Error(`daily question ${id} is not in the bank`);
  return found;
};

const about = (day: QuestionDayRecord) => {
  const q = question(day.questionId);
  return { date: day.day, id: q.id, theme: q.theme, depth: q.depth };
};

/**
 * A question a day: the circle's question of its day (put to it the first time anyone opens
 * it that day, next in the circle's own order), answers revealed together, "another question"
 * once a day, and the days whose answers were read together.
 */
export class QuestionsService {
  constructor(
    private readonly questions: QuestionsRepository,
    private readonly circles: CirclesService,
    private readonly updates: UpdatesService,
    private readonly clock: Clock,
  ) {}

  async today(user: UserRecord, circleId: string): Promise<TodayView> {
    const scope = await this.circles.scope(user, circleId);
    const { day, timeZone } = await this.ensureToday(scope);
    return this.view(scope, day, timeZone);
  }

  /**
   * Answers today's question. `questionId`, when given, is the question the answer was written
   * for: if the day has moved on or another question was chosen meanwhile, nothing is saved.
   */
  async answer(
    user: UserRecord,
    circleId: string,
    input: { text: string; questionId?: string | undefined },
  ): Promise<TodayView> {
    const scope = await this.circles.scope(user, circleId);
    const { day, timeZone } = await this.ensureToday(scope);
    if (input.questionId !== undefined && input.questionId !== day.questionId) {
      throw changed();
    }
    const outcome = await this.questions.answer(scope, {
      day: day.day,
      questionId: day.questionId,
      text: input.text,
      at: toIso(this.clock.now()),
    });
    if (outcome.status === 'changed') throw changed();
    if (outcome.status === 'already_answered') {
      throw new AppError('conflict', 'You have already answered today’s question.', {
        details: [{ field: 'text', message: 'already answered' }],
      });
    }
    // Told once, by the answer that completes it: the last one asked to answer.
    const asked = askedOf(outcome.members, outcome.askedAt);
    const wasAsked = asked.some((m) => m.memberId === scope.memberId);
    if (wasAsked && revealStatus(dayRevealFacts(outcome.members, outcome.askedAt)) === 'revealed') {
      await this.updates.tellCircleExcept(
        {
          kind: 'question_answered',
          circleId: scope.circleId,
          actorMemberId: null,
          subjectId: day.day,
        },
        [scope.memberId],
      );
    }
    return this.view(scope, (await this.questions.find(scope, day.day)) ?? day, timeZone);
  }

  /** "Another question": `questionId` is today's question as the member saw it. */
  async swap(user: UserRecord, circleId: string, questionId: string): Promise<TodayView> {
    const scope = await this.circles.scope(user, circleId);
    const { day, timeZone } = await this.ensureToday(scope);
    if (questionId !== day.questionId) throw changed();
    const next = nextQuestion(
      scope.circleId,
      await this.circles.kindOf(scope),
      await this.questions.askedLately(scope),
    );
    const outcome = await this.questions.swap(scope, {
      day: day.day,
      from: day.questionId,
      to: { questionId: next.question.id, pass: next.pass },
      at: toIso(this.clock.now()),
      may: maySwap,
    });
    if (outcome === 'changed') throw changed();
    if (outcome === 'refused') {
      throw new AppError(
        'conflict',
        'Today’s question stays: another one was already chosen today, or someone has answered it.',
      );
    }
    const swapped = await this.questions.find(scope, day.day);
    return this.view(scope, swapped ?? day, timeZone);
  }

  /** Days before `before` (the circle's today without it) whose answers were read together. */
  async past(
    user: UserRecord,
    circleId: string,
    page: { before?: string | undefined; limit?: number | undefined },
  ): Promise<PastPage> {
    const spec = pageSpec(page, 'day');
    const scope = await this.circles.scope(user, circleId);
    const before = spec.after?.key ?? (await this.todayDate(scope)).date;
    const rows = await this.questions.pastRevealed(scope, { before, limit: spec.limit });
    const { items: shown, next } = pageOf(rows, spec, (d) => ({ key: d.day, id: d.questionId }));
    const answers = await this.questions.answers(
      scope,
      shown.map((d) => d.day),
    );
    return {
      days: shown.map((d) => ({
        ...about(d),
        answers: answers
          .filter((a) => a.day === d.day)
          .map(({ memberId, text }) => ({ memberId, text })),
      })),
      next,
    };
  }

  /** Every day the member answered in a circle (their export), oldest first. */
  async answeredDays(user: UserRecord, circleId: string): Promise<AnsweredDayView[]> {
    const scope = await this.circles.scope(user, circleId);
    const mine = await this.questions.myAnswers(scope);
    const revealed = new Set(
      (await this.questions.pastRevealed(scope, { before: '9999-12-31', limit: mine.length })).map(
        (d) => d.day,
      ),
    );
    const answers = await this.questions.answers(scope, [...revealed]);
    return mine.map((d) => {
      const { date, id } = about(d);
      const theirs = answers
        .filter((a) => a.day === d.day)
        .map(({ memberId, text: t }) => ({ memberId, text: t }));
      return {
        date,
        id,
        myAnswer: d.answer,
        ...(revealed.has(d.day) ? { answers: theirs } : {}),
      };
    });
  }

  /** The circle's today, and its time zone. */
  private async todayDate(scope: MemberScope) {
    const [latest, zones] = await Promise.all([
      this.questions.latest(scope),
      this.questions.timeZoneCandidates(scope),
    ]);
    const timeZone = circleTimeZone(zones);
    return { latest, timeZone, date: circleToday(this.clock.now(), timeZone, latest?.day) };
  }

  /** Today's question, put to the circle now if nobody has opened it yet today. */
  private async ensureToday(
    scope: MemberScope,
  ): Promise<{ day: QuestionDayRecord; timeZone: string }> {
    const { latest, timeZone, date } = await this.todayDate(scope);
    if (latest?.day === date) return { day: latest, timeZone };
    const next = nextQuestion(
      scope.circleId,
      await this.circles.kindOf(scope),
      await this.questions.askedLately(scope),
    );
    // Two first openings at once pick the same question (the order is deterministic); the
    // second insert does nothing.
    await this.questions.ask(scope, {
      day: date,
      questionId: next.question.id,
      pass: next.pass,
      askedAt: toIso(this.clock.now()),
    });
    const day = await this.questions.find(scope, date);
    if (!day) throw new Error('the day’s question vanished');
    return { day, timeZone };
  }

  private async view(
    scope: MemberScope,
    day: QuestionDayRecord,
    timeZone: string,
  ): Promise<TodayView> {
    const { members, mine } = await this.questions.facts(scope, day.day);
    const asked = askedOf(members, day.askedAt);
    const facts = dayRevealFacts(members, day.askedAt);
    const answeredBy = members.filter((m) => m.answered).map((m) => m.memberId);
    const view: TodayView = forWriter(
      {
        ...about(day),
        timeZone,
        status: revealStatus(facts) === 'revealed' ? 'revealed' : 'open',
        answeredBy,
        waitingFor: asked.filter((m) => !m.answered).map((m) => m.memberId),
        askedOfMe: asked.some((m) => m.memberId === scope.memberId),
        canSwap: maySwap({ swapped: day.swappedAt !== null, answered: answeredBy.length }),
        swapped: day.swappedAt !== null,
        ...(mine ? { myAnswer: mine } : {}),
      },
      mine !== undefined,
      mine?.text,
    );
    if (!isRevealedTo({ ...facts, answeredByMe: mine !== undefined })) return view;
    const answers = await this.questions.answers(scope, [day.day]);
    return { ...view, answers: answers.map(({ memberId, text }) => ({ memberId, text })) };
  }
}

const changed = () =>
  new AppError(
    'conflict',
    'Today’s question changed (a new day began, or another question was chosen); nothing was saved.',
    { details: [{ field: 'questionId', message: 'is not today’s question' }] },
  );
