// Shared by the server benchmarks: a temporary SQLite data folder holding one demo circle made
// by the same code as `recipro demo`, and the real server started over it in this process.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DAY_MS } from '@recipro/core';
import {
  migrateToLatest,
  openDatabase,
  parseConfig,
  seedDemoCircle,
  startRecipro,
  type Recipro,
} from '@recipro/server';
import { planDemo } from '../../packages/cli/src/commands/demo-plan.ts';

export interface BenchCircle {
  readonly dir: string;
  readonly circleId: string;
  readonly members: readonly { memberId: string; email: string; password: string }[];
  /** Milliseconds spent creating the circle. */
  readonly seedMs: number;
}

/**
 * Creates a demo circle of `acts` acts (couple, seed 1) in a new folder under `root` (the
 * system's temporary folder unless given; a tmpfs such as /dev/shm makes fsync free, which
 * shows how much of a write's cost is durability).
 */
export async function createBenchCircle(options: {
  acts: number;
  days?: number;
  members?: number;
  root?: string;
}): Promise<BenchCircle> {
  const dir = fs.mkdtempSync(path.join(options.root ?? os.tmpdir(), 'recipro-bench-'));
  const started = performance.now();
  const plan = planDemo({
    members: options.members ?? 2,
    acts: options.acts,
    days: options.days ?? 365,
    seed: 1,
    endDay: Math.floor(Date.now() / DAY_MS),
  });
  const members = plan.people.map((p, i) => ({
    name: p.name,
    email: `${p.name.toLowerCase()}.${i}.${randomBytes(3).toString('hex')}@bench.recipro.test`,
    password: randomBytes(12).toString('base64url'),
    careLanguages: p.careLanguages,
  }));
  const database = await openDatabase(configFor(dir).database);
  try {
    await migrateToLatest(database.db);
    const seeded = await seedDemoCircle(database, { ...plan, members });
    return {
      dir,
      circleId: seeded.circleId,
      members: members.map((m, i) => ({ ...m, memberId: seeded.memberIds[i]! })),
      seedMs: performance.now() - started,
    };
  } finally {
    await database.close();
  }
}

/**
 * The configuration of a benchmark server over `dir`: SQLite there (durable writes), quiet;
 * `env` adds settings.
 */
export function configFor(dir: string, env: Record<string, string> = {}) {
  return parseConfig(
    { SIGNIN_PER_MINUTE: '1000', ...env },
    {
      dataDir: dir,
      databaseUrl: `sqlite:${path.join(dir, 'recipro.sqlite')}`,
      host: '127.0.0.1',
      port: 0,
      logLevel: 'silent',
      webDir: null,
    },
  );
}

/** Starts the real server over the circle's folder and signs in as its first member. */
export async function serveBenchCircle(
  circle: BenchCircle,
  env: Record<string, string> = {},
): Promise<{ recipro: Recipro & { url: string }; cookie: string }> {
  const recipro = await startRecipro(configFor(circle.dir, env));
  const member = circle.members[0]!;
  const reply = await fetch(`${recipro.url}/api/auth/signin`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: member.email, password: member.password }),
  });
  const cookie = reply.headers.get('set-cookie')?.split(';')[0];
  if (reply.status !== 200 || !cookie) {
    await recipro.close();
    throw new Error(`sign-in failed with ${reply.status}`);
  }
  return { recipro, cookie };
}

export const removeBenchCircle = (circle: BenchCircle): void =>
  fs.rmSync(circle.dir, { recursive: true, force: true });

export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
