import { AT_ONCE_KIND } from '@recipro/core';
import type { Config } from './config.ts';
import { systemClock, type Clock } from './clock.ts';
import { openDatabase, type Db } from './db/database.ts';
import { migrateToLatest } from './db/migrate.ts';
import { buildApp } from './http/app.ts';
import type { App, Services } from './http/types.ts';
import { ActsRepository } from './repositories/acts.ts';
import { CirclesRepository } from './repositories/circles.ts';
import { InvitationsRepository } from './repositories/invitations.ts';
import { JoinRequestsRepository } from './repositories/join-requests.ts';
import { SessionsRepository } from './repositories/sessions.ts';
import { UsersRepository } from './repositories/users.ts';
import { ActsService } from './services/acts.ts';
import { AuthService } from './services/auth.ts';
import { RequestKeysService } from './services/request-keys.ts';
import { RequestKeysRepository } from './repositories/request-keys.ts';
import { CirclesService } from './services/circles.ts';
import { CheckinsRepository } from './repositories/checkins.ts';
import { NeedsRepository } from './repositories/needs.ts';
import { ReflectionsRepository } from './repositories/reflections.ts';
import { RupturesRepository } from './repositories/ruptures.ts';
import { RepairGuidesRepository } from './repositories/repair-guides.ts';
import { CheckinsService } from './services/checkins.ts';
import { NeedsService } from './services/needs.ts';
import { ReflectionsService } from './services/reflections.ts';
import { RupturesService } from './services/ruptures.ts';
import { RepairGuidesService } from './services/repair-guides.ts';
import { ValuesService } from './services/values.ts';
import { ReviewService } from './services/review.ts';
import { AggregatesRepository } from './repositories/aggregates.ts';
import { CareLanguagesRepository } from './repositories/care-languages.ts';
import { SeasonsRepository } from './repositories/seasons.ts';
import { BalanceService } from './services/balance.ts';
import { CareLanguagesService } from './services/care-languages.ts';
import { SeasonsService } from './services/seasons.ts';
import { HandoversRepository } from './repositories/handovers.ts';
import { LoadViewsRepository } from './repositories/load-views.ts';
import { ResponsibilitiesRepository } from './repositories/responsibilities.ts';
import { LoadService } from './services/load.ts';

import { NotificationSettingsRepository } from './repositories/notification-settings.ts';
import { PushSubscriptionsRepository } from './repositories/push-subscriptions.ts';
import { RemindersRepository } from './repositories/reminders.ts';
import { RitualsRepository } from './repositories/rituals.ts';
import { ServerKeysRepository } from './repositories/server-keys.ts';
import { NotificationsService } from './services/notifications.ts';
import { RitualsService } from './services/rituals.ts';
import { smtpMailer } from './notify/mailer.ts';
import { PushSender, generateVapidKeys, type VapidKeys } from './notify/push.ts';
import { PushTargets } from './notify/push-target.ts';
import { ReminderScheduler } from './notify/scheduler.ts';
import { UpdateDelivery } from './notify/update-delivery.ts';
import { UpdateChoicesRepository } from './repositories/update-choices.ts';
import { toIso } from './clock.ts';
import { ChatSummariesRepository } from './repositories/chat-summaries.ts';
import { Writer } from './db/group-commit.ts';
import { CheckinSchedulesRepository } from './repositories/checkin-schedules.ts';
import { CheckinSchedulesService } from './services/checkin-schedules.ts';
import { ChatSummariesService } from './services/chat-summaries.ts';
import { DeparturesRepository } from './repositories/departures.ts';
import { RevealsAfterDeparture } from './services/reveals-after-departure.ts';
import { DeparturesService } from './services/departures.ts';
import { UpdatesRepository } from './repositories/updates.ts';
import { UpdatesService } from './services/updates.ts';
import { QuestionsRepository } from './repositories/questions.ts';
import { QuestionsService } from './services/questions.ts';
import { ReadinessService } from './services/readiness.ts';
import { ReadinessRepository } from './repositories/readiness.ts';
import { ExportService } from './services/export.ts';
import { AccountMail } from './notify/account-mail.ts';
import { AuthTokensRepository } from './repositories/auth-tokens.ts';
import { RateLimitsRepository } from './repositories/rate-limits.ts';
import { EmailConfirmations } from './services/email-confirmations.ts';
import { PasswordResetService } from './services/password-reset.ts';
import { ProfileService } from './services/profile.ts';
import { RateLimiter } from './services/rate-limits.ts';
import { SessionsService } from './services/sessions.ts';
import { ReportsRepository } from './repositories/reports.ts';
import { ReportsService } from './services/reports.ts';

export interface Recipro {
  readonly app: App;
  readonly database: Db;
  readonly services: Services;
  /** Plans and sends reminders; `startRecipro` runs it on an interval, tests call `tick()`. */
  readonly scheduler: ReminderScheduler;
  /** Stops the scheduler and accepting requests, finishes those in flight, closes the database. */
  close(): Promise<void>;
}

interface Wiring {
  readonly services: Services;
  readonly scheduler: ReminderScheduler;
  /** Waits for account emails still being sent, then closes the SMTP connection. */
  readonly closeMailer: () => Promise<void>;
}

/** How long a stop waits for requests in flight before it closes their connections. */
const CLOSE_GRACE_MS = 10_000;

/** Late-bound: the logger exists once the app is built, the services before. */
interface LogHolder {
  warn(obj: object, msg: string): void;
}

/** Wires repositories into services (and the reminder scheduler) over an open database. */
export function createServices(
  database: Db,
  config: Config,
  clock: Clock,
  options: { appUrl: () => string; log: LogHolder },
): Wiring {
  const { db } = database;
  const circlesRepository = new CirclesRepository(db);
  const checkinsRepository = new CheckinsRepository(db);
  const questionsRepository = new QuestionsRepository(db);
  const repairGuidesRepository = new RepairGuidesRepository(db);
  const actsRepository = new ActsRepository(db, new Writer(database));
  const rupturesRepository = new RupturesRepository(db);
  const seasonsRepository = new SeasonsRepository(db);
  const careLanguagesRepository = new CareLanguagesRepository(db);
  const ritualsRepository = new RitualsRepository(db);
  const settingsRepository = new NotificationSettingsRepository(db);
  const subscriptionsRepository = new PushSubscriptionsRepository(db);
  const remindersRepository = new RemindersRepository(db, database.dialect);
  const serverKeys = new ServerKeysRepository(db);
  const updatesRepository = new UpdatesRepository(db);
  const updateChoices = new UpdateChoicesRepository(db);
  // "Let's reset" is delivered at once: telling someone of it starts a scheduler tick.
  const updates = new UpdatesService(updatesRepository, clock, (kind) => {
    if (kind === AT_ONCE_KIND) scheduler.nudge();
  });
  const circles = new CirclesService(
    circlesRepository,
    new InvitationsRepository(db),
    new JoinRequestsRepository(db),
    updates,
    clock,
  );
  const usersRepository = new UsersRepository(db);
  const sessionsRepository = new SessionsRepository(db, database.changes);
  const authTokens = new AuthTokensRepository(db);
  const rateLimits = new RateLimiter(new RateLimitsRepository(db), clock);

  let vapid: Promise<VapidKeys> | undefined;
  const vapidKeys = () =>
    (vapid ??= serverKeys
      .getOrCreate('vapid', () => JSON.stringify(generateVapidKeys()), toIso(clock.now()))
      .then((value) => JSON.parse(value) as VapidKeys));
  const mailer = config.mail ? smtpMailer(config.mail.smtpUrl, config.mail.from) : null;
  const accountMail = new AccountMail(mailer, options.appUrl, options.log);
  const confirmations = new EmailConfirmations(authTokens, accountMail, clock);
  const pushTargets = new PushTargets({ allowPrivate: config.pushAllowPrivate });
  const checkinSchedules = new CheckinSchedulesService(
    new CheckinSchedulesRepository(db),
    circles,
    clock,
    updates,
  );
  const pushSender = async () =>
    new PushSender(await vapidKeys(), config.vapidSubject, pushTargets);
  const scheduler = new ReminderScheduler({
    rituals: ritualsRepository,
    settings: settingsRepository,
    reminders: remindersRepository,
    subscriptions: subscriptionsRepository,
    users: usersRepository,
    mailer,
    push: pushSender,
    clock,
    appUrl: options.appUrl,
    log: options.log,
    periodic: [() => checkinSchedules.openDue()],
    updates: new UpdateDelivery({
      updates: updatesRepository,
      choices: updateChoices,
      settings: settingsRepository,
      reminders: remindersRepository,
      subscriptions: subscriptionsRepository,
      users: usersRepository,
      emailAvailable: mailer !== null,
      push: pushSender,
      clock,
      log: options.log,
    }),
  });

  const reads: Omit<Services, 'exports' | 'readiness'> = {
    auth: new AuthService(
      usersRepository,
      sessionsRepository,
      confirmations,
      clock,
      config.sessionDays,
    ),
    sessions: new SessionsService(sessionsRepository, clock),
    requestKeys: new RequestKeysService(new RequestKeysRepository(db), clock),
    profile: new ProfileService(usersRepository, confirmations, rateLimits, clock),
    passwordReset: new PasswordResetService(
      { users: usersRepository, tokens: authTokens },
      rateLimits,
      accountMail,
      clock,
    ),
    rateLimits,
    circles,
    acts: new ActsService(actsRepository, circlesRepository, circles, updates, clock),
    checkins: new CheckinsService(checkinsRepository, circles, updates, clock),
    values: new ValuesService(checkinsRepository, circles, updates, clock),
    reflections: new ReflectionsService(new ReflectionsRepository(db), circles, clock),
    needs: new NeedsService(new NeedsRepository(db), circles, updates, clock),
    ruptures: new RupturesService(rupturesRepository, circlesRepository, circles, updates, clock),
    repairGuides: new RepairGuidesService(
      repairGuidesRepository,
      rupturesRepository,
      circles,
      updates,
      clock,
    ),
    review: new ReviewService(
      {
        acts: actsRepository,
        checkins: checkinsRepository,
        circles: circlesRepository,
        ruptures: rupturesRepository,
      },
      circles,
      clock,
    ),
    balance: new BalanceService(
      {
        aggregates: new AggregatesRepository(db),
        seasons: seasonsRepository,
        careLanguages: careLanguagesRepository,
      },
      circles,
      clock,
    ),
    seasons: new SeasonsService(seasonsRepository, circlesRepository, circles, updates, clock),
    careLanguages: new CareLanguagesService(careLanguagesRepository, clock),
    load: new LoadService(
      {
        responsibilities: new ResponsibilitiesRepository(db),
        handovers: new HandoversRepository(db),
        views: new LoadViewsRepository(db),
        seasons: seasonsRepository,
        circles: circlesRepository,
      },
      circles,
      updates,
      clock,
    ),
    rituals: new RitualsService(ritualsRepository, circlesRepository, circles, updates, clock),
    notifications: new NotificationsService(
      {
        settings: settingsRepository,
        subscriptions: subscriptionsRepository,
        reminders: remindersRepository,
        rituals: ritualsRepository,
        choices: updateChoices,
      },
      scheduler,
      vapidKeys,
      mailer !== null,
      clock,
      {
        pushTargets,
        limiter: rateLimits,
        testReminderLimit: config.testReminderLimit,
      },
    ),
    checkinSchedules,
    chatSummaries: new ChatSummariesService(new ChatSummariesRepository(db), circles, clock),
    departures: new DeparturesService(
      new DeparturesRepository(db),
      circlesRepository,
      circles,
      updates,
      new RevealsAfterDeparture(
        checkinsRepository,
        questionsRepository,
        rupturesRepository,
        repairGuidesRepository,
        updates,
      ),
      clock,
    ),
    updates,
    questions: new QuestionsService(questionsRepository, circles, updates, clock),
    reports: new ReportsService(
      {
        reports: new ReportsRepository(db),
        acts: actsRepository,
        checkins: checkinsRepository,
        ruptures: rupturesRepository,
        seasons: seasonsRepository,
        responsibilities: new ResponsibilitiesRepository(db),
        rituals: ritualsRepository,
      },
      circles,
      clock,
      mailer,
    ),
  };
  const services: Services = {
    ...reads,
    exports: new ExportService(reads, clock),
    readiness: new ReadinessService(new ReadinessRepository(db), database.dialect),
  };
  // VAPID keys are made on the first start and kept in the database.
  void vapidKeys().catch((error: unknown) =>
    options.log.warn({ err: error }, 'could not prepare web-push keys'),
  );
  return {
    services,
    scheduler,
    closeMailer: async () => {
      await accountMail.idle();
      mailer?.close();
    },
  };
}

/** Opens the database, brings it to the newest schema, and builds the app (not yet listening). */
export async function createRecipro(
  config: Config,
  options: { clock?: Clock } = {},
): Promise<Recipro> {
  const log: LogHolder = { warn: () => {} };
  const database = await openDatabase(config.database, {
    onConnectionLost: (error) =>
      log.warn({ err: error }, 'a database connection was lost; new ones are made as needed'),
  });
  try {
    await migrateToLatest(database.db);
    let listeningAt: string | null = null;
    const clock = options.clock ?? systemClock;
    const { services, scheduler, closeMailer } = createServices(database, config, clock, {
      appUrl: () => config.publicUrl ?? listeningAt ?? `http://${config.host}:${config.port}`,
      log,
    });
    const app = await buildApp({ config, services, dialect: database.dialect, clock });
    log.warn = (obj, msg) => app.log.warn(obj, msg);
    app.addHook('onListen', async () => {
      const address = app.server.address();
      if (typeof address === 'object' && address)
        listeningAt = `http://${hostForUrl(config.host)}:${address.port}`;
    });
    return {
      app,
      database,
      services,
      scheduler,
      close: async () => {
        // Behind a proxy: first say "not ready" and go on serving until the proxy has seen it,
        // so that it sends nothing to a connection about to close.
        if (config.stopDrainSeconds > 0) {
          services.readiness.drain();
          await new Promise((resolve) => setTimeout(resolve, config.stopDrainSeconds * 1000));
        }
        await scheduler.stop();
        // Requests in flight are answered; a client that holds a connection open past the
        // grace period without finishing its request is cut off, so a stop never hangs.
        const cutOff = setTimeout(() => app.server.closeAllConnections(), CLOSE_GRACE_MS);
        await app.close();
        clearTimeout(cutOff);
        await closeMailer();
        await database.close();
      },
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}

const hostForUrl = (host: string): string =>
  host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;

/** Starts recipro, its reminder scheduler, and listens; resolves with the address it is reachable at. */
export async function startRecipro(
  config: Config,
  options: { clock?: Clock } = {},
): Promise<Recipro & { url: string }> {
  const recipro = await createRecipro(config, options);
  await recipro.app.listen({ host: config.host, port: config.port });
  const address = recipro.app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  recipro.scheduler.start(config.reminderIntervalSeconds);
  return { ...recipro, url: `http://${hostForUrl(config.host)}:${port}` };
}
