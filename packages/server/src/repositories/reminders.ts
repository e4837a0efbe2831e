import type { Kysely, Selectable, Transaction } from 'kysely';
import type { Dialect } from '../db/database.ts';
import type { Database, RemindersTable } from '../db/schema.ts';
import type { MemberScope } from './membership.ts';

export type ReminderChannel = 'email' | 'push';

export interface Reminder {
  readonly id: string;
  readonly userId: string;
  readonly circleId: string | null;
  readonly ritualId: string | null;
  readonly channel: ReminderChannel;
  readonly title: string;
  readonly body: string;
  readonly dueAt: string;
  readonly attempts: number;
}

export interface NewReminder {
  readonly id: string;
  readonly userId: string;
  readonly circleId: string | null;
  readonly ritualId: string | null;
  readonly channel: ReminderChannel;
  /** Identifies one reminder of one occurrence for one person on one channel: planning twice adds nothing. */
  readonly occurrenceKey: string;
  readonly title: string;
  readonly body: string;
  readonly dueAt: string;
  readonly createdAt: string;
}

const toReminder = (r: Selectable<RemindersTable>): Reminder => ({
  id: r.id,
  userId: r.user_id,
  circleId: r.circle_id,
  ritualId: r.ritual_id,
  channel: r.channel as ReminderChannel,
  title: r.title,
  body: r.body,
  dueAt: r.due_at,
  attempts: Number(r.attempts),
});

/**
 * The reminder outbox. Several server processes may share it: a reminder is created once per
 * occurrence key, and claimed by one process at a time (PostgreSQL: FOR UPDATE SKIP LOCKED; SQLite
 * has one writer, so the claiming UPDATE is already exclusive). A claim expires, so a reminder
 * claimed by a process that died is sent by another later.
 */
export class RemindersRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: Dialect,
  ) {}

  /**
   * Drops the reminders of a ritual that are still waiting to be sent (not those sent or given
   * up on), inside the transaction that changes or stops the ritual: the next planning puts
   * back the ones the ritual's schedule still has. Returns how many were dropped.
   */
  static async cancelPendingForRitual(
    tx: Transaction<Database>,
    scope: MemberScope,
    ritualId: string,
  ): Promise<number> {
    const result = await tx
      .deleteFrom('reminders')
      .where('circle_id', '=', scope.circleId)
      .where('ritual_id', '=', ritualId)
      .where('status', '=', 'pending')
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  }

  /** Adds reminders; ones whose occurrence key exists are skipped. Returns how many were new. */
  async enqueue(reminders: readonly NewReminder[]): Promise<number> {
    let added = 0;
    for (const r of reminders) {
      const result = await this.db
        .insertInto('reminders')
        .values({
          id: r.id,
          user_id: r.userId,
          circle_id: r.circleId,
          ritual_id: r.ritualId,
          channel: r.channel,
          occurrence_key: r.occurrenceKey,
          title: r.title,
          body: r.body,
          due_at: r.dueAt,
          status: 'pending',
          attempts: 0,
          next_attempt_at: r.dueAt,
          locked_until: null,
          sent_at: null,
          last_error: null,
          created_at: r.createdAt,
        })
        .onConflict((oc) => oc.column('occurrence_key').doNothing())
        .executeTakeFirst();
      added += Number(result.numInsertedOrUpdatedRows ?? 0);
    }
    return added;
  }

  /** Claims up to `limit` due reminders for `lockMs`; each claim counts as an attempt. */
  async claim(nowIso: string, lockUntilIso: string, limit: number): Promise<Reminder[]> {
    const rows = await this.db
      .updateTable('reminders')
      .set((eb) => ({ locked_until: lockUntilIso, attempts: eb('attempts', '+', 1) }))
      .where('id', 'in', (eb) => {
        const due = eb
          .selectFrom('reminders')
          .select('id')
          .where('status', '=', 'pending')
          .where('next_attempt_at', '<=', nowIso)
          .where((w) => w.or([w('locked_until', 'is', null), w('locked_until', '<=', nowIso)]))
          .orderBy('next_attempt_at')
          .limit(limit);
        return this.dialect === 'postgres' ? due.forUpdate().skipLocked() : due;
      })
      .returningAll()
      .execute();
    return rows.map(toReminder);
  }

  async markSent(id: string, atIso: string): Promise<void> {
    await this.db
      .updateTable('reminders')
      .set({ status: 'sent', sent_at: atIso, locked_until: null, last_error: null })
      .where('id', '=', id)
      .execute();
  }

  /** Records a failed attempt: retried at `retryAtIso`, or given up on when `retryAtIso` is null. */
  async markFailed(id: string, error: string, retryAtIso: string | null): Promise<void> {
    await this.db
      .updateTable('reminders')
      .set({
        status: retryAtIso === null ? 'failed' : 'pending',
        next_attempt_at: retryAtIso ?? undefined,
        locked_until: null,
        last_error: error.slice(0, 500),
      })
      .where('id', '=', id)
      .execute();
  }

  /** For tests and the settings page: a user's reminders, newest first. */
  async forUser(
    userId: string,
  ): Promise<(Reminder & { status: string; lastError: string | null })[]> {
    const rows = await this.db
      .selectFrom('reminders')
      .selectAll()
      .where('user_id', '=', userId)
      .orderBy('created_at', 'desc')
      .execute();
    return rows.map((r) => ({ ...toReminder(r), status: r.status, lastError: r.last_error }));
  }
}
