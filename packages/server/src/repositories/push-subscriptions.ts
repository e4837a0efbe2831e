import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';

export interface PushSubscription {
  readonly endpoint: string;
  readonly keys: { readonly p256dh: string; readonly auth: string };
}

/** Web-push subscriptions, each belonging to one user. */
export class PushSubscriptionsRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /**
   * Saves a subscription for a user. Returns false when the endpoint belongs to another user:
   * a subscription is never moved between people.
   */
  async save(userId: string, subscription: PushSubscription, at: string): Promise<boolean> {
    const owner = await this.db
      .selectFrom('push_subscriptions')
      .select('user_id')
      .where('endpoint', '=', subscription.endpoint)
      .executeTakeFirst();
    if (owner && owner.user_id !== userId) return false;
    await this.db
      .insertInto('push_subscriptions')
      .values({
        endpoint: subscription.endpoint,
        user_id: userId,
        p256dh: subscription.keys.p256dh,
        auth: subscription.keys.auth,
        created_at: at,
      })
      .onConflict((oc) =>
        oc
          .column('endpoint')
          .doUpdateSet({ p256dh: subscription.keys.p256dh, auth: subscription.keys.auth })
          .where('push_subscriptions.user_id', '=', userId),
      )
      .execute();
    return true;
  }

  async remove(userId: string, endpoint: string): Promise<void> {
    await this.db
      .deleteFrom('push_subscriptions')
      .where('user_id', '=', userId)
      .where('endpoint', '=', endpoint)
      .execute();
  }

  /** Which of these users have at least one push subscription. */
  async usersWithAny(userIds: readonly string[]): Promise<Set<string>> {
    if (userIds.length === 0) return new Set();
    const rows = await this.db
      .selectFrom('push_subscriptions')
      .select('user_id')
      .distinct()
      .where('user_id', 'in', [...new Set(userIds)])
      .execute();
    return new Set(rows.map((r) => r.user_id));
  }

  async forUser(userId: string): Promise<(PushSubscription & { createdAt: string })[]> {
    const rows = await this.db
      .selectFrom('push_subscriptions')
      .selectAll()
      .where('user_id', '=', userId)
      .execute();
    return rows.map((r) => ({
      endpoint: r.endpoint,
      keys: { p256dh: r.p256dh, auth: r.auth },
      createdAt: r.created_at,
    }));
  }

  /** Forgets an endpoint the push service says is gone. */
  async forget(endpoint: string): Promise<void> {
    await this.db.deleteFrom('push_subscriptions').where('endpoint', '=', endpoint).execute();
  }
}
