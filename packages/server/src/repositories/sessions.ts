import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { UserRecord } from './users.ts';

/** Server-side sessions. Rows are keyed by a hash of the cookie token, never the token. */
export class SessionsRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async create(session: {
    id: string;
    userId: string;
    createdAt: string;
    expiresAt: string;
  }): Promise<void> {
    await this.db
      .insertInto('sessions')
      .values({
        id: session.id,
        user_id: session.userId,
        created_at: session.createdAt,
        expires_at: session.expiresAt,
      })
      .execute();
  }

  /** The user of an unexpired session, or undefined. */
  async findUser(id: string, nowIso: string): Promise<UserRecord | undefined> {
    const row = await this.db
      .selectFrom('sessions')
      .innerJoin('users', 'users.id', 'sessions.user_id')
      .select(['users.id', 'users.email', 'users.name', 'users.created_at'])
      .where('sessions.id', '=', id)
      .where('sessions.expires_at', '>', nowIso)
      .executeTakeFirst();
    return row && { id: row.id, email: row.email, name: row.name, createdAt: row.created_at };
  }

  async delete(id: string): Promise<void> {
    await this.db.deleteFrom('sessions').where('id', '=', id).execute();
  }

  async deleteExpired(nowIso: string): Promise<void> {
    await this.db.deleteFrom('sessions').where('expires_at', '<=', nowIso).execute();
  }
}
