import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/schema.ts';

export type TokenPurpose = 'password_reset' | 'email_confirmation';

export interface NewAuthToken {
  /** SHA-256 of the token; the token itself is never stored. */
  readonly tokenHash: string;
  readonly userId: string;
  readonly purpose: TokenPurpose;
  /** The address the token is sent to, or null (a reset link printed by the CLI). */
  readonly email: string | null;
  readonly createdAt: string;
  readonly expiresAt: string;
}

/**
 * Single-use tokens for password resets and email confirmations, found by their hash. A token
 * is used by deleting it inside the transaction that does what it allows, so it works once.
 */
export class AuthTokensRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async create(token: NewAuthToken): Promise<void> {
    await this.db
      .insertInto('auth_tokens')
      .values({
        token_hash: token.tokenHash,
        user_id: token.userId,
        purpose: token.purpose,
        email: token.email,
        created_at: token.createdAt,
        expires_at: token.expiresAt,
      })
      .execute();
  }

  async deleteExpired(nowIso: string): Promise<void> {
    await this.db.deleteFrom('auth_tokens').where('expires_at', '<=', nowIso).execute();
  }

  /** Takes (deletes) an unexpired token of this purpose; undefined when there is none. */
  static async take(
    tx: Transaction<Database>,
    tokenHash: string,
    purpose: TokenPurpose,
    nowIso: string,
  ): Promise<{ userId: string; email: string | null } | undefined> {
    const row = await tx
      .deleteFrom('auth_tokens')
      .where('token_hash', '=', tokenHash)
      .where('purpose', '=', purpose)
      .where('expires_at', '>', nowIso)
      .returning(['user_id', 'email'])
      .executeTakeFirst();
    return row && { userId: row.user_id, email: row.email };
  }

  /** Voids every token of one purpose that a user still has out. */
  static async deleteForUser(
    tx: Transaction<Database>,
    userId: string,
    purpose: TokenPurpose,
  ): Promise<void> {
    await tx
      .deleteFrom('auth_tokens')
      .where('user_id', '=', userId)
      .where('purpose', '=', purpose)
      .execute();
  }
}
