import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';

/** Keys the server makes once and keeps (e.g. the VAPID key pair for web push). */
export class ServerKeysRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /**
   * The value stored under `name`, creating it with `make()` the first time. Safe when several
   * processes start at once: the first insert wins and everyone reads the winner.
   */
  async getOrCreate(name: string, make: () => string, at: string): Promise<string> {
    const existing = await this.db
      .selectFrom('server_keys')
      .select('value')
      .where('name', '=', name)
      .executeTakeFirst();
    if (existing) return existing.value;
    await this.db
      .insertInto('server_keys')
      .values({ name, value: make(), created_at: at })
      .onConflict((oc) => oc.column('name').doNothing())
      .execute();
    const row = await this.db
      .selectFrom('server_keys')
      .select('value')
      .where('name', '=', name)
      .executeTakeFirstOrThrow();
    return row.value;
  }
}
