import { AT_ONCE_KIND, type UpdateKind } from '@recipro/core';
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
  /** The update this row tells of, and its kind; null for ritual and test reminders. */
  readonly updateId: string | null;
  readonly updateKind: UpdateKind | null;
  /** Where a tap or the email's link leads in the app; null for the circle's home. */
  readonly url: string | null;
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
  /** For a row about an update: the update, its kind and its place in the app. */
  readonly update?: { readonly id: string; readonly kind: UpdateKind; readonly url: string };
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
  updateId: r.update_id,
  updateKind: r.update_kind as UpdateKind | null,
  url: r.url,
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
          update_id: r.update?.id ?? null,
          update_kind: r.update?.kind ?? null,
          batch_id: null,
          url: r.update?.url ?? null,
        })
        .onConflict((oc) => oc.column('occurrence_key').doNothing())
        .executeTakeFirst();
      added += Number(result.numInsertedOrUpdatedRows ?? 0);
    }
    return added;
  }

  /**
   * Claims up to `limit` due reminders for `lockMs`; each claim counts as an attempt. Pushes
   * about updates are not among them: `claimUpdatePushes` takes those a person at a time.
   */
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
          .where((w) => w.or([w('update_kind', 'is', null), w('channel', '=', 'email')]))
          .orderBy('next_attempt_at')
          .limit(limit);
        return this.dialect === 'postgres' ? due.forUpdate().skipLocked() : due;
      })
      .returningAll()
      .execute();
    return rows.map(toReminder);
  }

  /** People who have a push about an update due now (and not claimed by a process). */
  async peopleWithDueUpdatePushes(nowIso: string, limit: number): Promise<string[]> {
    const rows = await this.db
      .selectFrom('reminders')
      .select('user_id')
      .distinct()
      .where('update_kind', 'is not', null)
      .where('channel', '=', 'push')
      .where('status', '=', 'pending')
      .where('next_attempt_at', '<=', nowIso)
      .where((w) => w.or([w('locked_until', 'is', null), w('locked_until', '<=', nowIso)]))
      .limit(limit)
      .execute();
    return rows.map((r) => r.user_id);
  }

  /**
   * Claims a person's pending pushes about updates that are due by `untilIso` (a little after
   * now, so a burst still gathering goes with them), oldest first; each claim counts as an
   * attempt. Rows another process holds are skipped.
   */
  async claimUpdatePushes(
    userId: string,
    nowIso: string,
    untilIso: string,
    lockUntilIso: string,
  ): Promise<Reminder[]> {
    const rows = await this.db
      .updateTable('reminders')
      .set((eb) => ({ locked_until: lockUntilIso, attempts: eb('attempts', '+', 1) }))
      .where('id', 'in', (eb) => {
        const due = eb
          .selectFrom('reminders')
          .select('id')
          .where('user_id', '=', userId)
          .where('update_kind', 'is not', null)
          .where('channel', '=', 'push')
          .where('status', '=', 'pending')
          .where('next_attempt_at', '<=', untilIso)
          .where((w) => w.or([w('locked_until', 'is', null), w('locked_until', '<=', nowIso)]));
        return this.dialect === 'postgres' ? due.forUpdate().skipLocked() : due;
      })
      .returningAll()
      .execute();
    return rows
      .map(toReminder)
      .sort((x, y) => x.dueAt.localeCompare(y.dueAt) || x.id.localeCompare(y.id));
  }

  /**
   * Puts claimed rows back to wait until `untilIso` (quiet hours, or the day's pushes used):
   * not an attempt, so the claim's count is taken back.
   */
  async hold(ids: readonly string[], untilIso: string): Promise<void> {
    if (ids.length === 0) return;
    await this.db
      .updateTable('reminders')
      .set((eb) => ({
        next_attempt_at: untilIso,
        locked_until: null,
        attempts: eb('attempts', '-', 1),
      }))
      .where('id', 'in', [...ids])
      .where('status', '=', 'pending')
      .execute();
  }

  /** Records that one push carried these rows (one update, or a bundle of several). */
  async markSentTogether(ids: readonly string[], batchId: string, atIso: string): Promise<void> {
    if (ids.length === 0) return;
    await this.db
      .updateTable('reminders')
      .set({
        status: 'sent',
        sent_at: atIso,
        locked_until: null,
        last_error: null,
        batch_id: batchId,
      })
      .where('id', 'in', [...ids])
      .execute();
  }

  /**
   * How many pushes about updates a person was sent since `sinceIso`, "let's reset" aside
   * (a bundle counts once).
   */
  async updatePushesSentSince(userId: string, sinceIso: string): Promise<number> {
    const row = await this.db
      .selectFrom('reminders')
      .select((eb) => eb.fn.count<number | string>('batch_id').distinct().as('n'))
      .where('user_id', '=', userId)
      .where('update_kind', 'is not', null)
      .where('update_kind', '!=', AT_ONCE_KIND)
      .where('channel', '=', 'push')
      .where('status', '=', 'sent')
      .where('sent_at', '>=', sinceIso)
      .executeTakeFirstOrThrow();
    return Number(row.n);
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
