import { guideStatus, type FinishProblem, type GuideAnswers, type GuidePause } from '@recipro/core';
import type { Kysely, Selectable, Transaction } from 'kysely';
import type { Database, RepairGuideAnswersTable } from '../db/schema.ts';
import type { MemberScope } from './membership.ts';

/** Where one person is in a guide, without a word of what they wrote. */
export interface GuideProgress {
  readonly memberId: string;
  readonly pause: GuidePause;
  readonly notYetAt: string | null;
  readonly finishedAt: string | null;
}

/** One person's answers as they wrote them, with where they are. */
export interface GuideAnswerRecord extends GuideProgress {
  readonly answers: GuideAnswers;
  /** The members whose proposed agreement they are in on (said after the reveal). */
  readonly agreesWith: string[];
  readonly updatedAt: string;
}

export type SaveOutcome =
  | { readonly kind: 'saved' }
  | { readonly kind: 'revealed' }
  | { readonly kind: 'problem'; readonly problem: FinishProblem };

export type FinishOutcome =
  | { readonly kind: 'finished'; readonly everyone: boolean }
  | { readonly kind: 'revealed' }
  | { readonly kind: 'already' }
  | { readonly kind: 'no_answers' }
  | { readonly kind: 'problem'; readonly problem: FinishProblem };

type Row = Selectable<RepairGuideAnswersTable>;

/**
 * The answers of guided repair. Each person's words are read back by `mine` (their own) and by
 * `answersForReveal` (everyone's, which the service calls only once the guide is revealed);
 * `progress` says where each person is without a word they wrote. Saving and finishing take the
 * rupture's row lock first, so an edit and the finish that reveals the guide never cross: once
 * everyone involved has finished, nothing anyone wrote changes.
 */
export class RepairGuidesRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /**
   * The members who finished a hard moment's guided repair (for a departure's follow-up only:
   * read around someone who is leaving, not as any member).
   */
  async finishedBy(circleId: string, ruptureId: string): Promise<string[]> {
    const rows = await this.db
      .selectFrom('repair_guide_answers')
      .select('member_id')
      .where('circle_id', '=', circleId)
      .where('rupture_id', '=', ruptureId)
      .where('finished_at', 'is not', null)
      .execute();
    return rows.map((r) => r.member_id);
  }

  async progress(scope: MemberScope, ruptureId: string): Promise<GuideProgress[]> {
    const rows = await this.db
      .selectFrom('repair_guide_answers')
      .select(['member_id', 'pause', 'not_yet_at', 'finished_at'])
      .where('circle_id', '=', scope.circleId)
      .where('rupture_id', '=', ruptureId)
      .orderBy('member_id')
      .execute();
    return rows.map((r) => ({
      memberId: r.member_id,
      pause: r.pause as GuidePause,
      notYetAt: r.not_yet_at,
      finishedAt: r.finished_at,
    }));
  }

  async mine(scope: MemberScope, ruptureId: string): Promise<GuideAnswerRecord | undefined> {
    const row = await this.db
      .selectFrom('repair_guide_answers')
      .selectAll()
      .where('circle_id', '=', scope.circleId)
      .where('rupture_id', '=', ruptureId)
      .where('member_id', '=', scope.memberId)
      .executeTakeFirst();
    return row && toRecord(row);
  }

  /** Everyone's answers. Only for a guide the service found revealed. */
  async answersForReveal(scope: MemberScope, ruptureId: string): Promise<GuideAnswerRecord[]> {
    const rows = await this.db
      .selectFrom('repair_guide_answers')
      .selectAll()
      .where('circle_id', '=', scope.circleId)
      .where('rupture_id', '=', ruptureId)
      .orderBy('member_id')
      .execute();
    return rows.map(toRecord);
  }

  /**
   * Writes the scope member's answers, exactly as given, unless the guide is already revealed
   * among `involved`. Someone who has finished may still change them before the reveal, but not
   * into answers that could not be finished (`problemOf`, core's rule, judged under the lock).
   * "Not yet" keeps the time it was first said while it is still said.
   */
  async save(
    scope: MemberScope,
    ruptureId: string,
    involved: readonly string[],
    answers: GuideAnswers,
    atIso: string,
    problemOf: (answers: GuideAnswers) => FinishProblem | null,
  ): Promise<SaveOutcome> {
    return this.db.transaction().execute(async (tx) => {
      await lockRupture(tx, scope, ruptureId);
      if (await revealedIn(tx, scope, ruptureId, involved)) return { kind: 'revealed' };
      const before = await tx
        .selectFrom('repair_guide_answers')
        .select(['pause', 'not_yet_at', 'finished_at'])
        .where('circle_id', '=', scope.circleId)
        .where('rupture_id', '=', ruptureId)
        .where('member_id', '=', scope.memberId)
        .executeTakeFirst();
      if (before?.finished_at != null) {
        const problem = problemOf(answers);
        if (problem !== null) return { kind: 'problem', problem };
      }
      const notYetAt =
        answers.pause !== 'not_yet'
          ? null
          : before?.pause === 'not_yet' && before.not_yet_at !== null
            ? before.not_yet_at
            : atIso;
      const texts = {
        pause: answers.pause,
        not_yet_at: notYetAt,
        saw: answers.saw,
        my_part: answers.myPart,
        needed: answers.needed,
        would_help: answers.wouldHelp,
        agreement: answers.agreement,
        updated_at: atIso,
      };
      await tx
        .insertInto('repair_guide_answers')
        .values({
          rupture_id: ruptureId,
          circle_id: scope.circleId,
          member_id: scope.memberId,
          agreed_to: '[]',
          finished_at: null,
          ...texts,
        })
        .onConflict((oc) => oc.columns(['rupture_id', 'member_id']).doUpdateSet(texts))
        .execute();
      return { kind: 'saved' };
    });
  }

  /**
   * Marks the scope member's answers finished, if they can be (`problemOf`, judged on the
   * answers as stored, under the lock), and says whether everyone involved has now finished.
   */
  async finish(
    scope: MemberScope,
    ruptureId: string,
    involved: readonly string[],
    atIso: string,
    problemOf: (answers: GuideAnswers) => FinishProblem | null,
  ): Promise<FinishOutcome> {
    return this.db.transaction().execute(async (tx) => {
      await lockRupture(tx, scope, ruptureId);
      if (await revealedIn(tx, scope, ruptureId, involved)) return { kind: 'revealed' };
      const row = await tx
        .selectFrom('repair_guide_answers')
        .selectAll()
        .where('circle_id', '=', scope.circleId)
        .where('rupture_id', '=', ruptureId)
        .where('member_id', '=', scope.memberId)
        .executeTakeFirst();
      if (!row) return { kind: 'no_answers' };
      if (row.finished_at !== null) return { kind: 'already' };
      const problem = problemOf(toRecord(row).answers);
      if (problem !== null) return { kind: 'problem', problem };
      await tx
        .updateTable('repair_guide_answers')
        .set({ finished_at: atIso })
        .where('circle_id', '=', scope.circleId)
        .where('rupture_id', '=', ruptureId)
        .where('member_id', '=', scope.memberId)
        .execute();
      return { kind: 'finished', everyone: await revealedIn(tx, scope, ruptureId, involved) };
    });
  }

  /**
   * Records whose proposed agreements the scope member is in on (replacing what they said
   * before); false when they have no answers to this guide.
   */
  async agree(
    scope: MemberScope,
    ruptureId: string,
    agreeTo: readonly string[],
    atIso: string,
  ): Promise<boolean> {
    const result = await this.db
      .updateTable('repair_guide_answers')
      .set({ agreed_to: JSON.stringify(agreeTo), updated_at: atIso })
      .where('circle_id', '=', scope.circleId)
      .where('rupture_id', '=', ruptureId)
      .where('member_id', '=', scope.memberId)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }
}

/**
 * Takes the rupture's row lock (a no-op update: PostgreSQL locks the row, SQLite has one
 * writer), so saves and finishes of one guide run one after another.
 */
async function lockRupture(
  tx: Transaction<Database>,
  scope: MemberScope,
  ruptureId: string,
): Promise<void> {
  await tx
    .updateTable('ruptures')
    .set((eb) => ({ note_private: eb.ref('note_private') }))
    .where('circle_id', '=', scope.circleId)
    .where('id', '=', ruptureId)
    .execute();
}

async function revealedIn(
  tx: Transaction<Database>,
  scope: MemberScope,
  ruptureId: string,
  involved: readonly string[],
): Promise<boolean> {
  const finished = await tx
    .selectFrom('repair_guide_answers')
    .select('member_id')
    .where('circle_id', '=', scope.circleId)
    .where('rupture_id', '=', ruptureId)
    .where('finished_at', 'is not', null)
    .execute();
  return (
    guideStatus(
      involved,
      finished.map((r) => r.member_id),
    ) === 'revealed'
  );
}

function toRecord(r: Row): GuideAnswerRecord {
  return {
    memberId: r.member_id,
    pause: r.pause as GuidePause,
    notYetAt: r.not_yet_at,
    finishedAt: r.finished_at,
    answers: {
      pause: r.pause as GuidePause,
      saw: r.saw,
      myPart: r.my_part,
      needed: r.needed,
      wouldHelp: r.would_help,
      agreement: r.agreement,
    },
    agreesWith: JSON.parse(r.agreed_to) as string[],
    updatedAt: r.updated_at,
  };
}
