import type { Locale } from '@recipro/core';
import { parseConfig, type Config, type ConfigOverrides } from '../../src/config.ts';
import { startRecipro, type Recipro } from '../../src/server.ts';
import type { Clock } from '../../src/clock.ts';
import type { Reply } from '../../../web/src/api/typed.ts';
import { Client } from './client.ts';
import type { TestDatabase } from './databases.ts';
import { startSmtpSink, type SmtpSink } from './smtp-sink.ts';

/**
 * A clock tests can move. Starts at the real time so ISO strings look ordinary, and ticks one
 * millisecond per reading, as a real clock moves between two requests.
 */
export class TestClock implements Clock {
  constructor(public t = Date.now()) {}
  now(): number {
    this.t += 1;
    return this.t;
  }
  advance(ms: number): void {
    this.t += ms;
  }
}

export interface TestServer {
  readonly url: string;
  readonly recipro: Recipro;
  readonly clock: TestClock;
  readonly config: Config;
  /** A new client with its own cookie jar (a new "browser"). */
  client(): Client;
  /**
   * A client that has signed up as a fresh user; `name` becomes its member name, and `locale`,
   * when given, the account's language (as the web sends the one it speaks).
   */
  signUp(name?: string, options?: { locale?: Locale }): Promise<Client & { user: SignedUp }>;
  stop(): Promise<void>;
}

/** The signed-up user, as the API's generated types (the web app's) describe the answer. */
type SignedUp = Reply<'post', '/api/auth/signup'>;

let counter = 0;

/** Starts the real server in this process, listening on a free port, over a fresh database. */
export async function startTestServer(
  database: TestDatabase,
  env: Record<string, string> = {},
  overrides: ConfigOverrides = {},
): Promise<TestServer> {
  const { config: dbConfig, drop } = await database.createMigrated();
  const config = {
    ...parseConfig(
      { SIGNUP_PER_MINUTE: '10000', SIGNIN_PER_MINUTE: '10000', ...env },
      { port: 0, logLevel: 'silent', webDir: null, ...overrides },
    ),
    database: dbConfig,
  };
  return serve(config, new TestClock(), drop);
}

/**
 * A second server over the first one's database, sharing its clock: what a second process of a
 * deployment is (PostgreSQL and SQLite; PGlite lives inside the process that opened it). Stop it
 * before the first, which drops the database.
 */
export async function startAlongside(first: TestServer): Promise<TestServer> {
  return serve(first.config, first.clock, async () => {});
}

async function serve(config: Config, clock: TestClock, drop: () => Promise<void>) {
  const recipro = await startRecipro(config, { clock });
  const server: TestServer = {
    url: recipro.url,
    recipro,
    clock,
    config,
    client: () => new Client(recipro.url),
    async signUp(name = 'Someone', options = {}) {
      const client = new Client(recipro.url);
      counter += 1;
      const email = `person${counter}.${Date.now()}@example.test`;
      const reply = await client.post(
        '/api/auth/signup',
        {},
        {
          email,
          password: 'a good long password',
          name,
          ...(options.locale ? { locale: options.locale } : {}),
        },
      );
      if (reply.status !== 201)
        throw new Error(`sign-up failed: ${reply.status} ${JSON.stringify(reply.parsed)}`);
      return Object.assign(client, { user: reply.body });
    },
    async stop() {
      await recipro.close();
      await drop();
    },
  };
  return server;
}

/** Two people in one couple circle: A made it and invited B, who accepted. */
export async function couple(server: TestServer) {
  const a = await server.signUp('Asha');
  const b = await server.signUp('Ben');
  const circle = (await a.post('/api/circles', {}, { name: 'Asha & Ben', kind: 'couple' })).body;
  server.clock.advance(1000);
  const bMember = await join(a, b, circle.id);
  return {
    a,
    b,
    circleId: circle.id,
    aMember: circle.myMemberId,
    bMember,
  };
}

/**
 * `joiner` joins `inviter`'s circle: an invitation, its acceptance (a request to join) and the
 * inviter letting them in. Resolves with the joiner's member id.
 */
export async function join(inviter: Client, joiner: Client, circleId: string): Promise<string> {
  const invitation = await inviter.post('/api/circles/{circleId}/invitations', { circleId });
  if (invitation.status !== 201) throw new Error(`invite: ${invitation.status}`);
  const accepted = await joiner.post('/api/invitations/{token}/accept', {
    token: invitation.body.token,
  });
  if (accepted.status !== 200) throw new Error(`accept: ${accepted.status}`);
  const { memberId } = accepted.body;
  const admitted = await inviter.post('/api/circles/{circleId}/members/{memberId}/admit', {
    circleId,
    memberId,
  });
  if (admitted.status !== 200) throw new Error(`admit: ${admitted.status}`);
  return memberId;
}

/**
 * A test server whose email goes to a local SMTP sink, with the reminder scheduler left to the
 * test (`scheduler.tick()`). `stop` closes both.
 */
export async function startMailingServer(
  database: TestDatabase,
  env: Record<string, string> = {},
): Promise<{ server: TestServer; sink: SmtpSink; stop: () => Promise<void> }> {
  const sink = await startSmtpSink();
  const server = await startTestServer(database, {
    SMTP_URL: sink.url,
    MAIL_FROM: 'recipro <hello@recipro.test>',
    REMINDER_INTERVAL_SECONDS: '0',
    ...env,
  });
  return {
    server,
    sink,
    stop: async () => {
      await server.stop();
      await sink.close();
    },
  };
}
