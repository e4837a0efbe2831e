import { sql, type Kysely } from 'kysely';
import type { Database, UsersTable } from '../db/schema.ts';
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
    // SQL text rather than a built query: this runs for every signed-in request.
    const { rows } = await sql<Pick<UsersTable, 'id' | 'email' | 'name' | 'created_at'>>`
      select users.id, users.email, users.name, users.created_at
      from sessions inner join users on users.id = sessions.user_id
      where sessions.id = ${id} and sessions.expires_at > ${nowIso}`.execute(this.db);
    const row = rows[0];
    return row && { id: row.id, email: row.email, name: row.name, createdAt: row.created_at };
  }

  async delete(id: string): Promise<void> {
    await this.db.deleteFrom('sessions').where('id', '=', id).execute();
  }

  async deleteExpired(nowIso: string): Promise<void> {
    await this.db.deleteFrom('sessions').where('expires_at', '<=', nowIso).execute();
  }
}
