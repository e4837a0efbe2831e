import { randomUUID } from 'node:crypto';
import {
  firstSendAt,
  GATHER_MS,
  heldByQuietHours,
  nextMorning,
  planUpdatePushes,
  startOfLocalDay,
  type DeliveryChannel,
  type DeliveryClock,
  type Locale,
  type PushSend,
  type UpdateKind,
} from '@recipro/core';
import { toIso, type Clock } from '../clock.ts';
import type { NotificationSettingsRepository } from '../repositories/notification-settings.ts';
import type { PushSubscriptionsRepository } from '../repositories/push-subscriptions.ts';
import type { NewReminder, Reminder, RemindersRepository } from '../repositories/reminders.ts';
import type { UpdateChoice, UpdateChoicesRepository } from '../repositories/update-choices.ts';
import type { UpdatesRepository } from '../repositories/updates.ts';
import type { UsersRepository } from '../repositories/users.ts';
import { pushToDevices, type PushMessage, type PushSender } from './push.ts';
import { CLAIM_MS, RETRY_DELAYS_MS } from './scheduler.ts';
import {
  BUNDLE_URL,
  bundleMessage,
  UPDATE_DELIVERY,
  updateMessage,
  updateUrl,
  type UpdateMessage,
} from './update-messages.ts';

/** Updates planned in one go. */
const PLAN_BATCH = 200;
/** An update first seen by the scheduler this long after it was made is not sent (only shown). */
export const STALE_MS = 24 * 3_600_000;

export interface UpdateDeliveryDeps {
  readonly updates: Pick<UpdatesRepository, 'unplanned' | 'markPlanned' | 'circleNames' | 'byIds'>;
  readonly choices: Pick<UpdateChoicesRepository, 'forUsers'>;
  readonly settings: Pick<NotificationSettingsRepository, 'recipients'>;
  readonly reminders: RemindersRepository;
  readonly subscriptions: Pick<PushSubscriptionsRepository, 'usersWithAny' | 'forUser' | 'forget'>;
  /** Email goes only to confirmed addresses. */
  readonly users: Pick<UsersRepository, 'withConfirmedEmail'>;
  /** Whether this server can send email at all. */
  readonly emailAvailable: boolean;
  readonly push: () => Promise<PushSender>;
  readonly clock: Clock;
  readonly log: { warn(obj: object, msg: string): void };
}

/** A kind's channels when the person has not chosen. */
export const defaultChoice = (kind: UpdateKind): UpdateChoice => ({
  kind,
  push: UPDATE_DELIVERY[kind].push,
  email: UPDATE_DELIVERY[kind].email,
});

/**
 * Delivers updates between members by web push and email, through the reminder outbox.
 *
 * Planning (each tick): every update not yet planned becomes one outbox row per channel its
 * person wants for its kind — push when they have a device and push on, email when they chose
 * it and their address is confirmed — keyed by the update and channel, so planning twice (or in
 * two processes) adds nothing. The row is due when core's `firstSendAt` says (quiet hours hold
 * it). Then the update is marked planned.
 *
 * An outbox row keeps no words, not even a name: its message (`update-messages.ts`) is made
 * when it is sent, from the update as it is then and in the language the person has then, so
 * someone who has left is never named and what stays in the outbox says nothing of anyone.
 *
 * Email rows are sent by the scheduler like any reminder. Pushes go a person at a time: all of
 * their due pushes (and those still gathering) are claimed together and core's
 * `planUpdatePushes` decides what goes as one push, what is bundled and what waits for the
 * next morning; quiet hours are checked again at sending.
 */
export class UpdateDelivery {
  constructor(private readonly deps: UpdateDeliveryDeps) {}

  /** Puts the sends of new updates into the outbox. Returns how many rows were added. */
  async plan(): Promise<number> {
    const { updates, reminders, clock } = this.deps;
    let added = 0;
    for (;;) {
      const batch = await updates.unplanned(PLAN_BATCH);
      if (batch.length === 0) return added;
      const now = clock.now();
      const userIds = [...new Set(batch.map((u) => u.userId))];
      const [people, chosen, confirmed, withDevices] = await Promise.all([
        this.deps.settings.recipients(userIds),
        this.deps.choices.forUsers(userIds),
        this.deps.emailAvailable ? this.deps.users.withConfirmedEmail(userIds) : new Set(),
        this.deps.subscriptions.usersWithAny(userIds),
      ]);
      const rows: NewReminder[] = [];
      for (const update of batch) {
        const made = Date.parse(update.createdAt);
        if (now - made > STALE_MS) continue;
        const settings = people.get(update.userId)?.settings ?? undefined;
        const choice = chosen.get(update.userId)?.get(update.kind) ?? defaultChoice(update.kind);
        const channels: DeliveryChannel[] = [];
        if ((settings?.push ?? true) && choice.push && withDevices.has(update.userId))
          channels.push('push');
        if ((settings?.email ?? true) && choice.email && confirmed.has(update.userId))
          channels.push('email');
        if (channels.length === 0) continue;
        const person = clockOf(settings);
        const url = updateUrl(update.kind, update.circleId, update.subjectId);
        for (const channel of channels) {
          rows.push({
            id: randomUUID(),
            userId: update.userId,
            circleId: update.circleId,
            ritualId: null,
            channel,
            occurrenceKey: `update|${update.id}|${channel}`,
            title: '',
            body: '',
            dueAt: toIso(firstSendAt(update.kind, channel, made, person, now)),
            createdAt: toIso(now),
            update: { id: update.id, kind: update.kind, url },
          });
        }
      }
      added += await reminders.enqueue(rows);
      await updates.markPlanned(
        batch.map((u) => u.id),
        toIso(now),
      );
      if (batch.length < PLAN_BATCH) return added;
    }
  }

  /** Sends the pushes about updates that are due, a person at a time. Returns how many pushes. */
  async deliverPushes(): Promise<number> {
    let sent = 0;
    for (;;) {
      const now = this.deps.clock.now();
      const people = await this.deps.reminders.peopleWithDueUpdatePushes(toIso(now), 20);
      let claimed = false;
      for (const userId of people) {
        const result = await this.deliverTo(userId);
        claimed ||= result.claimed;
        sent += result.sent;
      }
      // Nobody's pushes could be claimed (another process holds them): done for this tick.
      if (!claimed) return sent;
    }
  }

  private async deliverTo(userId: string): Promise<{ claimed: boolean; sent: number }> {
    const { reminders, clock } = this.deps;
    const now = clock.now();
    const rows = await reminders.claimUpdatePushes(
      userId,
      toIso(now),
      toIso(now + GATHER_MS),
      toIso(now + CLAIM_MS),
    );
    if (rows.length === 0) return { claimed: false, sent: 0 };
    const recipient = (await this.deps.settings.recipients([userId])).get(userId);
    const settings = recipient?.settings ?? undefined;
    const locale = recipient?.user.locale ?? null;
    if (settings && !settings.push) {
      // Push was turned off after these were planned: they are not sent.
      for (const row of rows) await reminders.markFailed(row.id, 'push is turned off', null);
      return { claimed: true, sent: 0 };
    }
    const person = clockOf(settings);
    const quietUntil = heldByQuietHours(now, person);
    if (quietUntil !== null) {
      await reminders.hold(
        rows.map((r) => r.id),
        toIso(quietUntil),
      );
      return { claimed: true, sent: 0 };
    }
    const sentToday = await reminders.updatePushesSentSince(
      userId,
      toIso(startOfLocalDay(now, person.timezone)),
    );
    const byId = new Map(rows.map((r) => [r.id, r]));
    const plan = planUpdatePushes(
      rows.flatMap((r) =>
        r.updateKind && r.circleId ? [{ id: r.id, kind: r.updateKind, circleId: r.circleId }] : [],
      ),
      sentToday,
    );
    await reminders.hold(
      plan.held.map((p) => p.id),
      toIso(nextMorning(now, person)),
    );
    let sent = 0;
    for (const send of plan.sends) {
      const carried = (send.type === 'single' ? [send.item] : send.items).flatMap((p) => {
        const row = byId.get(p.id);
        return row ? [row] : [];
      });
      const message = await this.messageOf(send, carried, locale);
      if (!message) {
        for (const row of carried) await reminders.markFailed(row.id, 'the update is gone', null);
      } else if (await this.send(userId, carried, message)) sent += 1;
    }
    return { claimed: true, sent };
  }

  /** The push of one update or of a bundle, in `locale`; null when that one update is gone. */
  private async messageOf(
    send: PushSend,
    rows: readonly Reminder[],
    locale: Locale | null,
  ): Promise<PushMessage | null> {
    const [row] = rows;
    if (send.type === 'single') {
      const message = row && (await this.message(row, locale));
      return message ? { ...message, url: row.url ?? '/' } : null;
    }
    const names = await this.deps.updates.circleNames(send.circles.map((c) => c.circleId));
    return { ...bundleMessage(send.circles, names, locale), url: BUNDLE_URL };
  }

  /**
   * The words of the update a row tells of, as of now, in the recipient's language (`locale`,
   * null for English); null when the update is gone.
   */
  async message(row: Reminder, locale: Locale | null): Promise<UpdateMessage | null> {
    if (row.updateId === null) return null;
    const update = (await this.deps.updates.byIds([row.updateId])).get(row.updateId);
    return update ? updateMessage(update.kind, update, locale) : null;
  }

  /** One push carrying these rows; on failure each row waits for its own retry. */
  private async send(
    userId: string,
    rows: readonly Reminder[],
    message: PushMessage,
  ): Promise<boolean> {
    const { reminders, clock, log } = this.deps;
    try {
      await pushToDevices(this.deps.subscriptions, this.deps.push, userId, message);
      await reminders.markSentTogether(
        rows.map((r) => r.id),
        randomUUID(),
        toIso(clock.now()),
      );
      return true;
    } catch (error) {
      const text = error instanceof Error ? error.message : String(error);
      for (const row of rows) {
        const delay = RETRY_DELAYS_MS[row.attempts - 1];
        const retryAt = delay === undefined ? null : toIso(clock.now() + delay);
        log.warn(
          { reminderId: row.id, channel: 'push', attempt: row.attempts, retryAt },
          `update push not sent: ${text}`,
        );
        await reminders.markFailed(row.id, text, retryAt);
      }
      return false;
    }
  }
}

/** A person's quiet hours and time zone (none and UTC for someone who never chose). */
const clockOf = (
  settings: { quietHours: DeliveryClock['quietHours']; timezone: string } | undefined,
): DeliveryClock => ({
  quietHours: settings?.quietHours ?? null,
  timezone: settings?.timezone ?? 'UTC',
});
