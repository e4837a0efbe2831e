import { randomBytes } from 'node:crypto';
import { DAY_MS } from '@recipro/core';
import {
  ConfigError,
  migrateToLatest,
  openDatabase,
  parseConfig,
  seedDemoCircle,
} from '@recipro/server';
import { EXIT_FAILURE, EXIT_OK, EXIT_USAGE, type Command } from '../command.ts';
import { MAX_MEMBERS, MIN_MEMBERS, planDemo, type DemoPlanOptions } from './demo-plan.ts';
import { parseOptions, UsageError } from './options.ts';

/** The sign-in of one demo member, as printed (and as `--json` gives it). */
export interface DemoMember {
  readonly memberId: string;
  readonly name: string;
  readonly email: string;
  readonly password: string;
}

export interface DemoOutput {
  readonly circleId: string;
  readonly members: readonly DemoMember[];
}

const DEFAULTS = { members: 2, acts: 900, days: 180, seed: 1 } as const;
/** Above this the plan's columns alone pass a few hundred megabytes. */
const MAX_ACTS = 10_000_000;
const MAX_DAYS = 3650;

const usage = [
  'Usage: recipro demo [--data DIR] [--members 2] [--acts N] [--days D] [--seed S] [--json]',
  '',
  'Creates a demo circle with made-up but lifelike activity (forms of care that differ per',
  'person, weekly rhythm, "I noticed" marks, seasons, a rupture and its repair) and prints how',
  'to sign in as each member. The same seed gives the same activity.',
  '',
  'Options:',
  `  --data DIR   folder for the SQLite database (default $DATA_DIR or ./data); DATABASE_URL wins`,
  `  --members N  ${MIN_MEMBERS} makes a couple, up to ${MAX_MEMBERS} a family (default ${DEFAULTS.members})`,
  `  --acts N     acts of care to create (default ${DEFAULTS.acts}, at most ${MAX_ACTS.toLocaleString('en')})`,
  `  --days D     days of history, ending yesterday (default ${DEFAULTS.days}, at most ${MAX_DAYS})`,
  `  --seed S     whole number that decides the activity (default ${DEFAULTS.seed})`,
  '  --json       print {circleId, members: [{memberId, name, email, password}]} only',
].join('\n');

const wholeNumber = (
  flag: string,
  raw: string | undefined,
  fallback: number,
  min: number,
  max: number,
): number => {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (raw.trim() === '' || !Number.isInteger(value) || value < min || value > max) {
    throw new UsageError(
      `--${flag} must be a whole number from ${min} to ${max.toLocaleString('en')}, got "${raw}".`,
    );
  }
  return value;
};

/** A password nobody guesses: the demo accounts are real accounts on this server. */
const newPassword = (): string => randomBytes(12).toString('base64url');

/** `recipro demo`: a circle to try recipro with, or to benchmark it against. */
export const demoCommand: Command = {
  name: 'demo',
  usage,
  async run(argv) {
    let config;
    let json = false;
    /** No --data, DATA_DIR or DATABASE_URL: the database `npm start` opens from this folder. */
    let usual = false;
    let plan: Omit<DemoPlanOptions, 'endDay'>;
    try {
      const { values } = parseOptions(argv, {
        data: { type: 'string' },
        members: { type: 'string' },
        acts: { type: 'string' },
        days: { type: 'string' },
        seed: { type: 'string' },
        json: { type: 'boolean' },
      });
      json = values.json === true;
      plan = {
        members: wholeNumber('members', values.members, DEFAULTS.members, MIN_MEMBERS, MAX_MEMBERS),
        acts: wholeNumber('acts', values.acts, DEFAULTS.acts, 0, MAX_ACTS),
        days: wholeNumber('days', values.days, DEFAULTS.days, 1, MAX_DAYS),
        seed: wholeNumber('seed', values.seed, DEFAULTS.seed, 0, 2 ** 32 - 1),
      };
      config = parseConfig(process.env, values.data !== undefined ? { dataDir: values.data } : {});
      usual = values.data === undefined && !process.env.DATA_DIR && !process.env.DATABASE_URL;
    } catch (error) {
      if (error instanceof UsageError) {
        // One line: node's own parser explains some mistakes over several.
        console.error(`recipro demo: ${error.message.split('\n')[0]}`);
        return EXIT_USAGE;
      }
      if (error instanceof ConfigError) {
        console.error(`recipro demo: ${error.message}`);
        return EXIT_USAGE;
      }
      throw error;
    }

    const started = performance.now();
    const demo = planDemo({ ...plan, endDay: Math.floor(Date.now() / DAY_MS) });
    const suffix = randomBytes(3).toString('hex');
    const members = demo.people.map((p) => ({
      name: p.name,
      email: `${p.name.toLowerCase()}.${suffix}@demo.recipro.test`,
      password: newPassword(),
      careLanguages: p.careLanguages,
    }));

    const database = await openDatabase(config.database);
    let output: DemoOutput;
    try {
      await migrateToLatest(database.db);
      const seeded = await seedDemoCircle(database, { ...demo, members });
      output = {
        circleId: seeded.circleId,
        members: members.map((m, i) => ({
          memberId: seeded.memberIds[i]!,
          name: m.name,
          email: m.email,
          password: m.password,
        })),
      };
    } catch (error) {
      console.error(`recipro demo: ${error instanceof Error ? error.message : String(error)}`);
      return EXIT_FAILURE;
    } finally {
      await database.close();
    }

    if (json) {
      console.log(JSON.stringify(output));
      return EXIT_OK;
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const where = config.database.kind === 'sqlite' ? config.database.file : config.database.kind;
    const width = Math.max(...output.members.map((m) => m.name.length));
    console.log(
      [
        `Created "${demo.name}" (${demo.kind}, ${output.members.length} members): ${plan.acts.toLocaleString('en')} acts of care over ${plan.days} ${plan.days === 1 ? 'day' : 'days'}, in ${seconds} s.`,
        `Database: ${where}`,
        `Circle: ${output.circleId}`,
        '',
        'Sign in as:',
        ...output.members.map(
          (m) => `  ${m.name.padEnd(width)}  ${m.email}  password: ${m.password}`,
        ),
        '',
        usual
          ? '`npm start` in this folder uses this database: sign in at the address it prints.'
          : 'Start recipro with `recipro serve` (same --data, DATA_DIR or DATABASE_URL) and sign in.',
      ].join('\n'),
    );
    return EXIT_OK;
  },
};
