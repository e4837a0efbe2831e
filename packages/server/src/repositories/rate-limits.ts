import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';

/**
 * Attempt counters in the database, so every server process on one database counts together.
 * A key's window starts at its first attempt; an attempt after the window has passed starts a
 * new one. One upsert per attempt.
 */
export class RateLimitsRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /**
   * Counts one attempt for `key` and returns the count in its window (this attempt included)
   * and when the window started. A window that started at or before `windowStartedBeforeIso`
   * has passed and is replaced by one starting now.
   */
  async hit(
    key: string,
    nowIso: string,
    windowStartedBeforeIso: string,
  ): Promise<{ count: number; windowStart: string }> {
    const { rows } = await sql<{ count: number | string; window_start: string }>`
      insert into rate_limits ("key", window_start, "count") values (${key}, ${nowIso}, 1)
      on conflict ("key") do update set
        "count" = case when rate_limits.window_start > ${windowStartedBeforeIso}
          then rate_limits."count" + 1 else 1 end,
        window_start = case when rate_limits.window_start > ${windowStartedBeforeIso}
          then rate_limits.window_start else ${nowIso} end
      returning "count", window_start`.execute(this.db);
    const row = rows[0];
    if (!row) throw new Error('the rate-limit upsert returned no row');
    return { count: Number(row.count), windowStart: row.window_start };
  }

  /** Drops counters whose window started at or before `beforeIso`. */
  async deleteStartedBefore(beforeIso: string): Promise<void> {
    await this.db.deleteFrom('rate_limits').where('window_start', '<=', beforeIso).execute();
  }
}
