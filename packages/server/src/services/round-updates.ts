import { othersConcerned } from '@recipro/core';
import type { CheckinsRepository } from '../repositories/checkins.ts';
import type { MemberScope } from '../repositories/membership.ts';
import type { UpdatesService } from './updates.ts';

/** The update kinds of a round answered alone and revealed together. */
export interface RoundKinds {
  readonly opened: 'checkin_opened' | 'values_opened';
  readonly waiting: 'checkin_waiting' | 'values_waiting';
  readonly ready: 'checkin_ready' | 'values_ready';
}

export const CHECKIN_KINDS: RoundKinds = {
  opened: 'checkin_opened',
  waiting: 'checkin_waiting',
  ready: 'checkin_ready',
};
export const VALUES_KINDS: RoundKinds = {
  opened: 'values_opened',
  waiting: 'values_waiting',
  ready: 'values_ready',
};

/** Everyone else in the circle hears that a round was opened (members who join later never do). */
export async function tellOpened(
  updates: UpdatesService,
  kinds: RoundKinds,
  scope: MemberScope,
  roundId: string,
): Promise<void> {
  await updates.tellCircleExcept(
    {
      kind: kinds.opened,
      circleId: scope.circleId,
      actorMemberId: scope.memberId,
      subjectId: roundId,
    },
    [scope.memberId],
  );
}

/**
 * After an answer: when everyone taking part has answered, they all hear it is ready to look
 * at together; otherwise those who have not answered hear that it waits for them (once while
 * unread). Nobody hears anything of anyone's answers.
 */
export async function tellAfterAnswer(
  updates: UpdatesService,
  rounds: CheckinsRepository,
  kinds: RoundKinds,
  scope: MemberScope,
  roundId: string,
): Promise<void> {
  const participants = await rounds.participants(scope, roundId);
  const happening = { circleId: scope.circleId, actorMemberId: scope.memberId, subjectId: roundId };
  const waiting = participants.filter((p) => !p.answered).map((p) => p.memberId);
  if (waiting.length === 0) {
    await updates.tellMembers(
      { kind: kinds.ready, ...happening },
      othersConcerned(
        participants.map((p) => p.memberId),
        scope.memberId,
      ),
    );
  } else {
    await updates.tellMembers({ kind: kinds.waiting, ...happening }, waiting, {
      unlessUnread: true,
    });
  }
}
