import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';

/** A key someone claimed earlier: what it was claimed for and, once known, the answer. */
export interface ClaimedKey {
  readonly fingerprint: string;
  readonly createdAt: string;
  /** Null while the write runs, or when its process stopped before it could answer. */
  readonly answer: { readonly status: number; readonly body: string | null } | null;
}

/** Idempotency-Keys of writes other than logging an act (acts keep theirs in their own row). */
export class RequestKeysRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /**
   * Claims `key` for the person's request with `fingerprint`, first forgetting their keys made
   * before `forgetBeforeIso`. Undefined when the claim is new; else the earlier claim, untouched.
   */
  async claim(
    userId: string,
    key: string,
    fingerprint: string,
    nowIso: string,
    forgetBeforeIso: string,
  ): Promise<ClaimedKey | undefined> {
    return this.db.transaction().execute(async (tx) => {
      await tx
        .deleteFrom('request_keys')
        .where('user_id', '=', userId)
        .where('created_at', '<', forgetBeforeIso)
        .execute();
      const inserted = await tx
        .insertInto('request_keys')
        .values({ user_id: userId, key, fingerprint, created_at: nowIso, status: null, body: null })
        .onConflict((c) => c.columns(['user_id', 'key']).doNothing())
        .executeTakeFirst();
      if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 1) return undefined;
      const row = await tx
        .selectFrom('request_keys')
        .select(['fingerprint', 'created_at', 'status', 'body'])
        .where('user_id', '=', userId)
        .where('key', '=', key)
        .executeTakeFirstOrThrow();
      return {
        fingerprint: row.fingerprint,
        createdAt: row.created_at,
        answer: row.status === null ? null : { status: Number(row.status), body: row.body },
      };
    });
  }

  /** Keeps the answer the claimed request got. */
  async answer(userId: string, key: string, status: number, body: string | null): Promise<void> {
    await this.db
      .updateTable('request_keys')
      .set({ status, body })
      .where('user_id', '=', userId)
      .where('key', '=', key)
      .execute();
  }

  /** Forgets the person's kept answers whose body names any of `ids` (UUIDs). */
  async forgetNaming(userId: string, ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.db
      .deleteFrom('request_keys')
      .where('user_id', '=', userId)
      .where((eb) => eb.or(ids.map((id) => eb('body', 'like', `%${id}%`))))
      .execute();
  }

  /** Gives a key back (its request changed nothing), so the same request may be made again. */
  async release(userId: string, key: string): Promise<void> {
    await this.db
      .deleteFrom('request_keys')
      .where('user_id', '=', userId)
      .where('key', '=', key)
      .where('status', 'is', null)
      .execute();
  }
}
