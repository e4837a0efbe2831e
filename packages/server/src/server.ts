import type { Config } from './config.ts';
import { systemClock, type Clock } from './clock.ts';
import { openDatabase, type Db } from './db/database.ts';
import { migrateToLatest } from './db/migrate.ts';
import { buildApp } from './http/app.ts';
import type { App, Services } from './http/types.ts';
import { ActsRepository } from './repositories/acts.ts';
import { CirclesRepository } from './repositories/circles.ts';
import { InvitationsRepository } from './repositories/invitations.ts';
import { SessionsRepository } from './repositories/sessions.ts';
import { UsersRepository } from './repositories/users.ts';
import { ActsService } from './services/acts.ts';
import { AuthService } from './services/auth.ts';
import { CirclesService } from './services/circles.ts';
import { CheckinsRepository } from './repositories/checkins.ts';
import { NeedsRepository } from './repositories/needs.ts';
import { ReflectionsRepository } from './repositories/reflections.ts';
import { RupturesRepository } from './repositories/ruptures.ts';
import { CheckinsService } from './services/checkins.ts';
import { NeedsService } from './services/needs.ts';
import { ReflectionsService } from './services/reflections.ts';
import { RupturesService } from './services/ruptures.ts';
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

export interface Recipro {
  readonly app: App;
  readonly database: Db;
  readonly services: Services;
  /** Stops accepting requests, finishes those in flight, closes the database. */
  close(): Promise<void>;
}

/** Wires repositories into services over an open database. */
export function createServices(database: Db, config: Config, clock: Clock): Services {
  const { db } = database;
  const circlesRepository = new CirclesRepository(db);
  const checkinsRepository = new CheckinsRepository(db);
  const actsRepository = new ActsRepository(db);
  const rupturesRepository = new RupturesRepository(db);
  const seasonsRepository = new SeasonsRepository(db);
  const careLanguagesRepository = new CareLanguagesRepository(db);
  const circles = new CirclesService(circlesRepository, new InvitationsRepository(db), clock);
  return {
    auth: new AuthService(
      new UsersRepository(db),
      new SessionsRepository(db),
      clock,
      config.sessionDays,
    ),
    circles,
    acts: new ActsService(actsRepository, circlesRepository, circles, clock),
    checkins: new CheckinsService(checkinsRepository, circles, clock),
    values: new ValuesService(checkinsRepository, circles, clock),
    reflections: new ReflectionsService(new ReflectionsRepository(db), circles, clock),
    needs: new NeedsService(new NeedsRepository(db), circles, clock),
    ruptures: new RupturesService(rupturesRepository, circlesRepository, circles, clock),
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
    seasons: new SeasonsService(seasonsRepository, circlesRepository, circles, clock),
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
      clock,
    ),
  };
}

/** Opens the database, brings it to the newest schema, and builds the app (not yet listening). */
export async function createRecipro(
  config: Config,
  options: { clock?: Clock } = {},
): Promise<Recipro> {
  const database = await openDatabase(config.database);
  try {
    await migrateToLatest(database.db);
    const services = createServices(database, config, options.clock ?? systemClock);
    const app = await buildApp({ config, services, dialect: database.dialect });
    return {
      app,
      database,
      services,
      close: async () => {
        await app.close();
        await database.close();
      },
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}

/** Starts recipro and listens; resolves with the address it is reachable at. */
export async function startRecipro(
  config: Config,
  options: { clock?: Clock } = {},
): Promise<Recipro & { url: string }> {
  const recipro = await createRecipro(config, options);
  await recipro.app.listen({ host: config.host, port: config.port });
  const address = recipro.app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  return { ...recipro, url: `http://${host.includes(':') ? `[${host}]` : host}:${port}` };
}
