import type { Dialect } from '../db/database.ts';
import { isDatabaseUnavailable } from '../db/unavailable.ts';
import { AppError } from '../errors.ts';
import type { ReadinessRepository } from '../repositories/readiness.ts';

export interface Ready {
  readonly status: 'ready';
  readonly database: Dialect;
  readonly migrations: { readonly known: number; readonly applied: number };
}

/**
 * Readiness, for a proxy or an orchestrator: this process can serve requests — its database
 * answers and has every migration this build knows. (Health, `/api/health`, is only whether the
 * process answers at all.)
 */
export class ReadinessService {
  private stopping = false;

  constructor(
    private readonly repository: ReadinessRepository,
    private readonly dialect: Dialect,
  ) {}

  /** From now on this process says it is not ready: it is about to stop (it still serves). */
  drain(): void {
    this.stopping = true;
  }

  async ready(): Promise<Ready> {
    if (this.stopping) throw new AppError('unavailable', 'This process is stopping.');
    try {
      await this.repository.ping();
    } catch (error) {
      if (!isDatabaseUnavailable(error)) throw error;
      throw new AppError('unavailable', 'The database is not answering.', { cause: error });
    }
    const { known, applied, pending } = await this.repository.migrations();
    if (pending > 0) {
      throw new AppError(
        'unavailable',
        `The database is ${pending} migration(s) behind this recipro: run \`recipro migrate\`.`,
      );
    }
    return { status: 'ready', database: this.dialect, migrations: { known, applied } };
  }
}
