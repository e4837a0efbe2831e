import { toIso, type Clock } from '../clock.ts';
import { verifyAgainstNothing, verifyPassword } from '../auth/passwords.ts';
import { AppError } from '../errors.ts';
import type { DepartureOutcome, DeparturesRepository } from '../repositories/departures.ts';
import type { UserRecord } from '../repositories/users.ts';
import type { CirclesService } from './circles.ts';

/**
 * Leaving a circle and deleting an account, by one rule (see DeparturesRepository): what the
 * person wrote goes, the acts stay with "a former member", an emptied circle goes.
 */
export class DeparturesService {
  constructor(
    private readonly departures: DeparturesRepository,
    private readonly circles: CirclesService,
    private readonly clock: Clock,
  ) {}

  async leave(user: UserRecord, circleId: string): Promise<DepartureOutcome> {
    const scope = await this.circles.scope(user, circleId);
    return this.departures.leave(scope, toIso(this.clock.now()));
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
    await this.departures.deleteAccount(user.id, toIso(this.clock.now()));
  }
}
