import { askedOf, dayRevealFacts, guideStatus, revealStatus } from '@recipro/core';
import { VALUES_INSTRUMENT, type CheckinsRepository } from '../repositories/checkins.ts';
import type { QuestionsRepository } from '../repositories/questions.ts';
import type { RepairGuidesRepository } from '../repositories/repair-guides.ts';
import type { RupturesRepository } from '../repositories/ruptures.ts';
import { CHECKIN_KINDS, VALUES_KINDS } from './round-updates.ts';
import type { UpdatesService } from './updates.ts';

/** A hard moment as it stood before someone left. */
interface HardMoment {
  readonly circleId: string;
  readonly id: string;
  readonly repaired: boolean;
  readonly guideRevealed: boolean;
}

/**
 * What waited for someone when they left: open rounds, the day's question, and unrepaired hard
 * moments (their "repaired for me", their part of a guided repair).
 */
export interface AwaitedAnswers {
  readonly rounds: Awaited<ReturnType<CheckinsRepository['awaitingAnswerFrom']>>;
  readonly days: Awaited<ReturnType<QuestionsRepository['awaitingAnswerFrom']>>;
  readonly hardMoments: readonly HardMoment[];
}

/**
 * Answers revealed together wait for everyone asked, and a hard moment is repaired once everyone
 * it involves says so; someone leaving (or deleting their account, or being removed) can be the
 * last one they waited for. Those still there then hear it is ready,
 * as they would after a last answer, with no one named as having acted. "Together" needs two:
 * what is left to one person is not announced to them.
 */
export class RevealsAfterDeparture {
  constructor(
    private readonly rounds: CheckinsRepository,
    private readonly questions: QuestionsRepository,
    private readonly ruptures: RupturesRepository,
    private readonly guides: RepairGuidesRepository,
    private readonly updates: UpdatesService,
  ) {}

  /** What waits for this person's answer, in one circle or all of theirs (ask before they go). */
  async awaiting(userId: string, circleId?: string): Promise<AwaitedAnswers> {
    const [rounds, days, involving] = await Promise.all([
      this.rounds.awaitingAnswerFrom(userId, circleId),
      this.questions.awaitingAnswerFrom(userId, circleId),
      this.ruptures.involving(userId, circleId),
    ]);
    const hardMoments: HardMoment[] = [];
    for (const { circleId: circle, id } of involving) {
      const now = await this.hardMoment(circle, id);
      if (now) hardMoments.push(now);
    }
    return { rounds, days, hardMoments };
  }

  /** Whether a hard moment is repaired, and its guided repair revealed, right now. */
  private async hardMoment(circleId: string, id: string): Promise<HardMoment | undefined> {
    const standing = await this.ruptures.standing(circleId, id);
    if (!standing) return undefined;
    const finished = await this.guides.finishedBy(circleId, id);
    return {
      circleId,
      id,
      repaired: standing.repairedAt !== null,
      guideRevealed:
        finished.length > 0 && guideStatus(standing.involvedMemberIds, finished) === 'revealed',
    };
  }

  /** After they have gone: tells of each of those that waits for no one now. */
  async tell({ rounds, days, hardMoments }: AwaitedAnswers): Promise<void> {
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
    for (const before of hardMoments) {
      const standing = await this.ruptures.standing(before.circleId, before.id);
      const after = await this.hardMoment(before.circleId, before.id);
      if (!standing || !after || standing.involvedMemberIds.length < 2) continue;
      const happening = { circleId: before.circleId, actorMemberId: null, subjectId: before.id };
      if (!before.repaired && after.repaired) {
        await this.updates.tellMembers(
          { kind: 'rupture_repaired', ...happening },
          standing.involvedMemberIds,
        );
      }
      if (!before.guideRevealed && after.guideRevealed) {
        await this.updates.tellMembers(
          { kind: 'repair_guide_revealed', ...happening },
          standing.involvedMemberIds,
        );
      }
    }
  }
}
