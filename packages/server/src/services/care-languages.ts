import { rankingProblem, type CareLanguage } from '@recipro/core';
import { toIso, type Clock } from '../clock.ts';
import { AppError } from '../errors.ts';
import type { CareLanguagesRepository } from '../repositories/care-languages.ts';
import type { UserRecord } from '../repositories/users.ts';

/** What each person values receiving, ranked. */
export class CareLanguagesService {
  constructor(
    private readonly languages: CareLanguagesRepository,
    private readonly clock: Clock,
  ) {}

  get(user: UserRecord): Promise<CareLanguage[]> {
    return this.languages.get(user.id);
  }

  async set(user: UserRecord, ranked: readonly string[]): Promise<CareLanguage[]> {
    const problem = rankingProblem(ranked);
    if (problem)
      throw new AppError('validation_failed', `The ranking cannot be saved: ${problem}.`, {
        details: [{ field: 'ranked' }],
      });
    await this.languages.set(user.id, ranked as CareLanguage[], toIso(this.clock.now()));
    return ranked as CareLanguage[];
  }
}
