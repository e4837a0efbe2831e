import { execFile, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseConfig, startRecipro } from '@recipro/server';
import { afterAll, describe, expect, it } from 'vitest';

const BIN = path.resolve(import.meta.dirname, '../bin/recipro.js');
const dirs: string[] = [];

const run = (args: string[]) =>
  spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    env: { ...process.env, DATABASE_URL: '' },
  });

/** Like `run`, without blocking, so several can run at once. */
async function runAsync(args: string[]) {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [BIN, ...args], {
      env: { ...process.env, DATABASE_URL: '' },
    });
    return { status: 0, stdout, stderr };
  } catch (error: any) {
    return {
      status: error.code as number,
      stdout: error.stdout as string,
      stderr: error.stderr as string,
    };
  }
}

/**
 * Runs `recipro demo --json` into a new folder; resolves with the folder and the parsed output.
 * Not blocking, so a test can run two side by side.
 */
async function demo(args: string[]) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'recipro-demo-'));
  dirs.push(dir);
  const result = await runAsync(['demo', '--data', dir, '--json', ...args]);
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return { dir, output: JSON.parse(result.stdout) };
}

interface Read {
  acts: any[];
  summary: any;
  balance: any;
  seasons: any[];
  ruptures: any;
  wrongPassword: number;
}

/** Starts the real server over `dir`, signs in as `member` and reads the circle over HTTP. */
async function readCircle(dir: string, circleId: string, member: any): Promise<Read> {
  const config = parseConfig({}, { dataDir: dir, port: 0, logLevel: 'silent', webDir: null });
  const recipro = await startRecipro(config);
  try {
    const post = (body: unknown) =>
      fetch(`${recipro.url}/api/auth/signin`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    const wrong = await post({ email: member.email, password: `${member.password}x` });
    const signIn = await post({ email: member.email, password: member.password });
    expect(signIn.status).toBe(200);
    const cookie = signIn.headers.get('set-cookie')!.split(';')[0]!;
    const get = async (url: string) => {
      const reply = await fetch(`${recipro.url}/api/circles/${circleId}${url}`, {
        headers: { cookie },
      });
      expect(reply.status).toBe(200);
      return reply.json() as Promise<any>;
    };
    /** Every page of a list, joined (the rest of the first page's answer kept). */
    const all = async (url: string, field: string) => {
      const items: unknown[] = [];
      let first: any;
      let before: string | null = null;
      do {
        const page = await get(`${url}?limit=100${before === null ? '' : `&before=${before}`}`);
        first ??= page;
        items.push(...page[field]);
        before = page.next;
      } while (before !== null);
      return { ...first, [field]: items, next: null };
    };
    return {
      acts: (await all('/acts', 'acts')).acts,
      summary: await get('/summary?days=365'),
      balance: await get('/balance?window=90'),
      seasons: (await all('/seasons', 'seasons')).seasons,
      ruptures: await all('/ruptures', 'ruptures'),
      wrongPassword: wrong.status,
    };
  } finally {
    await recipro.close();
  }
}

/** Pairs in the order of their members' names (ids, and so the server's order, differ per run). */
const sorted = <T extends { fromMemberId: string; toMemberId: string }>(pairs: T[]): T[] =>
  pairs.sort((a, b) =>
    `${a.fromMemberId} ${a.toMemberId}`.localeCompare(`${b.fromMemberId} ${b.toMemberId}`),
  );

/** The activity with member ids replaced by names, so two separate runs can be compared. */
function byName(read: Read, members: any[]) {
  const name = (id: string) => members.find((m) => m.memberId === id)?.name ?? id;
  return {
    acts: read.acts.map((a) => [
      name(a.fromMemberId),
      name(a.toMemberId),
      a.form,
      a.effort,
      a.at,
      a.noticedAt,
      a.note,
    ]),
    summary: sorted(
      read.summary.pairs.map((p: any) => ({
        ...p,
        fromMemberId: name(p.fromMemberId),
        toMemberId: name(p.toMemberId),
      })),
    ),
    balance: sorted(
      read.balance.pairs.map((p: any) => ({
        fromMemberId: name(p.fromMemberId),
        toMemberId: name(p.toMemberId),
        index: p.index,
        band: p.band,
        given: p.given,
      })),
    ),
  };
}

afterAll(() => {
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

describe('recipro demo', () => {
  it('prints the circle and a sign-in per member, and the same seed gives the same activity', async () => {
    const [first, second] = await Promise.all([
      demo(['--acts', '300', '--seed', '7']),
      demo(['--acts', '300', '--seed', '7']),
    ]);
    for (const { output } of [first, second]) {
      expect(Object.keys(output).sort()).toEqual(['circleId', 'members']);
      expect(output.members.map((m: any) => m.name)).toEqual(['Asha', 'Ben']);
      for (const m of output.members) {
        expect(Object.keys(m).sort()).toEqual(['email', 'memberId', 'name', 'password']);
        expect(m.password.length).toBeGreaterThanOrEqual(12);
      }
    }
    // Accounts are new each run (so two demos can share a database), the activity is not.
    expect(second.output.members[0].email).not.toBe(first.output.members[0].email);

    const a = await readCircle(first.dir, first.output.circleId, first.output.members[0]);
    const b = await readCircle(second.dir, second.output.circleId, second.output.members[1]);
    expect(a.wrongPassword).toBe(401);
    expect(a.acts).toHaveLength(300);
    expect(byName(a, first.output.members)).toEqual(byName(b, second.output.members));
    const logged = a.summary.pairs.reduce((sum: number, p: any) => sum + p.acts, 0);
    expect(logged).toBe(300);
  }, 120_000);

  it('makes lifelike activity: varied forms, mostly small efforts, some noticed, a season', async () => {
    const { dir, output } = await demo([
      '--acts',
      '400',
      '--members',
      '4',
      '--days',
      '120',
      '--seed',
      '3',
    ]);
    expect(output.members).toHaveLength(4);
    const read = await readCircle(dir, output.circleId, output.members[2]);
    const forms = new Set(read.acts.map((x) => x.form));
    expect(forms.size).toBeGreaterThanOrEqual(8);
    const small = read.acts.filter((x) => x.effort === 1).length;
    expect(small / read.acts.length).toBeGreaterThan(0.5);
    const noticed = read.acts.filter((x) => x.noticedAt !== null).length;
    expect(noticed).toBeGreaterThan(0);
    expect(noticed).toBeLessThan(read.acts.length);
    for (const act of read.acts) expect(Date.parse(act.at)).toBeLessThan(Date.now());
    // The two partners lean on different forms of care.
    const [asha, ben] = output.members;
    const share = (from: string, forms: string[]) => {
      const given = read.acts.filter((x) => x.fromMemberId === from);
      return given.filter((x) => forms.includes(x.form)).length / given.length;
    };
    expect(share(asha.memberId, ['practical', 'mental_load'])).toBeGreaterThan(
      share(ben.memberId, ['practical', 'mental_load']),
    );
    expect(share(ben.memberId, ['emotional', 'affection'])).toBeGreaterThan(
      share(asha.memberId, ['emotional', 'affection']),
    );
    expect(read.balance.pairs.length).toBe(12);
    expect(read.seasons.map((x) => x.kind)).toEqual(['exams', 'illness']);
    expect(read.ruptures.ruptures.length).toBeGreaterThan(0);
    expect(read.ruptures.stats.repaired).toBe(read.ruptures.ruptures.length);
  }, 120_000);

  it('gives other activity for another seed', async () => {
    const [seven, eight] = await Promise.all([
      demo(['--acts', '50', '--seed', '7']),
      demo(['--acts', '50', '--seed', '8']),
    ]);
    const a = await readCircle(seven.dir, seven.output.circleId, seven.output.members[0]);
    const b = await readCircle(eight.dir, eight.output.circleId, eight.output.members[0]);
    expect(byName(a, seven.output.members).acts).not.toEqual(byName(b, eight.output.members).acts);
  }, 120_000);

  it('answers bad options with one line and exit code 2', async () => {
    const cases = [
      ['--members', '1'],
      ['--members', '11'],
      ['--acts', '-5'],
      ['--acts', '1.5'],
      ['--days', '0'],
      ['--seed', 'seven'],
      ['--colour'],
      ['extra'],
    ];
    const results = await Promise.all(cases.map((args) => runAsync(['demo', ...args])));
    results.forEach((result, i) => {
      const args = cases[i]!.join(' ');
      expect(result.status, args).toBe(2);
      expect(result.stderr.trim().split('\n'), args).toHaveLength(1);
      expect(result.stdout, args).toBe('');
    });
  }, 120_000);

  it("the Quick start's demo line writes where the server `npm start` starts reads", async () => {
    const root = path.resolve(import.meta.dirname, '../../..');
    const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
    const quickStart = readme.split('\n## Quick start\n')[1]!.split('\n## ')[0]!;
    const commands = [...quickStart.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1]!.trim());
    expect(commands).toEqual(expect.arrayContaining(['npm install && npm start', 'npm run demo']));
    const { scripts } = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
    // npm runs both in the root folder, with no database of their own: ./data there, or DATA_DIR.
    expect(scripts.start).toMatch(/&& node packages\/cli\/bin\/recipro\.js serve$/);
    expect(scripts.demo).toBe('node packages/cli/bin/recipro.js demo');

    // A relative DATA_DIR (read against the folder each runs in) keeps this test out of ./data.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'recipro-demo-'));
    dirs.push(dir);
    const env = { DATA_DIR: path.relative(root, dir) };
    const demoRun = spawnSync('npm', ['run', '--silent', 'demo', '--', '--acts', '40', '--json'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, DATABASE_URL: '', ...env },
    });
    expect(demoRun.stderr).toBe('');
    expect(demoRun.status).toBe(0);
    const { members } = JSON.parse(demoRun.stdout);

    const config = parseConfig(env, { port: 0, logLevel: 'silent', webDir: null }, root);
    const recipro = await startRecipro(config);
    try {
      for (const member of members) {
        const signIn = await fetch(`${recipro.url}/api/auth/signin`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ email: member.email, password: member.password }),
        });
        expect(signIn.status).toBe(200);
      }
    } finally {
      await recipro.close();
    }
  }, 120_000);

  it('is listed by recipro --help and explains itself', () => {
    expect(run(['--help']).stdout).toContain('demo');
    expect(run(['demo', '--help']).stdout).toContain('--seed');
  });
});
