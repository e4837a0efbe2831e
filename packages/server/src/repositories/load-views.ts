import type { ResponsibilityArea } from '@recipro/core';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { MemberScope } from './membership.ts';

export interface LoadView {
  readonly memberId: string;
  /** 0–100, or null when not said. */
  readonly perceivedShare: number | null;
  readonly prefers: ResponsibilityArea[];
  readonly cannot: ResponsibilityArea[];
}

/** Each member's own view of the load: what they think they carry, what they prefer or cannot take on. */
export class LoadViewsRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async list(scope: MemberScope): Promise<LoadView[]> {
    const rows = await this.db
      .selectFrom('load_views')
      .selectAll()
      .where('circle_id', '=', scope.circleId)
      .execute();
    return rows.map((r) => ({
      memberId: r.member_id,
      perceivedShare: r.perceived_share === null ? null : Number(r.perceived_share),
      prefers: JSON.parse(r.prefers) as ResponsibilityArea[],
      cannot: JSON.parse(r.cannot) as ResponsibilityArea[],
    }));
  }

  /** Sets the scope member's own view. */
  async set(scope: MemberScope, view: Omit<LoadView, 'memberId'>, at: string): Promise<void> {
    const values = {
      perceived_share: view.perceivedShare,
      prefers: JSON.stringify(view.prefers),
      cannot: JSON.stringify(view.cannot),
      updated_at: at,
    };
    await this.db
      .insertInto('load_views')
      .values({ circle_id: scope.circleId, member_id: scope.memberId, ...values })
      .onConflict((oc) => oc.columns(['circle_id', 'member_id']).doUpdateSet(values))
      .execute();
  }
}
