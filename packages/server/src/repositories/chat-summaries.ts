import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { MemberScope } from './membership.ts';
import { keyset, type PageSpec } from './paging.ts';

export interface ChatSummaryRecord<S> {
  readonly id: string;
  readonly circleId: string;
  readonly memberId: string;
  readonly summary: S;
  readonly createdAt: string;
}

/** Chat summary numbers saved to a circle; every member of the circle may read them. */
export class ChatSummariesRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async create<S>(
    scope: MemberScope,
    input: { id: string; summary: S; createdAt: string },
  ): Promise<ChatSummaryRecord<S>> {
    await this.db
      .insertInto('chat_summaries')
      .values({
        id: input.id,
        circle_id: scope.circleId,
        member_id: scope.memberId,
        summary: JSON.stringify(input.summary),
        created_at: input.createdAt,
      })
      .execute();
    return {
      id: input.id,
      circleId: scope.circleId,
      memberId: scope.memberId,
      summary: input.summary,
      createdAt: input.createdAt,
    };
  }

  /** Deletes a summary the scope member saved; false when they did not save it. */
  async deleteMine(scope: MemberScope, id: string): Promise<boolean> {
    const result = await this.db
      .deleteFrom('chat_summaries')
      .where('circle_id', '=', scope.circleId)
      .where('member_id', '=', scope.memberId)
      .where('id', '=', id)
      .executeTakeFirst();
    return Number(result.numDeletedRows) === 1;
  }

  /** Who saved a summary in the scope's circle, or undefined when there is no such summary. */
  async savedBy(scope: MemberScope, id: string): Promise<string | undefined> {
    const row = await this.db
      .selectFrom('chat_summaries')
      .select('member_id')
      .where('circle_id', '=', scope.circleId)
      .where('id', '=', id)
      .executeTakeFirst();
    return row?.member_id;
  }

  /** Newest first. */
  async list<S>(scope: MemberScope, page?: PageSpec): Promise<ChatSummaryRecord<S>[]> {
    const query = this.db
      .selectFrom('chat_summaries')
      .selectAll()
      .where('circle_id', '=', scope.circleId);
    const rows = await keyset(query, 'created_at', 'id', 'desc', page).execute();
    return rows.map((r) => ({
      id: r.id,
      circleId: r.circle_id,
      memberId: r.member_id,
      summary: JSON.parse(r.summary) as S,
      createdAt: r.created_at,
    }));
  }
}
