import type { UpdateKind } from '@recipro/core';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';

/** A person's channels for one kind of update. */
export interface UpdateChoice {
  readonly kind: UpdateKind;
  readonly push: boolean;
  readonly email: boolean;
}

/** What each person chose per kind of update; a kind without a row has its default. */
export class UpdateChoicesRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** The choices people made, by user, then by kind (kinds they left alone are absent). */
  async forUsers(userIds: readonly string[]): Promise<Map<string, Map<UpdateKind, UpdateChoice>>> {
    const out = new Map<string, Map<UpdateKind, UpdateChoice>>();
    if (userIds.length === 0) return out;
    const rows = await this.db
      .selectFrom('update_choices')
      .select(['user_id', 'kind', 'push', 'email'])
      .where('user_id', 'in', [...new Set(userIds)])
      .execute();
    for (const r of rows) {
      const kind = r.kind as UpdateKind;
      let theirs = out.get(r.user_id);
      if (!theirs) out.set(r.user_id, (theirs = new Map()));
      theirs.set(kind, { kind, push: Number(r.push) === 1, email: Number(r.email) === 1 });
    }
    return out;
  }

  /** Saves these choices (one per kind), in one transaction; other kinds stay as they were. */
  async save(userId: string, choices: readonly UpdateChoice[], at: string): Promise<void> {
    if (choices.length === 0) return;
    await this.db.transaction().execute(async (tx) => {
      for (const c of choices) {
        const values = { push: c.push ? 1 : 0, email: c.email ? 1 : 0, updated_at: at };
        await tx
          .insertInto('update_choices')
          .values({ user_id: userId, kind: c.kind, ...values })
          .onConflict((oc) => oc.columns(['user_id', 'kind']).doUpdateSet(values))
          .execute();
      }
    });
  }
}
