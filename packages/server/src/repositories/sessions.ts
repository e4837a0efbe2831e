import { sql, type Kysely } from 'kysely';
import { noChangeStamp, type ChangeStamp } from '../db/change-stamp.ts';
import { KeptWhileUnchanged } from './kept-while-unchanged.ts';
import type { Database, SessionsTable } from '../db/schema.ts';
import { toUserRecord, type UserRecord, type UserRow } from './users.ts';
import { keyset, type PageSpec } from './paging.ts';

export interface SessionRecord {
  /** The hash of the session's token (the row's key); never shown to anyone. */
  readonly id: string;
  /** The id the person sees and ends a session by. */
  readonly publicId: string;
  readonly createdAt: string;
  readonly lastSeenAt: string;
  readonly userAgent: string | null;
}

/** A session's user and when the session was last seen, with the circle's version if asked. */
interface SessionUser {
  readonly user: UserRecord;
  readonly lastSeenAt: string;
  /** Asked with a circle: its version when the user is a member, else null. */
  readonly version?: number | null;
}

/**
 * Server-side sessions. Rows are keyed by a hash of the cookie token, never the token. The
 * lookups every request makes are kept while the database is unchanged (`changes`), each with
 * its session's expiry, so a repeated read costs no statement.
 */
export class SessionsRepository {
  /** Found sessions by `${id}` or `${id}\n${circleId}`, each with when it expires. */
  readonly unchanged: KeptWhileUnchanged<{ found: SessionUser; expiresAt: string }>;

  constructor(
    private readonly db: Kysely<Database>,
    changes: ChangeStamp = noChangeStamp,
  ) {
    this.unchanged = new KeptWhileUnchanged(changes);
  }

  async create(session: {
    id: string;
    publicId: string;
    userId: string;
    createdAt: string;
    expiresAt: string;
    userAgent: string | null;
  }): Promise<void> {
    await this.db
      .insertInto('sessions')
      .values({
        id: session.id,
        public_id: session.publicId,
        user_id: session.userId,
        created_at: session.createdAt,
        expires_at: session.expiresAt,
        last_seen_at: session.createdAt,
        user_agent: session.userAgent,
      })
      .execute();
  }

  /** The user of an unexpired session and when the session was last seen, or undefined. */
  async findUser(
    id: string,
    nowIso: string,
  ): Promise<{ user: UserRecord; lastSeenAt: string } | undefined> {
    return this.keptOrRead(id, nowIso, async () => {
      // SQL text rather than a built query: this runs for every signed-in request.
      const { rows } = await sql<UserRow & Pick<SessionsTable, 'last_seen_at' | 'expires_at'>>`
        select users.id, users.email, users.name, users.created_at, users.email_confirmed,
          users.pending_email, users.first_run, users.locale, sessions.last_seen_at,
          sessions.expires_at
        from sessions inner join users on users.id = sessions.user_id
        where sessions.id = ${id} and sessions.expires_at > ${nowIso}`.execute(this.db);
      const row = rows[0];
      return (
        row && {
          found: { user: toUserRecord(row), lastSeenAt: row.last_seen_at },
          expiresAt: row.expires_at,
        }
      );
    });
  }

  /** What `read` finds, or found before while nothing was committed and it had not expired. */
  private async keptOrRead(
    key: string,
    nowIso: string,
    read: () => Promise<{ found: SessionUser; expiresAt: string } | undefined>,
  ): Promise<SessionUser | undefined> {
    const stamp = this.unchanged.stamp();
    const kept = this.unchanged.get(key, stamp, ({ expiresAt }) => nowIso < expiresAt);
    if (kept) return kept.found;
    const fresh = await read();
    if (fresh) this.unchanged.set(key, stamp, fresh);
    return fresh?.found;
  }

  /**
   * `findUser` and, in the same statement, the circle's version when that user is a member of
   * it (null when not): the one query a repeated read of a circle's views needs.
   */
  async findUserInCircle(
    id: string,
    nowIso: string,
    circleId: string,
  ): Promise<SessionUser | undefined> {
    return this.keptOrRead(`${id}\n${circleId}`, nowIso, async () => {
      // SQL text rather than a built query: every repeated dashboard read asks this.
      const { rows } = await sql<
        UserRow &
          Pick<SessionsTable, 'last_seen_at' | 'expires_at'> & { version: number | string | null }
      >`
        select users.id, users.email, users.name, users.created_at, users.email_confirmed,
          users.pending_email, users.first_run, users.locale, sessions.last_seen_at,
          sessions.expires_at, circles.version
        from sessions inner join users on users.id = sessions.user_id
        left join members on members.circle_id = ${circleId} and members.user_id = users.id
          and members.left_at is null
        left join circles on circles.id = members.circle_id
        where sessions.id = ${id} and sessions.expires_at > ${nowIso}`.execute(this.db);
      const row = rows[0];
      return (
        row && {
          found: {
            user: toUserRecord(row),
            lastSeenAt: row.last_seen_at,
            version: row.version === null ? null : Number(row.version),
          },
          expiresAt: row.expires_at,
        }
      );
    });
  }

  /** Records that a session was used, unless that was already recorded after `staleBeforeIso`. */
  async touch(id: string, nowIso: string, staleBeforeIso: string): Promise<void> {
    await sql`update sessions set last_seen_at = ${nowIso}
      where id = ${id} and last_seen_at < ${staleBeforeIso}`.execute(this.db);
  }

  /** One page of a user's unexpired sessions, the most recently begun first. */
  async pageForUser(userId: string, nowIso: string, page: PageSpec): Promise<SessionRecord[]> {
    const query = this.db
      .selectFrom('sessions')
      .select(['id', 'public_id', 'created_at', 'last_seen_at', 'user_agent'])
      .where('user_id', '=', userId)
      .where('expires_at', '>', nowIso);
    const rows = await keyset(query, 'created_at', 'public_id', 'desc', page).execute();
    return rows.map((r) => ({
      id: r.id,
      publicId: r.public_id,
      createdAt: r.created_at,
      lastSeenAt: r.last_seen_at,
      userAgent: r.user_agent,
    }));
  }

  /** A user's unexpired sessions, the most recently used first. */
  async forUser(userId: string, nowIso: string): Promise<SessionRecord[]> {
    const rows = await this.db
      .selectFrom('sessions')
      .select(['id', 'public_id', 'created_at', 'last_seen_at', 'user_agent'])
      .where('user_id', '=', userId)
      .where('expires_at', '>', nowIso)
      .orderBy('last_seen_at', 'desc')
      .orderBy('created_at', 'desc')
      .execute();
    return rows.map((r) => ({
      id: r.id,
      publicId: r.public_id,
      createdAt: r.created_at,
      lastSeenAt: r.last_seen_at,
      userAgent: r.user_agent,
    }));
  }

  /** Ends one of the user's own sessions by its public id; false when they have no such session. */
  async deleteByPublicId(userId: string, publicId: string): Promise<boolean> {
    const result = await this.db
      .deleteFrom('sessions')
      .where('user_id', '=', userId)
      .where('public_id', '=', publicId)
      .executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }

  /** Ends every session of the user except `keepId`. */
  async deleteOthers(userId: string, keepId: string): Promise<void> {
    await this.db
      .deleteFrom('sessions')
      .where('user_id', '=', userId)
      .where('id', '!=', keepId)
      .execute();
  }

  async delete(id: string): Promise<void> {
    await this.db.deleteFrom('sessions').where('id', '=', id).execute();
  }

  async deleteExpired(nowIso: string): Promise<void> {
    await this.db.deleteFrom('sessions').where('expires_at', '<=', nowIso).execute();
  }
}
