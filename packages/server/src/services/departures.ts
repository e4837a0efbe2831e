import { toIso, type Clock } from '../clock.ts';
import { verifyAgainstNothing, verifyPassword } from '../auth/passwords.ts';
import { keeperMayRemove } from '@recipro/core';
import { AppError, notFound } from '../errors.ts';
import type { CirclesRepository } from '../repositories/circles.ts';
import type { DepartureOutcome, DeparturesRepository } from '../repositories/departures.ts';
import type { UserRecord } from '../repositories/users.ts';
import { onlyKeeper, type CirclesService } from './circles.ts';
import type { RevealsAfterDeparture } from './reveals-after-departure.ts';
import type { UpdatesService } from './updates.ts';

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
    private readonly reveals: RevealsAfterDeparture,
    private readonly clock: Clock,
  ) {}

  async leave(user: UserRecord, circleId: string): Promise<DepartureOutcome> {
    const scope = await this.circles.scope(user, circleId);
    const awaited = await this.reveals.awaiting(user.id, circleId);
    const outcome = await this.departures.leave(scope, toIso(this.clock.now()));
    await this.reveals.tell(awaited);
    return outcome;
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
    const awaited = await this.reveals.awaiting(target.userId, circleId);
    await this.departures.leave(target, toIso(this.clock.now()));
    await this.reveals.tell(awaited);
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
    const awaited = await this.reveals.awaiting(user.id);
    await this.departures.deleteAccount(user.id, toIso(this.clock.now()));
    await this.reveals.tell(awaited);
  }
}
