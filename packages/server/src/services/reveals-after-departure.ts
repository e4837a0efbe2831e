import { askedOf, dayRevealFacts, revealStatus } from '@recipro/core';
import { VALUES_INSTRUMENT, type CheckinsRepository } from '../repositories/checkins.ts';
import type { QuestionsRepository } from '../repositories/questions.ts';
import { CHECKIN_KINDS, VALUES_KINDS } from './round-updates.ts';
import type { UpdatesService } from './updates.ts';

/** What waited for someone's answer when they left: open rounds and the day's question. */
export interface AwaitedAnswers {
  readonly rounds: Awaited<ReturnType<CheckinsRepository['awaitingAnswerFrom']>>;
  readonly days: Awaited<ReturnType<QuestionsRepository['awaitingAnswerFrom']>>;
}

/**
 * Answers revealed together wait for everyone asked; someone leaving (or deleting their account,
 * or being removed) can be the last one they waited for. Those still there then hear it is ready,
 * as they would after a last answer, with no one named as having acted. "Together" needs two:
 * what is left to one person is not announced to them.
 */
export class RevealsAfterDeparture {
  constructor(
    private readonly rounds: CheckinsRepository,
    private readonly questions: QuestionsRepository,
    private readonly updates: UpdatesService,
  ) {}

  /** What waits for this person's answer, in one circle or all of theirs (ask before they go). */
  async awaiting(userId: string, circleId?: string): Promise<AwaitedAnswers> {
    const [rounds, days] = await Promise.all([
      this.rounds.awaitingAnswerFrom(userId, circleId),
      this.questions.awaitingAnswerFrom(userId, circleId),
    ]);
    return { rounds, days };
  }

  /** After they have gone: tells of each of those that waits for no one now. */
  async tell({ rounds, days }: AwaitedAnswers): Promise<void> {
    for (const round of rounds) {
      const participants = await this.rounds.participantsAfterDeparture(round.circleId, round.id);
      if (participants.length < 2 || participants.some((p) => !p.answered)) continue;
      const kinds = round.instrument === VALUES_INSTRUMENT ? VALUES_KINDS : CHECKIN_KINDS;
      await this.updates.tellMembers(
        { kind: kinds.ready, circleId: round.circleId, actorMemberId: null, subjectId: round.id },
        participants.map((p) => p.memberId),
      );
    }
    for (const day of days) {
      const members = await this.questions.membersAfterDeparture(day.circleId, day.day);
      if (askedOf(members, day.askedAt).length < 2) continue;
      if (revealStatus(dayRevealFacts(members, day.askedAt)) !== 'revealed') continue;
      await this.updates.tellCircleExcept(
        {
          kind: 'question_answered',
          circleId: day.circleId,
          actorMemberId: null,
          subjectId: day.day,
        },
        [],
      );
    }
  }
}
