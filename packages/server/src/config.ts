import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Configuration, parsed once at start-up from the environment (this is the only module that
 * reads `process.env`). Every problem is listed at once; nothing needs setting for a laptop.
 */
export interface Config {
  /** Interface to listen on. */
  readonly host: string;
  /** Port to listen on; 0 picks a free one. */
  readonly port: number;
  /** Folder for the embedded SQLite database and other local state. */
  readonly dataDir: string;
  /** Where the data lives: an SQLite file, an in-process PostgreSQL (PGlite), or a PostgreSQL server. */
  readonly database: DatabaseConfig;
  /** The address people reach recipro at, for links in invitations; derived from requests when unset. */
  readonly publicUrl: string | null;
  /** Mark the session cookie Secure (only sent over HTTPS). Defaults to whether publicUrl is https. */
  readonly cookieSecure: boolean;
  readonly sessionDays: number;
  /** Largest request body accepted, in bytes. */
  readonly bodyLimitBytes: number;
  /**
   * Addresses (or CIDR ranges) of reverse proxies in front of recipro, whose X-Forwarded-For
   * names the client: limits per address then count each client, not the proxy. Empty: none.
   */
  readonly trustProxy: readonly string[];
  /**
   * On a stop, how long to go on serving while `/api/ready` says 503, so that a proxy sends
   * nothing more before connections close. 0: close at once (no proxy in front).
   */
  readonly stopDrainSeconds: number;
  /** Memory for answers kept to be read again (balance, load, review…), in MB; 0 keeps none. */
  readonly readCacheMb: number;
  /** Sign-in attempts allowed per minute per address and email (and reset requests per address, password changes per account). */
  readonly signInPerMinute: number;
  /** Sign-ups allowed per minute per address. */
  readonly signUpPerMinute: number;
  readonly logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Folder holding the built web app, served at `/`; null serves none. */
  readonly webDir: string | null;
  /** Outgoing email; null turns email off. */
  readonly mail: { readonly smtpUrl: string; readonly from: string } | null;
  /** How often the reminder scheduler runs, in seconds; 0 turns it off. */
  readonly reminderIntervalSeconds: number;
  /** Contact that push services see in the VAPID signature: a mailto: or https: address. */
  readonly vapidSubject: string;
  /**
   * Let web-push endpoints be http: addresses, IP addresses and private or loopback ones (a
   * push service on this machine, as in tests). Off by default: only https: host names that
   * resolve to public addresses are taken.
   */
  readonly pushAllowPrivate: boolean;
  /** Test reminders one person may ask for in ten minutes. */
  readonly testReminderLimit: number;
}

export type DatabaseConfig =
  | { readonly kind: 'sqlite'; readonly file: string }
  | { readonly kind: 'postgres'; readonly url: string }
  | { readonly kind: 'pglite'; readonly dir: string | null };

/** Thrown when the configuration is wrong; `problems` lists every one. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `recipro cannot start, the configuration has ${problems.length} problem(s):\n- ${problems.join('\n- ')}`,
    );
    this.name = 'ConfigError';
  }
}

type Env = Readonly<Record<string, string | undefined>>;

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** Every environment variable recipro reads, with its meaning (printed by the README and --help). */
export const ENV_VARIABLES: Readonly<Record<string, string>> = {
  PORT: 'port to listen on (default 3000)',
  HOST: 'interface to listen on (default 127.0.0.1)',
  DATA_DIR: 'folder for the SQLite file and local state (default ./data)',
  DATABASE_URL:
    'postgres://… for PostgreSQL, pglite:memory or pglite:<dir> for in-process PostgreSQL, sqlite:<file> for another SQLite file (default sqlite in DATA_DIR)',
  PUBLIC_URL: 'the address people use, for invitation links (default: taken from each request)',
  COOKIE_SECURE:
    'true/false: send the session cookie over HTTPS only (default: true when PUBLIC_URL is https)',
  SESSION_DAYS: 'how long a sign-in lasts (default 30)',
  BODY_LIMIT_BYTES: 'largest request body accepted (default 65536)',
  TRUST_PROXY:
    'comma-separated addresses or CIDR ranges of the reverse proxies in front of recipro, e.g. 127.0.0.1 (default: none)',
  STOP_DRAIN_SECONDS:
    'on SIGTERM, seconds to go on serving while /api/ready answers 503, so a proxy stops sending first (default 0)',
  READ_CACHE_MB:
    'memory for answers kept to be read again while a circle is unchanged, in MB; 0 keeps none (default 32)',
  SIGNIN_PER_MINUTE:
    'sign-in attempts per minute per address and email; also password-reset requests per address and password changes per account (default 10)',
  SIGNUP_PER_MINUTE: 'sign-ups per minute per address (default 20)',
  LOG_LEVEL: 'fatal|error|warn|info|debug|trace|silent (default warn)',
  WEB_DIR: 'folder of the built web app (default packages/web/dist)',
  SMTP_URL:
    'smtp://user:pass@host:587 (or smtps://) for reminder, password-reset and confirmation emails; without it email is off',
  MAIL_FROM: 'sender of reminder emails, e.g. "recipro <hello@example.org>" (needed with SMTP_URL)',
  REMINDER_INTERVAL_SECONDS:
    'how often reminders are planned and sent (default 60; 0 turns the scheduler off)',
  PUSH_ALLOW_PRIVATE:
    'true/false: let web-push endpoints be http:, IP or private addresses, for a push service on this machine as in tests (default false: only https: host names with public addresses)',
  TEST_REMINDER_LIMIT: 'test reminders one person may ask for in 10 minutes (default 3)',
};

/** Options given on the command line; they win over the environment. */
export interface ConfigOverrides {
  port?: number;
  host?: string;
  dataDir?: string;
  databaseUrl?: string;
  logLevel?: Config['logLevel'];
  webDir?: string | null;
}

export function parseConfig(
  env: Env,
  overrides: ConfigOverrides = {},
  cwd = process.cwd(),
): Config {
  const problems: string[] = [];

  const int = (name: string, fallback: number, min: number, max: number): number => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) {
      problems.push(`${name} must be a whole number from ${min} to ${max}, got "${raw}".`);
      return fallback;
    }
    return value;
  };

  const bool = (name: string, fallback: boolean): boolean => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    if (raw === 'true' || raw === 'false') return raw === 'true';
    problems.push(`${name} must be true or false, got "${raw}".`);
    return fallback;
  };

  const port = overrides.port ?? int('PORT', 3000, 0, 65535);
  const host = overrides.host ?? (env.HOST || '127.0.0.1');
  const dataDir = path.resolve(cwd, overrides.dataDir ?? (env.DATA_DIR || 'data'));

  let publicUrl: string | null = null;
  if (env.PUBLIC_URL) {
    try {
      const url = new URL(env.PUBLIC_URL);
      if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('protocol');
      publicUrl = url.origin;
    } catch {
      problems.push(
        `PUBLIC_URL must be an http(s) address such as https://recipro.example, got "${env.PUBLIC_URL}".`,
      );
    }
  }

  let cookieSecure = publicUrl?.startsWith('https:') ?? false;
  if (env.COOKIE_SECURE !== undefined && env.COOKIE_SECURE !== '') {
    if (env.COOKIE_SECURE === 'true') cookieSecure = true;
    else if (env.COOKIE_SECURE === 'false') cookieSecure = false;
    else problems.push(`COOKIE_SECURE must be true or false, got "${env.COOKIE_SECURE}".`);
  }

  const database = parseDatabase(overrides.databaseUrl ?? env.DATABASE_URL, dataDir, cwd, problems);

  const logLevel = overrides.logLevel ?? (env.LOG_LEVEL || 'warn');
  if (!(LOG_LEVELS as readonly string[]).includes(logLevel)) {
    problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${logLevel}".`);
  }

  const webDir =
    overrides.webDir !== undefined
      ? overrides.webDir
      : path.resolve(cwd, env.WEB_DIR || defaultWebDir());

  let mail: Config['mail'] = null;
  if (env.SMTP_URL) {
    if (!/^smtps?:\/\/[^/]+/.test(env.SMTP_URL))
      problems.push('SMTP_URL must look like smtp://user:pass@host:587 or smtps://host:465.');
    else if (!env.MAIL_FROM)
      problems.push('MAIL_FROM is needed when SMTP_URL is set (the sender of reminder emails).');
    else mail = { smtpUrl: env.SMTP_URL, from: env.MAIL_FROM };
  }

  let vapidSubject = env.VAPID_SUBJECT ?? '';
  if (vapidSubject && !/^(mailto:\S+@\S+|https:\/\/\S+)$/.test(vapidSubject)) {
    problems.push(`VAPID_SUBJECT must be a mailto: or https: address, got "${vapidSubject}".`);
  }
  if (!vapidSubject) {
    const address = mail ? (/<([^>]+)>/.exec(mail.from)?.[1] ?? mail.from.trim()) : null;
    vapidSubject = address
      ? `mailto:${address}`
      : publicUrl?.startsWith('https:')
        ? publicUrl
        : 'mailto:recipro@localhost';
  }

  const trustProxy = (env.TRUST_PROXY ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  for (const entry of trustProxy) {
    const [address, bits, ...rest] = entry.split('/');
    const family = net.isIP(address ?? '');
    const width = family === 4 ? 32 : 128;
    const bitsOk = bits === undefined || (/^\d+$/.test(bits) && Number(bits) <= width);
    if (family === 0 || !bitsOk || rest.length > 0)
      problems.push(
        `TRUST_PROXY lists addresses or CIDR ranges (e.g. 127.0.0.1, 10.0.0.0/8), got "${entry}".`,
      );
  }

  const config: Config = {
    host,
    port,
    dataDir,
    database,
    publicUrl,
    cookieSecure,
    sessionDays: int('SESSION_DAYS', 30, 1, 365),
    bodyLimitBytes: int('BODY_LIMIT_BYTES', 64 * 1024, 1024, 10 * 1024 * 1024),
    readCacheMb: int('READ_CACHE_MB', 32, 0, 64 * 1024),
    stopDrainSeconds: int('STOP_DRAIN_SECONDS', 0, 0, 300),
    trustProxy,
    signInPerMinute: int('SIGNIN_PER_MINUTE', 10, 1, 100_000),
    signUpPerMinute: int('SIGNUP_PER_MINUTE', 20, 1, 100_000),
    logLevel: logLevel as Config['logLevel'],
    webDir,
    mail,
    reminderIntervalSeconds: int('REMINDER_INTERVAL_SECONDS', 60, 0, 86_400),
    vapidSubject,
    pushAllowPrivate: bool('PUSH_ALLOW_PRIVATE', false),
    testReminderLimit: int('TEST_REMINDER_LIMIT', 3, 1, 1000),
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

function parseDatabase(
  raw: string | undefined,
  dataDir: string,
  cwd: string,
  problems: string[],
): DatabaseConfig {
  if (raw === undefined || raw === '')
    return { kind: 'sqlite', file: path.join(dataDir, 'recipro.sqlite') };
  if (raw.startsWith('postgres://') || raw.startsWith('postgresql://'))
    return { kind: 'postgres', url: raw };
  if (raw === 'pglite:memory') return { kind: 'pglite', dir: null };
  if (raw.startsWith('pglite:'))
    return { kind: 'pglite', dir: path.resolve(cwd, raw.slice('pglite:'.length)) };
  if (raw.startsWith('sqlite:'))
    return { kind: 'sqlite', file: path.resolve(cwd, raw.slice('sqlite:'.length)) };
  problems.push(
    `DATABASE_URL must start with postgres://, postgresql://, pglite: or sqlite:, got "${raw.replace(/\/\/[^@]*@/, '//…@')}".`,
  );
  return { kind: 'sqlite', file: path.join(dataDir, 'recipro.sqlite') };
}

/**
 * The web app's build folder, found where the `@recipro/web` workspace is installed, so it
 * works from any working directory and from the bundle `recipro` runs from
 * (packages/cli/bin/bundle-cache.js); next to this file's package when that cannot be resolved.
 */
function defaultWebDir(): string {
  try {
    return path.join(
      path.dirname(fileURLToPath(import.meta.resolve('@recipro/web/package.json'))),
      'dist',
    );
  } catch {
    return path.resolve(import.meta.dirname, '../../web/dist');
  }
}
