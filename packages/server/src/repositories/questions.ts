import type { AskedQuestion, DayMember } from '@recipro/core';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { MemberScope } from './membership.ts';

type Tx = Transaction<Database>;

/** The question a circle was asked on one of its days. */
export interface QuestionDayRecord {
  readonly day: string;
  readonly questionId: string;
  readonly pass: number;
  /** When the day's first question was put to the circle. */
  readonly askedAt: string;
  /** The question set aside by "another question", or null. */
  readonly setAside: AskedQuestion | null;
  readonly swappedAt: string | null;
}

/** Everyone in the circle now, with whether they answered a day, and the reader's own answer. */
export interface DayFacts {
  readonly members: DayMember[];
  readonly mine: { readonly text: string; readonly answeredAt: string } | undefined;
}

export interface QuestionAnswer {
  readonly day: string;
  readonly memberId: string;
  readonly text: string;
}

/** What became of an answer. */
export type AnswerOutcome =
  | { readonly status: 'stored'; readonly members: DayMember[]; readonly askedAt: string }
  | { readonly status: 'already_answered' }
  /** The day's question is no longer the one the answer was written for. */
  | { readonly status: 'changed' };

/** What became of "another question". */
export type SwapOutcome = 'swapped' | 'refused' | 'changed';

type DayRow = {
  day: string;
  question_id: string;
  pass: number | string;
  asked_at: string;
  set_aside_question_id: string | null;
  set_aside_pass: number | string | null;
  swapped_at: string | null;
};

const toRecord = (r: DayRow): QuestionDayRecord => ({
  day: r.day,
  questionId: r.question_id,
  pass: Number(r.pass),
  askedAt: r.asked_at,
  setAside:
    r.set_aside_question_id === null
      ? null
      : { questionId: r.set_aside_question_id, pass: Number(r.set_aside_pass ?? 0) },
  swappedAt: r.swapped_at,
});

const DAY_COLUMNS = [
  'day',
  'question_id',
  'pass',
  'asked_at',
  'set_aside_question_id',
  'set_aside_pass',
  'swapped_at',
] as const;

/**
 * A question a day: each circle's day questions and its members' answers. Others' answers are
 * read only by `answers` (which the service calls once the reveal rule holds) and `pastRevealed`
 * (which applies the rule in SQL); everything else reads whether someone answered, not what.
 */
export class QuestionsRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** The circle's most recent day with a question. */
  async latest(scope: MemberScope): Promise<QuestionDayRecord | undefined> {
    const row = await this.db
      .selectFrom('circle_questions')
      .select(DAY_COLUMNS)
      .where('circle_id', '=', scope.circleId)
      .orderBy('day', 'desc')
      .limit(1)
      .executeTakeFirst();
    return row && toRecord(row);
  }

  async find(scope: MemberScope, day: string): Promise<QuestionDayRecord | undefined> {
    const row = await this.db
      .selectFrom('circle_questions')
      .select(DAY_COLUMNS)
      .where('circle_id', '=', scope.circleId)
      .where('day', '=', day)
      .executeTakeFirst();
    return row && toRecord(row);
  }

  /**
   * The time zones the circle's day may be counted in, in the order they are preferred: the
   * zone of its first ritual, then its keeper's reminder settings. Either may be missing.
   */
  async timeZoneCandidates(scope: MemberScope): Promise<(string | undefined)[]> {
    const [ritual, keeper] = await Promise.all([
      this.db
        .selectFrom('rituals')
        .select('timezone')
        .where('circle_id', '=', scope.circleId)
        .orderBy('created_at')
        .orderBy('id')
        .limit(1)
        .executeTakeFirst(),
      this.db
        .selectFrom('circles as c')
        .innerJoin('members as m', (j) =>
          j.onRef('m.circle_id', '=', 'c.id').onRef('m.id', '=', 'c.keeper_member_id'),
        )
        .innerJoin('notification_settings as s', 's.user_id', 'm.user_id')
        .select('s.timezone')
        .where('c.id', '=', scope.circleId)
        .executeTakeFirst(),
    ]);
    return [ritual?.timezone, keeper?.timezone];
  }

  /**
   * What the circle was asked in its latest pass and the one before (questions set aside
   * included), oldest first: enough for core's `nextQuestion`, however long the history.
   */
  async askedLately(scope: MemberScope): Promise<AskedQuestion[]> {
    const rows = await this.db
      .selectFrom('circle_questions')
      .select(DAY_COLUMNS)
      .where('circle_id', '=', scope.circleId)
      .where((eb) =>
        eb(
          'pass',
          '>=',
          eb
            .selectFrom('circle_questions as latest')
            .select((e) => e(e.fn.max('latest.pass'), '-', 1).as('from_pass'))
            .where('latest.circle_id', '=', scope.circleId),
        ),
      )
      .orderBy('day')
      .execute();
    return rows.map(toRecord).flatMap((r) => [
      // The question set aside was asked first that day.
      ...(r.setAside ? [r.setAside] : []),
      { questionId: r.questionId, pass: r.pass },
    ]);
  }

  /** Puts a question to the circle for a day, unless the day already has one. */
  async ask(
    scope: MemberScope,
    day: { day: string; questionId: string; pass: number; askedAt: string },
  ): Promise<void> {
    await this.db
      .insertInto('circle_questions')
      .values({
        circle_id: scope.circleId,
        day: day.day,
        question_id: day.questionId,
        pass: day.pass,
        asked_at: day.askedAt,
        set_aside_question_id: null,
        set_aside_pass: null,
        swapped_by_member_id: null,
        swapped_at: null,
      })
      .onConflict((oc) => oc.columns(['circle_id', 'day']).doNothing())
      .execute();
  }

  /**
   * The current question day of each circle of this person's (or of one) that waits for their
   * answer: asked of them, not answered. Asked just before they leave, so that those still in
   * the circle hear when the day's answers no longer wait for anyone.
   */
  async awaitingAnswerFrom(
    userId: string,
    circleId?: string,
  ): Promise<{ circleId: string; day: string; askedAt: string }[]> {
    let query = this.db
      .selectFrom('circle_questions as q')
      .innerJoin('members as m', 'm.circle_id', 'q.circle_id')
      .select(['q.circle_id', 'q.day', 'q.asked_at'])
      .where('m.user_id', '=', userId)
      .where('m.left_at', 'is', null)
      .whereRef('m.joined_at', '<=', 'q.asked_at')
      .where(({ eb, selectFrom }) =>
        eb(
          'q.day',
          '=',
          selectFrom('circle_questions as latest')
            .select(({ fn }) => fn.max('latest.day').as('day'))
            .whereRef('latest.circle_id', '=', 'q.circle_id'),
        ),
      )
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom('question_answers as a')
              .select('a.member_id')
              .whereRef('a.circle_id', '=', 'q.circle_id')
              .whereRef('a.day', '=', 'q.day')
              .whereRef('a.member_id', '=', 'm.id'),
          ),
        ),
      );
    if (circleId !== undefined) query = query.where('q.circle_id', '=', circleId);
    const rows = await query.execute();
    return rows.map((r) => ({ circleId: r.circle_id, day: r.day, askedAt: r.asked_at }));
  }

  /** Who is in a circle's day after someone left it (for the departure's own follow-up only). */
  async membersAfterDeparture(circleId: string, day: string): Promise<DayMember[]> {
    return this.members(this.db, circleId, day);
  }

  /** The circle's current members (in the order they joined) with whether they answered. */
  private async members(db: Kysely<Database> | Tx, circleId: string, day: string) {
    const rows = await db
      .selectFrom('members as m')
      .leftJoin('question_answers as a', (j) =>
        j
          .onRef('a.circle_id', '=', 'm.circle_id')
          .onRef('a.member_id', '=', 'm.id')
          .on('a.day', '=', day),
      )
      .select(['m.id', 'm.joined_at', 'a.member_id as answered_by'])
      .where('m.circle_id', '=', circleId)
      .where('m.left_at', 'is', null)
      .orderBy('m.joined_at')
      .orderBy('m.id')
      .execute();
    return rows.map((r) => ({
      memberId: r.id,
      joinedAt: r.joined_at,
      answered: r.answered_by !== null,
    }));
  }

  async facts(scope: MemberScope, day: string): Promise<DayFacts> {
    const [members, mine] = await Promise.all([
      this.members(this.db, scope.circleId, day),
      this.db
        .selectFrom('question_answers')
        .select(['text', 'created_at'])
        .where('circle_id', '=', scope.circleId)
        .where('day', '=', day)
        .where('member_id', '=', scope.memberId)
        .executeTakeFirst(),
    ]);
    return { members, mine: mine && { text: mine.text, answeredAt: mine.created_at } };
  }

  /** Everyone's answers of these days, by current members, in the order they joined. */
  async answers(scope: MemberScope, days: readonly string[]): Promise<QuestionAnswer[]> {
    if (days.length === 0) return [];
    const rows = await this.db
      .selectFrom('question_answers as a')
      .innerJoin('members as m', (j) =>
        j.onRef('m.circle_id', '=', 'a.circle_id').onRef('m.id', '=', 'a.member_id'),
      )
      .select(['a.day', 'a.member_id', 'a.text'])
      .where('a.circle_id', '=', scope.circleId)
      .where('a.day', 'in', [...days])
      .where('m.left_at', 'is', null)
      .orderBy('m.joined_at')
      .orderBy('m.id')
      .execute();
    return rows.map((r) => ({ day: r.day, memberId: r.member_id, text: r.text }));
  }

  /**
   * Locks a day's row (a no-op update takes the row lock on PostgreSQL; SQLite has one writer),
   * so answers and "another question" on one day happen one after the other.
   */
  private async lock(tx: Tx, scope: MemberScope, day: string): Promise<DayRow | undefined> {
    const locked = await tx
      .updateTable('circle_questions')
      .set((eb) => ({ pass: eb.ref('pass') }))
      .where('circle_id', '=', scope.circleId)
      .where('day', '=', day)
      .executeTakeFirst();
    if (Number(locked.numUpdatedRows) !== 1) return undefined;
    return tx
      .selectFrom('circle_questions')
      .select(DAY_COLUMNS)
      .where('circle_id', '=', scope.circleId)
      .where('day', '=', day)
      .executeTakeFirst();
  }

  /**
   * The scope's member answers the day's question, which must still be `questionId`. Returns
   * everyone's answered-or-not as it stands right after, read under the day's lock, so exactly
   * one answer sees the last one asked answer.
   */
  async answer(
    scope: MemberScope,
    input: { day: string; questionId: string; text: string; at: string },
  ): Promise<AnswerOutcome> {
    return this.db.transaction().execute(async (tx) => {
      const row = await this.lock(tx, scope, input.day);
      if (!row || row.question_id !== input.questionId) return { status: 'changed' } as const;
      const already = await tx
        .selectFrom('question_answers')
        .select('member_id')
        .where('circle_id', '=', scope.circleId)
        .where('day', '=', input.day)
        .where('member_id', '=', scope.memberId)
        .executeTakeFirst();
      if (already) return { status: 'already_answered' } as const;
      await tx
        .insertInto('question_answers')
        .values({
          circle_id: scope.circleId,
          day: input.day,
          member_id: scope.memberId,
          question_id: input.questionId,
          text: input.text,
          created_at: input.at,
        })
        .execute();
      const members = await this.members(tx, scope.circleId, input.day);
      return { status: 'stored', members, askedAt: row.asked_at } as const;
    });
  }

  /**
   * "Another question": under the day's lock, when the day's question is still `from` and
   * `may` allows it (core's `maySwap`, given whether it was swapped and how many answered),
   * sets it aside for `to`.
   */
  async swap(
    scope: MemberScope,
    input: {
      day: string;
      from: string;
      to: AskedQuestion;
      at: string;
      may: (day: { swapped: boolean; answered: number }) => boolean;
    },
  ): Promise<SwapOutcome> {
    return this.db.transaction().execute(async (tx) => {
      const row = await this.lock(tx, scope, input.day);
      if (!row || row.question_id !== input.from) return 'changed';
      const answered = await tx
        .selectFrom('question_answers')
        .select((eb) => eb.fn.countAll<number | string>().as('n'))
        .where('circle_id', '=', scope.circleId)
        .where('day', '=', input.day)
        .executeTakeFirstOrThrow();
      if (!input.may({ swapped: row.swapped_at !== null, answered: Number(answered.n) })) {
        return 'refused';
      }
      await tx
        .updateTable('circle_questions')
        .set({
          question_id: input.to.questionId,
          pass: input.to.pass,
          set_aside_question_id: row.question_id,
          set_aside_pass: Number(row.pass),
          swapped_by_member_id: scope.memberId,
          swapped_at: input.at,
        })
        .where('circle_id', '=', scope.circleId)
        .where('day', '=', input.day)
        .execute();
      return 'swapped';
    });
  }

  /**
   * Days before `before` whose answers are revealed to the scope's member, newest first: they
   * answered, and so did everyone who was in the circle when the day's question was first asked
   * and still is (core's `askedOf`, said here in SQL so that paging counts only revealed days).
   */
  async pastRevealed(
    scope: MemberScope,
    page: { before: string; limit: number },
  ): Promise<QuestionDayRecord[]> {
    const rows = await this.db
      .selectFrom('circle_questions as q')
      .select(DAY_COLUMNS.map((c) => `q.${c}` as const))
      .where('q.circle_id', '=', scope.circleId)
      .where('q.day', '<', page.before)
      .where(({ exists, selectFrom }) =>
        exists(
          selectFrom('question_answers as mine')
            .select('mine.member_id')
            .whereRef('mine.circle_id', '=', 'q.circle_id')
            .whereRef('mine.day', '=', 'q.day')
            .where('mine.member_id', '=', scope.memberId),
        ),
      )
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom('members as m')
              .select('m.id')
              .whereRef('m.circle_id', '=', 'q.circle_id')
              .where('m.left_at', 'is', null)
              .whereRef('m.joined_at', '<=', 'q.asked_at')
              .where((eb) =>
                eb.not(
                  eb.exists(
                    eb
                      .selectFrom('question_answers as a')
                      .select('a.member_id')
                      .whereRef('a.circle_id', '=', 'm.circle_id')
                      .whereRef('a.day', '=', 'q.day')
                      .whereRef('a.member_id', '=', 'm.id'),
                  ),
                ),
              ),
          ),
        ),
      )
      .orderBy('q.day', 'desc')
      .limit(page.limit)
      .execute();
    return rows.map(toRecord);
  }

  /** Every day the scope's member answered, with their answer, oldest first (their export). */
  async myAnswers(scope: MemberScope): Promise<(QuestionDayRecord & { answer: string })[]> {
    const rows = await this.db
      .selectFrom('question_answers as a')
      .innerJoin('circle_questions as q', (j) =>
        j.onRef('q.circle_id', '=', 'a.circle_id').onRef('q.day', '=', 'a.day'),
      )
      .select(DAY_COLUMNS.map((c) => `q.${c}` as const))
      .select('a.text')
      .where('a.circle_id', '=', scope.circleId)
      .where('a.member_id', '=', scope.memberId)
      .orderBy('q.day')
      .execute();
    return rows.map((r) => ({ ...toRecord(r), answer: r.text }));
  }
}
