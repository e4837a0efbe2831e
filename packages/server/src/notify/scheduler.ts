import { randomUUID } from 'node:crypto';
import { afterQuietHours } from '@recipro/core';
import { toIso, type Clock } from '../clock.ts';
import { wordsFor, type Words } from '../i18n/index.ts';
import type {
  NotificationSettings,
  NotificationSettingsRepository,
  Recipient,
} from '../repositories/notification-settings.ts';
import type { PushSubscriptionsRepository } from '../repositories/push-subscriptions.ts';
import type { NewReminder, Reminder, RemindersRepository } from '../repositories/reminders.ts';
import type { RitualsRepository } from '../repositories/rituals.ts';
import type { UsersRepository } from '../repositories/users.ts';
import { occurrencesBetween } from '../rituals/schedule.ts';
import type { Mailer } from './mailer.ts';
import { pushToDevices, type PushSender } from './push.ts';
import type { UpdateDelivery } from './update-delivery.ts';
import { updateEmail } from './update-messages.ts';

/** How far ahead reminders are planned (so a missed tick or two loses nothing). */
const PLAN_AHEAD_MS = 36 * 3_600_000;
/** How long a claimed reminder stays with the process that claimed it. */
export const CLAIM_MS = 2 * 60_000;
/** Waits before each retry; after the last, the reminder is given up on (and kept, marked failed). */
export const RETRY_DELAYS_MS = [60_000, 5 * 60_000, 30 * 60_000, 2 * 3_600_000] as const;

export interface SchedulerDeps {
  readonly rituals: RitualsRepository;
  readonly settings: NotificationSettingsRepository;
  readonly reminders: RemindersRepository;
  readonly subscriptions: PushSubscriptionsRepository;
  /** Email reminders go only to confirmed addresses. */
  readonly users: Pick<UsersRepository, 'withConfirmedEmail'>;
  readonly mailer: Mailer | null;
  readonly push: () => Promise<PushSender>;
  readonly clock: Clock;
  /** The address of the app, for links in reminders. */
  readonly appUrl: () => string;
  readonly log: { warn(obj: object, msg: string): void };
  /** Other periodic work run at the start of each tick (e.g. opening scheduled check-ins). */
  readonly periodic?: readonly (() => Promise<unknown>)[];
  /** Updates between members: planned into this outbox, their pushes sent a person at a time. */
  readonly updates?: UpdateDelivery;
}

/** A reminder that can never be sent as it is: given up on at once, not retried. */
class Undeliverable extends Error {}

/**
 * Plans reminders for rituals into the outbox and delivers due ones, by email and web push;
 * updates between members go through the same outbox (`updates`, see update-delivery.ts).
 * Email goes only to a confirmed address; push does not depend on it. Each goes in its person's
 * language as it is when sent (their account's locale, read with their address and settings).
 * Exactly once: planning is idempotent (one row per occurrence, person and channel), and a
 * reminder is claimed by one process before it is sent. A process that dies after sending but
 * before recording it may, after the claim expires, let another process send it again.
 */
export class ReminderScheduler {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  /** A nudge came while a tick was running: run one more after it. */
  private again = false;

  constructor(private readonly deps: SchedulerDeps) {}

  /** Plans, then delivers. Never throws: a failure is logged and the next tick tries again. */
  async tick(): Promise<void> {
    if (this.running) return this.running;
    this.running = (async () => {
      try {
        for (const job of this.deps.periodic ?? []) await job();
        await this.plan();
        await this.deps.updates?.plan();
        await this.deliver();
        await this.deps.updates?.deliverPushes();
      } catch (error) {
        this.deps.log.warn({ err: error }, 'reminder tick failed');
      } finally {
        this.running = null;
        if (this.again && this.timer) {
          this.again = false;
          void this.tick();
        }
      }
    })();
    return this.running;
  }

  /**
   * Asks for a tick now rather than at the next interval, because something should go at once
   * ("let's reset"). Does nothing when the scheduler is not running (started with an interval).
   */
  nudge(): void {
    if (!this.timer) return;
    if (this.running) this.again = true;
    else void this.tick();
  }

  start(intervalSeconds: number): void {
    if (intervalSeconds <= 0 || this.timer) return;
    this.timer = setInterval(() => void this.tick(), intervalSeconds * 1000);
    this.timer.unref();
    void this.tick();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }

  /** Puts every reminder due within the planning horizon into the outbox (idempotent). */
  async plan(): Promise<number> {
    const { rituals, settings, reminders, clock, mailer } = this.deps;
    const now = clock.now();
    const all = await rituals.allWithParticipants();
    const userIds = [...new Set(all.flatMap((r) => r.participants.map((p) => p.userId)))];
    const people = await settings.recipients(userIds);
    const confirmed = mailer ? await this.deps.users.withConfirmedEmail(userIds) : new Set();
    const planned: NewReminder[] = [];
    for (const ritual of all) {
      for (const at of occurrencesBetween(ritual, now, now + PLAN_AHEAD_MS)) {
        for (const { userId } of ritual.participants) {
          const s: Pick<NotificationSettings, 'email' | 'push' | 'quietHours' | 'timezone'> =
            people.get(userId)?.settings ?? {
              email: mailer !== null,
              push: true,
              quietHours: null,
              timezone: ritual.timezone,
            };
          const due = s.quietHours ? afterQuietHours(at, s.quietHours, s.timezone) : at;
          const channels = [
            ...(s.email && mailer && confirmed.has(userId) ? (['email'] as const) : []),
            ...(s.push ? (['push'] as const) : []),
          ];
          for (const channel of channels) {
            planned.push({
              id: randomUUID(),
              userId,
              circleId: ritual.circleId,
              ritualId: ritual.id,
              channel,
              occurrenceKey: `${ritual.id}|${userId}|${channel}|${toIso(at)}`,
              title: ritual.title,
              // The words around the title are said when it is sent (`wordsOf`).
              body: '',
              dueAt: toIso(due),
              createdAt: toIso(now),
            });
          }
        }
      }
    }
    return reminders.enqueue(planned);
  }

  /** Sends what is due, claiming a batch at a time. Returns how many were sent. */
  async deliver(): Promise<number> {
    let sent = 0;
    for (;;) {
      const now = this.deps.clock.now();
      const batch = await this.deps.reminders.claim(toIso(now), toIso(now + CLAIM_MS), 20);
      if (batch.length === 0) return sent;
      const people = await this.deps.settings.recipients([...new Set(batch.map((r) => r.userId))]);
      for (const reminder of batch)
        if (await this.send(reminder, people.get(reminder.userId))) sent += 1;
    }
  }

  private async send(reminder: Reminder, person: Recipient | undefined): Promise<boolean> {
    const { reminders, clock, log } = this.deps;
    try {
      await (reminder.channel === 'email'
        ? this.sendEmail(reminder, person)
        : this.sendPush(reminder, person));
      await reminders.markSent(reminder.id, toIso(clock.now()));
      return true;
    } catch (error) {
      const delay =
        error instanceof Undeliverable ? undefined : RETRY_DELAYS_MS[reminder.attempts - 1];
      const retryAt = delay === undefined ? null : toIso(clock.now() + delay);
      const message = error instanceof Error ? error.message : String(error);
      log.warn(
        { reminderId: reminder.id, channel: reminder.channel, attempt: reminder.attempts, retryAt },
        `reminder not sent: ${message}`,
      );
      await reminders.markFailed(reminder.id, message, retryAt);
      return false;
    }
  }

  private async sendEmail(reminder: Reminder, person: Recipient | undefined): Promise<void> {
    const { mailer } = this.deps;
    if (!mailer) throw new Error('email is not configured');
    if (!person?.settings) throw new Error('no notification settings for this person');
    const confirmed = await this.deps.users.withConfirmedEmail([reminder.userId]);
    if (!confirmed.has(reminder.userId))
      throw new Undeliverable('the email address is not confirmed');
    const { user } = person;
    const app = this.deps.appUrl();
    const unsubscribe = `${app}/api/unsubscribe/${person.settings.unsubscribeToken}`;
    if (reminder.updateKind !== null) {
      const message = await this.deps.updates?.message(reminder, user.locale);
      if (!message) throw new Undeliverable('the update is gone');
      await mailer.send(
        updateEmail({ to: user, message, app, url: reminder.url ?? '/', unsubscribe }),
      );
      return;
    }
    const words = wordsFor(user.locale);
    const { title, body } = wordsOf(reminder, words);
    await mailer.send({
      to: user.email,
      language: words.locale,
      subject: title,
      text:
        `${words.t('mail.hello', { name: user.name })}\n\n${body}\n\n` +
        `${words.t('reminder.email.open')} ${app}${placeOf(reminder)}\n\n` +
        `${words.t('reminder.email.stop')} ${unsubscribe}\n`,
      headers: {
        'List-Unsubscribe': `<${unsubscribe}>`,
        'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      },
    });
  }

  private async sendPush(reminder: Reminder, person: Recipient | undefined): Promise<void> {
    const url = reminder.url ?? placeOf(reminder);
    await pushToDevices(this.deps.subscriptions, this.deps.push, reminder.userId, {
      ...wordsOf(reminder, wordsFor(person?.user.locale ?? null)),
      url,
    });
  }
}

/**
 * A reminder's title and body in its person's language as it is when it goes: a ritual's title
 * is the circle's own, said within words of that language; a test reminder's words were written
 * in the person's language when they asked for it, a moment before.
 */
function wordsOf(reminder: Reminder, words: Words): { title: string; body: string } {
  if (reminder.ritualId === null) return { title: reminder.title, body: reminder.body };
  return {
    title: reminder.title,
    body: words.t('reminder.ritual.body', { title: reminder.title }),
  };
}

/**
 * Where a reminder without an address of its own opens: a ritual's guide (which records the
 * ritual as done when it ends), else its circle, else the home screen. The web's router has
 * the same addresses.
 */
function placeOf(reminder: Reminder): string {
  const { circleId, ritualId } = reminder;
  if (circleId && ritualId)
    return `/circles/${encodeURIComponent(circleId)}/rituals/${encodeURIComponent(ritualId)}`;
  return circleId ? `/circles/${encodeURIComponent(circleId)}` : '/';
}
