import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { MemberScope } from './membership.ts';
import { keyset, type PageSpec } from './paging.ts';

export interface ReflectionRecord {
  readonly id: string;
  readonly circleId: string;
  readonly promptId: string | null;
  readonly text: string;
  readonly createdAt: string;
}

/**
 * Private reflections. Every read is filtered by author = the scope's member, in SQL: there is
 * no method that returns another member's reflection, so no route can leak one.
 */
export class ReflectionsRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async create(
    scope: MemberScope,
    input: { id: string; promptId: string | null; text: string; createdAt: string },
  ): Promise<ReflectionRecord> {
    await this.db
      .insertInto('reflections')
      .values({
        id: input.id,
        circle_id: scope.circleId,
        author_member_id: scope.memberId,
        prompt_id: input.promptId,
        text: input.text,
        created_at: input.createdAt,
      })
      .execute();
    return {
      id: input.id,
      circleId: scope.circleId,
      promptId: input.promptId,
      text: input.text,
      createdAt: input.createdAt,
    };
  }

  private mine(scope: MemberScope) {
    return this.db
      .selectFrom('reflections')
      .select(['id', 'circle_id', 'prompt_id', 'text', 'created_at'])
      .where('circle_id', '=', scope.circleId)
      .where('author_member_id', '=', scope.memberId);
  }

  /** The scope member's own reflections, newest first. */
  async listMine(scope: MemberScope, page?: PageSpec): Promise<ReflectionRecord[]> {
    const rows = await keyset(this.mine(scope), 'created_at', 'id', 'desc', page).execute();
    return rows.map(toRecord);
  }

  /** Deletes one of the scope member's own reflections; false when there is none. */
  async deleteMine(scope: MemberScope, id: string): Promise<boolean> {
    const result = await this.db
      .deleteFrom('reflections')
      .where('circle_id', '=', scope.circleId)
      .where('author_member_id', '=', scope.memberId)
      .where('id', '=', id)
      .executeTakeFirst();
    return Number(result.numDeletedRows) === 1;
  }

  async findMine(scope: MemberScope, id: string): Promise<ReflectionRecord | undefined> {
    const row = await this.mine(scope).where('id', '=', id).executeTakeFirst();
    return row && toRecord(row);
  }
}

const toRecord = (r: {
  id: string;
  circle_id: string;
  prompt_id: string | null;
  text: string;
  created_at: string;
}): ReflectionRecord => ({
  id: r.id,
  circleId: r.circle_id,
  promptId: r.prompt_id,
  text: r.text,
  createdAt: r.created_at,
});
