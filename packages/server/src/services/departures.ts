import { toIso, type Clock } from '../clock.ts';
import { verifyAgainstNothing, verifyPassword } from '../auth/passwords.ts';
import { keeperMayRemove } from '@recipro/core';
import { AppError, notFound } from '../errors.ts';
import { VALUES_INSTRUMENT, type CheckinsRepository } from '../repositories/checkins.ts';
import type { CirclesRepository } from '../repositories/circles.ts';
import type { DepartureOutcome, DeparturesRepository } from '../repositories/departures.ts';
import type { UserRecord } from '../repositories/users.ts';
import { onlyKeeper, type CirclesService } from './circles.ts';
import { CHECKIN_KINDS, VALUES_KINDS } from './round-updates.ts';
import type { UpdatesService } from './updates.ts';

/** Open rounds that waited for someone's answer when they left. */
type WaitingRounds = Awaited<ReturnType<CheckinsRepository['awaitingAnswerFrom']>>;

/**
 * Leaving a circle and deleting an account, by one rule (see DeparturesRepository): what the
 * person wrote goes, the acts stay with "a former member", an emptied circle goes.
 */
export class DeparturesService {
  constructor(
    private readonly departures: DeparturesRepository,
    private readonly circleRows: CirclesRepository,
    private readonly circles: CirclesService,
    private readonly updates: UpdatesService,
    private readonly rounds: CheckinsRepository,
    private readonly clock: Clock,
  ) {}

  async leave(user: UserRecord, circleId: string): Promise<DepartureOutcome> {
    const scope = await this.circles.scope(user, circleId);
    const awaited = await this.rounds.awaitingAnswerFrom(user.id, circleId);
    const outcome = await this.departures.leave(scope, toIso(this.clock.now()));
    await this.tellNowReady(awaited);
    return outcome;
  }

  /**
   * A round that waited only for the person who left is ready now: those in it hear so, as they
   * would have after a last answer (no one is named as having acted).
   */
  private async tellNowReady(awaited: WaitingRounds): Promise<void> {
    for (const round of awaited) {
      const participants = await this.rounds.participantsAfterDeparture(round.circleId, round.id);
      // "Together" needs two: a round left to one person is not announced to them.
      if (participants.length < 2 || participants.some((p) => !p.answered)) continue;
      const kinds = round.instrument === VALUES_INSTRUMENT ? VALUES_KINDS : CHECKIN_KINDS;
      await this.updates.tellMembers(
        { kind: kinds.ready, circleId: round.circleId, actorMemberId: null, subjectId: round.id },
        participants.map((p) => p.memberId),
      );
    }
  }

  /**
   * Removes someone from a circle. A request to join is turned down by any member; a member is
   * removed by the keeper, by the same rule as leaving, and never in a couple (each of two
   * people can leave; neither removes the other).
   */
  async remove(user: UserRecord, circleId: string, memberId: string): Promise<void> {
    const scope = await this.circles.scope(user, circleId);
    if (await this.circles.decline(user, circleId, memberId)) return;
    const circle = await this.circles.getScoped(scope);
    if (memberId === scope.memberId) {
      throw new AppError('validation_failed', 'To leave the circle yourself, use leave.', {
        details: [{ field: 'memberId', message: 'is you' }],
      });
    }
    const target = await this.circleRows.otherMember(scope, memberId);
    if (!target) throw notFound('That member');
    if (!keeperMayRemove(circle.kind)) {
      throw new AppError(
        'forbidden',
        'In a couple nobody removes the other; each of you can leave the circle.',
      );
    }
    if (circle.keeperMemberId !== scope.memberId) throw onlyKeeper('remove someone');
    const awaited = await this.rounds.awaitingAnswerFrom(target.userId, circleId);
    await this.departures.leave(target, toIso(this.clock.now()));
    await this.tellNowReady(awaited);
    // The person removed is told (leaving took what they had been told about the circle).
    await this.updates.tellUser(
      {
        kind: 'removed_from_circle',
        circleId,
        actorMemberId: scope.memberId,
        subjectId: memberId,
      },
      target.userId,
    );
  }

  /** Deletes the account after checking its password; every session ends with it. */
  async deleteAccount(user: UserRecord, password: string): Promise<void> {
    const hash = await this.departures.passwordHash(user.id);
    if (hash === undefined) await verifyAgainstNothing(password);
    if (hash === undefined || !(await verifyPassword(hash, password))) {
      throw new AppError('forbidden', 'That password is not right, so nothing was deleted.', {
        details: [{ field: 'password', message: 'does not match this account' }],
      });
    }
    const awaited = await this.rounds.awaitingAnswerFrom(user.id);
    await this.departures.deleteAccount(user.id, toIso(this.clock.now()));
    await this.tellNowReady(awaited);
  }
}
