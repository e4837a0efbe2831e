// How many people one recipro process serves: a population of couples with months of history,
// going about a day (opening the home and the dashboard, logging care, reading what they
// received, a check-in, their updates) against one process, at a rising rate of requests per
// second until the 99th percentile passes 100 ms. The reminder scheduler runs as it would.
// On SQLite, and on PostgreSQL when a server is named (--postgres or TEST_DATABASE_URL).
//
// The load comes from a child process (bench/support/day-load.ts), so generating it does not
// compete with the server for its event loop. Only 127.0.0.1 is ever contacted.
//
//   npm run bench:capacity [-- --circles 60 --acts 1500 --seconds 8 --start 50 --factor 1.5]
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs, promisify } from 'node:util';
import pg from 'pg';
import { DAY_MS } from '@recipro/core';
import {
  migrateToLatest,
  openDatabase,
  parseConfig,
  seedDemoCircle,
  startRecipro,
} from '@recipro/server';
import { planDemo } from '../packages/cli/src/commands/demo-plan.ts';
import type { DayPlan, DayResult } from './support/day-load.ts';

const { values } = parseArgs({
  options: {
    circles: { type: 'string', default: '60' },
    acts: { type: 'string', default: '1500' },
    seconds: { type: 'string', default: '8' },
    start: { type: 'string', default: '50' },
    factor: { type: 'string', default: '1.5' },
    'max-p99': { type: 'string', default: '100' },
    postgres: { type: 'string', default: process.env.TEST_DATABASE_URL ?? '' },
    // Only PostgreSQL (with --postgres), e.g. to measure it again alone.
    'postgres-only': { type: 'boolean', default: false },
  },
});
const CIRCLES = Number(values.circles);
const MAX_P99 = Number(values['max-p99']);
const LOAD = path.join(import.meta.dirname, 'support', 'day-load.ts');

interface Target {
  readonly name: string;
  readonly env: Record<string, string>;
  readonly dataDir: string;
  readonly drop: () => Promise<void>;
}

async function sqliteTarget(): Promise<Target> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'recipro-capacity-'));
  return {
    name: 'SQLite',
    env: {},
    dataDir,
    drop: async () => fs.rmSync(dataDir, { recursive: true, force: true }),
  };
}

async function postgresTarget(url: string): Promise<Target> {
  const name = `recipro_capacity_${randomBytes(6).toString('hex')}`;
  const admin = async (text: string) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(text);
    } finally {
      await client.end();
    }
  };
  await admin(`create database ${name}`);
  const target = new URL(url);
  target.pathname = `/${name}`;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'recipro-capacity-'));
  return {
    name: 'PostgreSQL',
    env: { DATABASE_URL: target.toString() },
    dataDir,
    drop: async () => {
      fs.rmSync(dataDir, { recursive: true, force: true });
      await admin(`drop database if exists ${name} with (force)`);
    },
  };
}

const configOf = (target: Target) =>
  parseConfig(
    { SIGNIN_PER_MINUTE: '100000', ...target.env },
    {
      dataDir: target.dataDir,
      host: '127.0.0.1',
      port: 0,
      logLevel: 'silent',
      webDir: null,
    },
  );

/** Couples with `acts` acts each over 90 days, made by the demo's code; their sign-ins. */
async function populate(target: Target) {
  const config = configOf(target);
  const database = await openDatabase(config.database);
  const couples: { email: string; password: string; memberId: string; circleId: string }[][] = [];
  try {
    await migrateToLatest(database.db);
    for (let c = 0; c < CIRCLES; c += 1) {
      const plan = planDemo({
        members: 2,
        acts: Number(values.acts),
        days: 90,
        seed: c + 1,
        endDay: Math.floor(Date.now() / DAY_MS),
      });
      const members = plan.people.map((p, i) => ({
        name: p.name,
        email: `c${c}.m${i}.${randomBytes(3).toString('hex')}@capacity.recipro.test`,
        password: randomBytes(12).toString('base64url'),
        careLanguages: p.careLanguages,
      }));
      const seeded = await seedDemoCircle(database, { ...plan, members });
      couples.push(
        members.map((m, i) => ({
          email: m.email,
          password: m.password,
          memberId: seeded.memberIds[i]!,
          circleId: seeded.circleId,
        })),
      );
    }
  } finally {
    await database.close();
  }
  return couples;
}

async function measure(target: Target): Promise<void> {
  const started = performance.now();
  const couples = await populate(target);
  const recipro = await startRecipro(configOf(target));
  try {
    const people: DayPlan['people'][number][] = [];
    for (const couple of couples) {
      for (const [i, person] of couple.entries()) {
        const reply = await fetch(`${recipro.url}/api/auth/signin`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ email: person.email, password: person.password }),
        });
        const cookie = reply.headers.get('set-cookie')?.split(';')[0];
        if (reply.status !== 200 || !cookie) throw new Error(`sign-in failed: ${reply.status}`);
        const partner = couple[1 - i]!;
        people.push({ cookie, circleId: person.circleId, partnerId: partner.memberId });
      }
    }
    console.log(
      `\n${target.name}: ${CIRCLES} couples, ${Number(values.acts).toLocaleString('en')} acts each ` +
        `over 90 days, ready in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
    const day = async (rate: number): Promise<DayResult> => {
      const planFile = path.join(target.dataDir, 'plan.json');
      const plan: DayPlan = { url: recipro.url, rate, seconds: Number(values.seconds), people };
      fs.writeFileSync(planFile, JSON.stringify(plan));
      const { stdout } = await promisify(execFile)(
        process.execPath,
        ['--import', 'tsx', LOAD, planFile],
        { maxBuffer: 64 * 1024 * 1024 },
      );
      return JSON.parse(stdout) as DayResult;
    };
    // Warm-up, not counted: the first reads of each circle, compiled code, prepared statements.
    await day(Number(values.start));
    console.log('  target   achieved   p50 ms   p99 ms   errors');
    let best: { rate: number; result: DayResult } | undefined;
    for (let rate = Number(values.start); ; rate = Math.round(rate * Number(values.factor))) {
      const result = await day(rate);
      const achieved = result.sent / result.seconds;
      console.log(
        `  ${String(rate).padStart(6)}   ${achieved.toFixed(0).padStart(8)}   ` +
          `${result.all.p50.toFixed(1).padStart(6)}   ${result.all.p99.toFixed(1).padStart(6)}   ` +
          `${result.all.errors}`,
      );
      const within = result.all.p99 <= MAX_P99 && result.all.errors === 0;
      if (!within) {
        console.log(`  past the line at ${rate} requests/s; by route:`);
        printRoutes(result);
        break;
      }
      best = { rate, result };
    }
    if (!best) {
      console.log(`  even ${values.start} requests/s took p99 over ${MAX_P99} ms`);
      return;
    }
    console.log(
      `  capacity: ${best.rate} requests/s with p99 ≤ ${MAX_P99} ms; by route at that rate:`,
    );
    printRoutes(best.result);
  } finally {
    await recipro.close();
  }
}

function printRoutes(result: DayResult): void {
  for (const r of result.routes)
    console.log(
      `    ${r.route.padEnd(28)} ${String(r.count).padStart(6)} requests   ` +
        `p50 ${r.p50.toFixed(1).padStart(6)} ms   p99 ${r.p99.toFixed(1).padStart(6)} ms` +
        (r.errors > 0 ? `   ${r.errors} errors` : ''),
    );
}

console.log(`one process, ${os.cpus().length} cores on this machine (the load uses one of them)`);
const targets: (() => Promise<Target>)[] = values['postgres-only'] ? [] : [sqliteTarget];
if (values.postgres) targets.push(() => postgresTarget(values.postgres!));
else console.log('PostgreSQL: skipped (name a server with --postgres or TEST_DATABASE_URL)');
for (const make of targets) {
  const target = await make();
  try {
    await measure(target);
  } finally {
    await target.drop();
  }
}
