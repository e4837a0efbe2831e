import { randomUUID } from 'node:crypto';
import {
  DAILY_UPDATE_PUSHES,
  isTimeZone,
  quietHoursProblem,
  UPDATE_KINDS,
  type Locale,
} from '@recipro/core';
import { newToken } from '../auth/tokens.ts';
import { toIso, type Clock } from '../clock.ts';
import { AppError } from '../errors.ts';
import { wordsFor } from '../i18n/index.ts';
import type {
  NotificationSettings,
  NotificationSettingsRepository,
} from '../repositories/notification-settings.ts';
import type {
  PushSubscription,
  PushSubscriptionsRepository,
} from '../repositories/push-subscriptions.ts';
import type { RemindersRepository } from '../repositories/reminders.ts';
import type { RitualsRepository } from '../repositories/rituals.ts';
import type { UpdateChoice, UpdateChoicesRepository } from '../repositories/update-choices.ts';
import { defaultChoice } from '../notify/update-delivery.ts';
import type { UserRecord } from '../repositories/users.ts';
import { icsCalendar } from '../notify/ics.ts';
import type { VapidKeys } from '../notify/push.ts';
import { PushTargetRefused, type PushTargets } from '../notify/push-target.ts';
import type { ReminderScheduler } from '../notify/scheduler.ts';
import { occurrencesBetween } from '../rituals/schedule.ts';
import type { RateLimiter } from './rate-limits.ts';

const DAY = 86_400_000;
/** How far ahead the calendar feed lists occurrences. */
const FEED_DAYS = 120;
/** The most events one calendar feed lists (the soonest), so a feed's size stays bounded. */
export const FEED_MAX_EVENTS = 1000;
/** The window in which a person's test reminders are counted. */
const TEST_WINDOW_MS = 10 * 60_000;

export interface SettingsView {
  readonly email: boolean;
  readonly push: boolean;
  readonly quietHours: { from: string; to: string } | null;
  readonly timezone: string;
  /** Whether this server can send email at all (SMTP configured). */
  readonly emailAvailable: boolean;
  /** Every kind of update with its channels: the person's choice, or the kind's default. */
  readonly updates: UpdateChoice[];
  /** The most pushes about updates a day ("let's reset" aside). */
  readonly updatePushesPerDay: number;
}

/** What a test reminder did on each channel. */
export interface TestReminderResult {
  /** `sending` to `devices` devices, or why nothing goes by push. */
  readonly push: {
    readonly status: 'sending' | 'no_device' | 'not_chosen';
    readonly devices: number;
  };
  /** `sending` to the confirmed address, or why nothing goes by email. */
  readonly email: { readonly status: 'sending' | 'unconfirmed' | 'not_configured' | 'not_chosen' };
}

/** Reminder settings, test reminders, push subscriptions, the calendar feed and unsubscribing. */
export class NotificationsService {
  constructor(
    private readonly repositories: {
      settings: NotificationSettingsRepository;
      subscriptions: PushSubscriptionsRepository;
      reminders: RemindersRepository;
      rituals: RitualsRepository;
      choices: UpdateChoicesRepository;
    },
    private readonly scheduler: ReminderScheduler,
    private readonly vapid: () => Promise<VapidKeys>,
    private readonly emailAvailable: boolean,
    private readonly clock: Clock,
    private readonly guards: {
      /** Which push endpoints may be saved. */
      readonly pushTargets: PushTargets;
      /** Counts test reminders per person. */
      readonly limiter: RateLimiter;
      /** Test reminders one person may ask for in ten minutes. */
      readonly testReminderLimit: number;
    },
  ) {}

  /** The public half of the server's VAPID key pair, for the browser's push subscription. */
  async vapidPublicKey(): Promise<string> {
    return (await this.vapid()).publicKey;
  }

  private async settingsOf(user: UserRecord): Promise<NotificationSettings> {
    return this.repositories.settings.getOrCreate(
      user.id,
      {
        email: this.emailAvailable,
        push: true,
        quietHours: null,
        timezone: 'UTC',
        unsubscribeToken: newToken(),
        calendarToken: null,
      },
      toIso(this.clock.now()),
    );
  }

  private async view(user: UserRecord, s: NotificationSettings): Promise<SettingsView> {
    const chosen = (await this.repositories.choices.forUsers([user.id])).get(user.id);
    return {
      email: s.email && this.emailAvailable,
      push: s.push,
      quietHours: s.quietHours,
      timezone: s.timezone,
      emailAvailable: this.emailAvailable,
      updates: UPDATE_KINDS.map((kind) => chosen?.get(kind) ?? defaultChoice(kind)),
      updatePushesPerDay: DAILY_UPDATE_PUSHES,
    };
  }

  async get(user: UserRecord): Promise<SettingsView> {
    return this.view(user, await this.settingsOf(user));
  }

  async update(
    user: UserRecord,
    input: {
      email: boolean;
      push: boolean;
      quietHours?: { from: string; to: string } | null;
      timezone?: string;
      /** Channels for some kinds of update, each kind at most once. */
      updates?: readonly UpdateChoice[];
    },
  ): Promise<SettingsView> {
    const current = await this.settingsOf(user);
    if (input.email && !this.emailAvailable) {
      throw invalid(
        'email',
        'Email is not set up on this server, so email reminders cannot be turned on.',
      );
    }
    const timezone = input.timezone ?? current.timezone;
    if (!isTimeZone(timezone))
      throw invalid(
        'timezone',
        `"${timezone}" is not a time zone this server knows, e.g. Asia/Kolkata.`,
      );
    const quietHours = input.quietHours === undefined ? current.quietHours : input.quietHours;
    const problem = quietHours ? quietHoursProblem(quietHours) : null;
    if (problem) throw invalid('quietHours', `These quiet hours cannot be used: ${problem}.`);
    const choices = input.updates ?? [];
    const twice = choices.find((c, i) => choices.findIndex((o) => o.kind === c.kind) !== i);
    if (twice) throw invalid('updates', `"${twice.kind}" is chosen more than once.`);
    if (!this.emailAvailable && choices.some((c) => c.email)) {
      throw invalid(
        'updates',
        'Email is not set up on this server, so updates cannot be sent by email.',
      );
    }
    const at = toIso(this.clock.now());
    await this.repositories.settings.update(
      user.id,
      { email: input.email, push: input.push, quietHours, timezone },
      at,
    );
    await this.repositories.choices.save(
      user.id,
      choices.map(({ kind, push, email }) => ({ kind, push, email })),
      at,
    );
    return this.get(user);
  }

  /**
   * Queues a test reminder on every chosen channel that can carry it, starts sending without
   * waiting, and says per channel what happened: push goes to each device with a subscription
   * (none: nothing is queued), email to a confirmed address on a server that can send mail.
   * A person may ask for a few in ten minutes (each one makes the server send mail and push
   * messages); beyond that the answer is rate_limited and nothing is queued.
   */
  async test(user: UserRecord): Promise<TestReminderResult> {
    const { limiter, testReminderLimit } = this.guards;
    await limiter.check(`test-reminder:${user.id}`, {
      max: testReminderLimit,
      windowMs: TEST_WINDOW_MS,
      message: `You can send yourself ${testReminderLimit} test reminder${testReminderLimit === 1 ? '' : 's'} in 10 minutes. Please wait a few minutes and try again.`,
    });
    const s = await this.settingsOf(user);
    const devices = s.push ? (await this.repositories.subscriptions.forUser(user.id)).length : 0;
    const push: TestReminderResult['push'] = {
      status: !s.push ? 'not_chosen' : devices === 0 ? 'no_device' : 'sending',
      devices,
    };
    const email: TestReminderResult['email'] = {
      status: !this.emailAvailable
        ? 'not_configured'
        : !s.email
          ? 'not_chosen'
          : !user.emailConfirmed
            ? 'unconfirmed'
            : 'sending',
    };
    const channels = [
      ...(email.status === 'sending' ? (['email'] as const) : []),
      ...(push.status === 'sending' ? (['push'] as const) : []),
    ];
    const now = toIso(this.clock.now());
    // Written in the person's language now: it goes at once.
    const words = wordsFor(user.locale);
    await this.repositories.reminders.enqueue(
      channels.map((channel) => ({
        id: randomUUID(),
        userId: user.id,
        circleId: null,
        ritualId: null,
        channel,
        occurrenceKey: `test|${user.id}|${channel}|${randomUUID()}`,
        title: words.t('reminder.test.title'),
        body: words.t('reminder.test.body'),
        dueAt: now,
        createdAt: now,
      })),
    );
    if (channels.length > 0) void this.scheduler.tick();
    return { push, email };
  }

  /**
   * Saves a push subscription whose endpoint this server may send to: an https: address whose
   * host name resolves to public addresses only (see PushTargets).
   */
  async subscribe(user: UserRecord, subscription: PushSubscription): Promise<void> {
    try {
      await this.guards.pushTargets.check(subscription.endpoint);
    } catch (error) {
      if (error instanceof PushTargetRefused)
        throw invalid('endpoint', `This push endpoint cannot be used: ${error.message}.`);
      // A lookup that failed for now (no answer from DNS): worth trying again later.
      if (typeof (error as { code?: unknown }).code !== 'string') throw error;
      throw new AppError(
        'unavailable',
        'The push service’s address could not be looked up just now. Please try again.',
        { cause: error },
      );
    }
    if (
      !(await this.repositories.subscriptions.save(user.id, subscription, toIso(this.clock.now())))
    ) {
      throw new AppError('conflict', 'This push subscription belongs to someone else.');
    }
  }

  /** The caller's own push subscriptions, by address only (their keys stay on the server). */
  async pushSubscriptions(user: UserRecord): Promise<{ endpoint: string; createdAt: string }[]> {
    const subscriptions = await this.repositories.subscriptions.forUser(user.id);
    return subscriptions.map(({ endpoint, createdAt }) => ({ endpoint, createdAt }));
  }

  async unsubscribePush(user: UserRecord, endpoint: string): Promise<void> {
    await this.repositories.subscriptions.remove(user.id, endpoint);
  }

  /** The language to say the unsubscribe page in: its person's (English when not chosen or unknown). */
  async unsubscribeLocale(token: string): Promise<Locale | null> {
    return this.repositories.settings.localeByUnsubscribeToken(token);
  }

  /** One-click unsubscribe from reminder emails (no sign-in: the token is the proof). */
  async unsubscribeEmail(token: string): Promise<boolean> {
    return this.repositories.settings.unsubscribeEmail(token, toIso(this.clock.now()));
  }

  /** The secret address of the caller's calendar feed, made on first use. */
  async calendarToken(user: UserRecord): Promise<string> {
    const s = await this.settingsOf(user);
    if (s.calendarToken) return s.calendarToken;
    const token = newToken();
    await this.repositories.settings.setCalendarToken(user.id, token, toIso(this.clock.now()));
    return token;
  }

  /** Revokes the feed's address; the next request for it makes a new one. */
  async revokeCalendar(user: UserRecord): Promise<void> {
    await this.settingsOf(user);
    await this.repositories.settings.setCalendarToken(user.id, null, toIso(this.clock.now()));
  }

  /**
   * The iCalendar feed of a calendar token, or undefined when the token is unknown or revoked.
   * A feed is one person's, so its own words (its name, each event's description) are in their
   * language; each event's title is the ritual's own.
   */
  async calendar(token: string): Promise<string | undefined> {
    const owner = await this.repositories.settings.userByCalendarToken(token);
    if (!owner) return undefined;
    const { userId } = owner;
    const words = wordsFor(owner.locale);
    const now = this.clock.now();
    const rituals = await this.repositories.rituals.forUser(userId);
    const events = rituals
      .flatMap((r) =>
        occurrencesBetween(r, now - 7 * DAY, now + FEED_DAYS * DAY, FEED_MAX_EVENTS).map(
          (start) => ({
            uid: `${r.id}-${start}@recipro`,
            start,
            minutes: r.kind === 'appreciation' ? 2 : r.kind === 'nightly_checkin' ? 10 : 30,
            summary: r.title,
            description: words.t('calendar.description', { circle: r.circleName }),
          }),
        ),
      )
      .sort((x, y) => x.start - y.start)
      .slice(0, FEED_MAX_EVENTS);
    return icsCalendar(words.t('calendar.name'), events, now, words.locale);
  }
}

const invalid = (field: string, message: string) =>
  new AppError('validation_failed', message, { details: [{ field, message }] });
