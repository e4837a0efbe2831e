import type { CareLanguage } from '@recipro/core';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { MemberScope } from './membership.ts';

/** Each person's ranked care languages (a person's own, shared by all their circles). */
export class CareLanguagesRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async get(userId: string): Promise<CareLanguage[]> {
    const row = await this.db
      .selectFrom('user_care_languages')
      .select('ranked')
      .where('user_id', '=', userId)
      .executeTakeFirst();
    return row ? (JSON.parse(row.ranked) as CareLanguage[]) : [];
  }

  async set(userId: string, ranked: readonly CareLanguage[], updatedAt: string): Promise<void> {
    const ranking = JSON.stringify(ranked);
    await this.db
      .insertInto('user_care_languages')
      .values({ user_id: userId, ranked: ranking, updated_at: updatedAt })
      .onConflict((oc) =>
        oc.column('user_id').doUpdateSet({ ranked: ranking, updated_at: updatedAt }),
      )
      .execute();
  }

  /** Member id → ranked languages, for the members of one circle (read through membership). */
  async forCircle(scope: MemberScope): Promise<Record<string, CareLanguage[]>> {
    const rows = await this.db
      .selectFrom('members')
      .innerJoin('user_care_languages as l', 'l.user_id', 'members.user_id')
      .select(['members.id as member_id', 'l.ranked'])
      .where('members.circle_id', '=', scope.circleId)
      .execute();
    return Object.fromEntries(
      rows.map((r) => [r.member_id, JSON.parse(r.ranked) as CareLanguage[]]),
    );
  }
}
