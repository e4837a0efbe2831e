import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { isUniqueViolation } from '../db/errors.ts';
import type { MemberScope } from './membership.ts';
import { keyset, type PageSpec } from './paging.ts';

export interface CheckinRecord {
  readonly id: string;
  readonly circleId: string;
  readonly instrument: string;
  readonly instrumentVersion: number;
  readonly openedByMemberId: string;
  /** Whether the member who opened it has left the circle since (or was removed from it). */
  readonly openerLeft: boolean;
  /** Whether the member reading it was in the circle when it opened. */
  readonly readerThereAtOpening: boolean;
  readonly createdAt: string;
  /** The period of a check-in that opened by itself (`weekly:2026-W48`), or null. */
  readonly period: string | null;
  readonly closedAt: string | null;
  /** Members who were in the circle when the check-in opened: the ones whose answers reveal it. */
  readonly memberCount: number;
  readonly answeredCount: number;
  readonly answeredByMe: boolean;
}

export interface AnswerRecord {
  readonly memberId: string;
  readonly positions: number[];
  readonly scores: number[];
  readonly total: number | null;
  readonly note: string | null;
  /** Open-text answers (values conversations), or null. */
  readonly texts: string[] | null;
  readonly createdAt: string;
}

/** Check-ins proper, or values conversations (stored as check-ins of the `values` kind). */
export type CheckinKind = 'instruments' | 'values';
export const VALUES_INSTRUMENT = 'values';

/**
 * Check-ins and their answers. Answers are returned only by `answersForReveal` (which the
 * service calls once the reveal rule holds) and `myAnswer`; nothing else reads another member's
 * answers.
 */
export class CheckinsRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async create(
    scope: MemberScope,
    input: { id: string; instrument: string; instrumentVersion: number; createdAt: string },
  ): Promise<void> {
    await this.db
      .insertInto('checkins')
      .values({
        id: input.id,
        circle_id: scope.circleId,
        instrument: input.instrument,
        instrument_version: input.instrumentVersion,
        opened_by_member_id: scope.memberId,
        created_at: input.createdAt,
        closed_at: null,
      })
      .execute();
  }

  private select(scope: MemberScope) {
    return (
      this.db
        .selectFrom('checkins as c')
        .select((eb) => [
          'c.id',
          'c.circle_id',
          'c.instrument',
          'c.instrument_version',
          'c.opened_by_member_id',
          'c.created_at',
          'c.closed_at',
          'c.period',
          eb
            .selectFrom('members as m')
            .select((e) => e.fn.countAll<string | number>().as('n'))
            .whereRef('m.circle_id', '=', 'c.circle_id')
            .whereRef('m.joined_at', '<=', 'c.created_at')
            .where('m.left_at', 'is', null)
            .as('member_count'),
          eb
            .selectFrom('checkin_answers as a')
            .select((e) => e.fn.countAll<string | number>().as('n'))
            .whereRef('a.circle_id', '=', 'c.circle_id')
            .whereRef('a.checkin_id', '=', 'c.id')
            .as('answered_count'),
          eb
            .selectFrom('checkin_answers as mine')
            .select((e) => e.fn.countAll<string | number>().as('n'))
            .whereRef('mine.circle_id', '=', 'c.circle_id')
            .whereRef('mine.checkin_id', '=', 'c.id')
            .where('mine.member_id', '=', scope.memberId)
            .as('answered_by_me'),
          eb
            .selectFrom('members as opener')
            .select('opener.left_at')
            .whereRef('opener.circle_id', '=', 'c.circle_id')
            .whereRef('opener.id', '=', 'c.opened_by_member_id')
            .as('opener_left_at'),
          eb
            .selectFrom('members as reader')
            .select('reader.joined_at')
            .where('reader.circle_id', '=', scope.circleId)
            .where('reader.id', '=', scope.memberId)
            .as('reader_joined_at'),
        ])
        .where('c.circle_id', '=', scope.circleId)
        // Someone who joined after it opened neither answers nor sees it.
        .where((eb) =>
          eb(
            'c.created_at',
            '>=',
            eb.selectFrom('members').select('joined_at').where('id', '=', scope.memberId),
          ),
        )
    );
  }

  private static toRecord(r: {
    id: string;
    circle_id: string;
    instrument: string;
    instrument_version: number;
    opened_by_member_id: string;
    created_at: string;
    closed_at: string | null;
    period: string | null;
    member_count: string | number | null;
    answered_count: string | number | null;
    answered_by_me: string | number | null;
    opener_left_at: string | null;
    reader_joined_at: string | null;
  }): CheckinRecord {
    return {
      id: r.id,
      circleId: r.circle_id,
      instrument: r.instrument,
      instrumentVersion: Number(r.instrument_version),
      openedByMemberId: r.opened_by_member_id,
      openerLeft: r.opener_left_at !== null,
      // ISO texts sort as times.
      readerThereAtOpening: r.reader_joined_at !== null && r.reader_joined_at <= r.created_at,
      createdAt: r.created_at,
      closedAt: r.closed_at,
      period: r.period,
      memberCount: Number(r.member_count ?? 0),
      answeredCount: Number(r.answered_count ?? 0),
      answeredByMe: Number(r.answered_by_me ?? 0) > 0,
    };
  }

  async find(scope: MemberScope, id: string): Promise<CheckinRecord | undefined> {
    const row = await this.select(scope).where('c.id', '=', id).executeTakeFirst();
    return row && CheckinsRepository.toRecord(row);
  }

  /** Oldest first; with a page, one page of them newest first. */
  async list(scope: MemberScope, kind: CheckinKind, page?: PageSpec): Promise<CheckinRecord[]> {
    const query = this.select(scope).where(
      'c.instrument',
      kind === 'values' ? '=' : '<>',
      VALUES_INSTRUMENT,
    );
    const order = page === undefined ? 'asc' : 'desc';
    const rows = await keyset(query, 'c.created_at', 'c.id', order, page).execute();
    return rows.map(CheckinsRepository.toRecord);
  }

  /** Stores the scope member's answers; false when they had already answered. */
  async answer(
    scope: MemberScope,
    checkinId: string,
    answer: {
      positions: readonly number[];
      scores: readonly number[];
      total: number | null;
      note: string | null;
      texts?: readonly string[];
      createdAt: string;
    },
  ): Promise<boolean> {
    try {
      await this.db
        .insertInto('checkin_answers')
        .values({
          checkin_id: checkinId,
          circle_id: scope.circleId,
          member_id: scope.memberId,
          positions: JSON.stringify(answer.positions),
          scores: JSON.stringify(answer.scores),
          total: answer.total,
          note: answer.note,
          texts: answer.texts === undefined ? null : JSON.stringify(answer.texts),
          created_at: answer.createdAt,
        })
        .execute();
      return true;
    } catch (error) {
      if (isUniqueViolation(error)) return false;
      throw error;
    }
  }

  async myAnswer(scope: MemberScope, checkinId: string): Promise<AnswerRecord | undefined> {
    const rows = await this.answersWhere(scope, checkinId, scope.memberId);
    return rows[0];
  }

  /** Every member's answers to a check-in. Only for a check-in whose reveal rule holds. */
  answersForReveal(scope: MemberScope, checkinId: string): Promise<AnswerRecord[]> {
    return this.answersWhere(scope, checkinId, null);
  }

  /** The scope member's own answers to every check-in of an instrument, oldest first. */
  async myHistory(
    scope: MemberScope,
    instrument: string,
  ): Promise<(AnswerRecord & { checkinId: string })[]> {
    const rows = await this.db
      .selectFrom('checkin_answers as a')
      .innerJoin('checkins as c', (j) =>
        j.onRef('c.circle_id', '=', 'a.circle_id').onRef('c.id', '=', 'a.checkin_id'),
      )
      .selectAll('a')
      .where('a.circle_id', '=', scope.circleId)
      .where('a.member_id', '=', scope.memberId)
      .where('c.instrument', '=', instrument)
      .orderBy('c.created_at')
      .execute();
    return rows.map((r) => ({ ...toAnswer(r), checkinId: r.checkin_id }));
  }

  /**
   * Who takes part in a check-in (members now who were in the circle when it opened), and
   * whether each has answered: for telling those it waits for.
   */
  async participants(
    scope: MemberScope,
    checkinId: string,
  ): Promise<{ memberId: string; answered: boolean }[]> {
    return this.participantsIn(scope.circleId, checkinId);
  }

  /**
   * The open rounds (check-ins and values conversations) that wait for this person's answer:
   * in one circle, or in every circle of theirs. Asked just before they leave, so that those
   * still in a round hear when it no longer waits for anyone.
   */
  async awaitingAnswerFrom(
    userId: string,
    circleId?: string,
  ): Promise<{ circleId: string; id: string; instrument: string }[]> {
    let query = this.db
      .selectFrom('checkins as c')
      .innerJoin('members as m', 'm.circle_id', 'c.circle_id')
      .leftJoin('checkin_answers as a', (join) =>
        join.onRef('a.checkin_id', '=', 'c.id').onRef('a.member_id', '=', 'm.id'),
      )
      .select(['c.circle_id', 'c.id', 'c.instrument'])
      .where('m.user_id', '=', userId)
      .where('m.left_at', 'is', null)
      .whereRef('m.joined_at', '<=', 'c.created_at')
      .where('c.closed_at', 'is', null)
      .where('a.member_id', 'is', null);
    if (circleId !== undefined) query = query.where('c.circle_id', '=', circleId);
    const rows = await query.execute();
    return rows.map((r) => ({ circleId: r.circle_id, id: r.id, instrument: r.instrument }));
  }

  /**
   * Who takes part in a round after someone has left it: for the departure's own follow-up
   * only (the person who left is no longer a member to be scoped by).
   */
  async participantsAfterDeparture(
    circleId: string,
    checkinId: string,
  ): Promise<{ memberId: string; answered: boolean }[]> {
    return this.participantsIn(circleId, checkinId);
  }

  private async participantsIn(
    circleId: string,
    checkinId: string,
  ): Promise<{ memberId: string; answered: boolean }[]> {
    const rows = await this.db
      .selectFrom('checkins as c')
      .innerJoin('members as m', 'm.circle_id', 'c.circle_id')
      .leftJoin('checkin_answers as a', (join) =>
        join.onRef('a.checkin_id', '=', 'c.id').onRef('a.member_id', '=', 'm.id'),
      )
      .select(['m.id as member_id', 'a.member_id as answered_by'])
      .where('c.circle_id', '=', circleId)
      .where('c.id', '=', checkinId)
      .whereRef('m.joined_at', '<=', 'c.created_at')
      .where('m.left_at', 'is', null)
      .execute();
    return rows.map((r) => ({ memberId: r.member_id, answered: r.answered_by !== null }));
  }

  async close(scope: MemberScope, checkinId: string, atIso: string): Promise<void> {
    await this.db
      .updateTable('checkins')
      .set({ closed_at: atIso })
      .where('circle_id', '=', scope.circleId)
      .where('id', '=', checkinId)
      .where('closed_at', 'is', null)
      .execute();
  }

  private async answersWhere(
    scope: MemberScope,
    checkinId: string,
    memberId: string | null,
  ): Promise<AnswerRecord[]> {
    let query = this.db
      .selectFrom('checkin_answers')
      .selectAll()
      .where('circle_id', '=', scope.circleId)
      .where('checkin_id', '=', checkinId);
    if (memberId !== null) query = query.where('member_id', '=', memberId);
    const rows = await query.orderBy('created_at').orderBy('member_id').execute();
    return rows.map(toAnswer);
  }
}

const toAnswer = (r: {
  member_id: string;
  positions: string;
  scores: string;
  total: number | null;
  note: string | null;
  texts: string | null;
  created_at: string;
}): AnswerRecord => ({
  memberId: r.member_id,
  positions: JSON.parse(r.positions) as number[],
  scores: JSON.parse(r.scores) as number[],
  total: r.total === null ? null : Number(r.total),
  note: r.note,
  texts: r.texts === null ? null : (JSON.parse(r.texts) as string[]),
  createdAt: r.created_at,
});
