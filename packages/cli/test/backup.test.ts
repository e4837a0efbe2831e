import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { openDatabase } from '@recipro/server';
import { afterAll, describe, expect, it } from 'vitest';
import { expectAggregatesOfActs } from '../../server/test/support/aggregates.ts';
import { Client } from '../../server/test/support/client.ts';
import { testDatabases } from '../../server/test/support/databases.ts';
import { startServe, type ServeProcess } from '../../server/test/support/processes.ts';
import { join } from '../../server/test/support/server.ts';

const BIN = path.resolve(import.meta.dirname, '../bin/recipro.js');
/** Each test starts servers and runs the CLI several times, each a process of its own. */
const SLOW = 180_000;

/** Runs a program without blocking this process (the servers keep answering meanwhile). */
async function run(file: string, args: string[], env: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await promisify(execFile)(file, args, {
      env: { ...process.env, DATABASE_URL: '', ...env },
    });
    return { status: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number | string; stdout?: string; stderr?: string };
    return {
      status: typeof failed.code === 'number' ? failed.code : -1,
      stdout: failed.stdout ?? '',
      stderr: failed.stderr ?? String(error),
    };
  }
}
const recipro = (args: string[], env?: Record<string, string>) =>
  run(process.execPath, [BIN, ...args], env);

/** The export without the moment it was made: two exports of the same data are then equal. */
const withoutExportTime = (text: string) =>
  JSON.parse(text, (key, value: unknown) => (key === 'exportedAt' ? undefined : value)) as unknown;

const exportOf = async (client: Client) => {
  const reply = await client.get('/api/me/export');
  expect(reply.status).toBe(200);
  return withoutExportTime(
    typeof reply.parsed === 'string' ? reply.parsed : JSON.stringify(reply.parsed),
  );
};

const tempDir = (label: string) => fs.mkdtempSync(path.join(os.tmpdir(), `recipro-${label}-`));

/** Two people in a circle on a running server, with acts logged. */
async function busyCircle(url: string) {
  const a = new Client(url);
  const b = new Client(url);
  const password = 'a good long password';
  await a.post('/api/auth/signup', {}, { email: 'asha@backup.test', password, name: 'Asha' });
  await b.post('/api/auth/signup', {}, { email: 'ben@backup.test', password, name: 'Ben' });
  const circle = (await a.post('/api/circles', {}, { name: 'Kept safe', kind: 'couple' })).body;
  const bMember = await join(a, b, circle.id);
  const log = (client: Client) =>
    client.post(
      '/api/circles/{circleId}/acts',
      { circleId: circle.id },
      { toMemberId: bMember, form: 'practical', note: 'Packed the lunches ✓' },
    );
  for (let i = 0; i < 20; i += 1) expect((await log(a)).status).toBe(201);
  return { a, circleId: circle.id, log };
}

/** A client on another server with the same session (the sessions are in the database). */
const sameSessionOn = (url: string, client: Client) => {
  const other = new Client(url);
  other.cookie = client.cookie;
  return other;
};

describe('recipro backup and restore (SQLite)', { timeout: SLOW }, () => {
  const dirs: string[] = [];
  const running: ServeProcess[] = [];
  const dir = (label: string) => {
    const made = tempDir(label);
    dirs.push(made);
    return made;
  };
  afterAll(async () => {
    for (const serve of running) {
      serve.child.kill('SIGTERM');
      await serve.exited;
    }
    for (const made of dirs) fs.rmSync(made, { recursive: true, force: true });
  });
  const serve = async (dataDir: string) => {
    const started = await startServe(dataDir, {});
    running.push(started);
    return started;
  };

  it('backs up while acts are being logged, and restores to the same data', async () => {
    const data = dir('live');
    const files = dir('backups');
    const live = await serve(data);
    const { a, circleId, log } = await busyCircle(live.url);

    // A backup taken under load: writers keep logging acts while it runs.
    let writing = true;
    const writers = Array.from({ length: 4 }, async () => {
      const client = sameSessionOn(live.url, a);
      while (writing) expect((await log(client)).status).toBe(201);
    });
    const underLoad = path.join(files, 'under-load.sqlite');
    const backedUp = await recipro(['backup', underLoad, '--data', data]);
    writing = false;
    await Promise.all(writers);
    expect(backedUp.stderr).toBe('');
    expect(backedUp.status).toBe(0);
    expect(backedUp.stdout).toMatch(
      /^Backed up to .*under-load\.sqlite \(\d+ KB, checked: intact\)\.\n$/,
    );

    // Once the writers stop, a backup restored elsewhere exports exactly what the live one does.
    const quiet = path.join(files, 'quiet.sqlite');
    expect((await recipro(['backup', quiet, '--data', data])).status).toBe(0);
    const restoredDir = path.join(dir('restored'), 'data');
    const restored = await recipro(['restore', quiet, '--data', restoredDir]);
    expect(restored.stderr).toBe('');
    expect(restored.status).toBe(0);
    expect(restored.stdout).toContain(`Start it with: recipro serve --data ${restoredDir}`);
    const copy = await serve(restoredDir);
    const liveExport = await exportOf(a);
    expect(await exportOf(sameSessionOn(copy.url, a))).toEqual(liveExport);

    // The one taken under load is a consistent moment: intact, its acts a part of the live
    // ones, its stored sums those of its acts.
    const snapshotDir = path.join(dir('snapshot'), 'data');
    expect((await recipro(['restore', underLoad, '--data', snapshotDir])).status).toBe(0);
    const snapshot = await openDatabase({
      kind: 'sqlite',
      file: path.join(snapshotDir, 'recipro.sqlite'),
    });
    try {
      const acts = await expectAggregatesOfActs(snapshot.db, circleId);
      expect(acts.length).toBeGreaterThanOrEqual(20);
      const liveIds = new Set(
        (
          await openDatabase({ kind: 'sqlite', file: path.join(data, 'recipro.sqlite') }).then(
            async (db) => {
              try {
                return await expectAggregatesOfActs(db.db, circleId);
              } finally {
                await db.close();
              }
            },
          )
        ).map((act) => act.id),
      );
      expect(acts.filter((act) => !liveIds.has(act.id))).toEqual([]);
    } finally {
      await snapshot.close();
    }
  });

  it('refuses what would lose or damage data, and says why', async () => {
    const data = dir('refusals');
    const live = await serve(data);
    await busyCircle(live.url);
    const files = dir('refused-files');
    const taken = path.join(files, 'taken.sqlite');
    fs.writeFileSync(taken, 'something already here');

    const overwrite = await recipro(['backup', taken, '--data', data]);
    expect(overwrite.status).toBe(1);
    expect(overwrite.stderr).toContain('already exists; choose a new file name');
    expect(fs.readFileSync(taken, 'utf8')).toBe('something already here');

    const notADatabase = await recipro(['restore', taken, '--data', dir('empty')]);
    expect(notADatabase.status).toBe(1);
    expect(notADatabase.stderr).toMatch(/not an SQLite database|could not be opened/);

    const good = path.join(files, 'good.sqlite');
    expect((await recipro(['backup', good, '--data', data])).status).toBe(0);
    const intoUsed = await recipro(['restore', good, '--data', data]);
    expect(intoUsed.status).toBe(1);
    expect(intoUsed.stderr).toContain('already holds a database; restore into an empty folder');

    const noFile = await recipro(['backup', '--data', data]);
    expect(noFile.status).toBe(2);
    expect(noFile.stderr).toContain('give one file');

    const onPostgres = await recipro(['backup', path.join(files, 'pg.sqlite')], {
      DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/test',
    });
    expect(onPostgres.status).toBe(2);
    expect(onPostgres.stderr).toContain('pg_dump and pg_restore');
  });
});

const postgres = testDatabases().find((database) => database.name === 'postgres (server)');
const pgTools = ['/usr/bin/pg_dump', '/usr/bin/pg_restore'].every((tool) => fs.existsSync(tool));
if (!postgres || !pgTools) {
  console.warn(
    `backup: the PostgreSQL recipe is skipped: it needs ${!postgres ? 'a PostgreSQL server (set TEST_DATABASE_URL)' : "PostgreSQL's client programs pg_dump and pg_restore (Debian: postgresql-client)"}.`,
  );
}

describe.skipIf(!postgres || !pgTools)(
  'the README’s PostgreSQL backup recipe',
  { timeout: SLOW },
  () => {
    const cleanups: (() => Promise<void>)[] = [];
    const running: ServeProcess[] = [];
    afterAll(async () => {
      for (const serve of running) {
        serve.child.kill('SIGTERM');
        await serve.exited;
      }
      for (const cleanup of cleanups.reverse()) await cleanup();
    });

    it('pg_dump of a running recipro, pg_restore into an empty database, the same export', async () => {
      const source = await postgres!.create();
      cleanups.push(source.drop);
      const target = await postgres!.create();
      cleanups.push(target.drop);
      if (source.config.kind !== 'postgres' || target.config.kind !== 'postgres') {
        throw new Error('expected PostgreSQL databases');
      }
      const files = tempDir('pg-backup');
      cleanups.push(async () => fs.rmSync(files, { recursive: true, force: true }));
      const live = await startServe(files, { DATABASE_URL: source.config.url });
      running.push(live);
      const { a } = await busyCircle(live.url);

      const dump = path.join(files, 'recipro.dump');
      const dumped = await run('pg_dump', ['--format=custom', `--file=${dump}`, source.config.url]);
      expect(dumped.stderr).toBe('');
      expect(dumped.status).toBe(0);
      const restored = await run('pg_restore', [
        '--no-owner',
        `--dbname=${target.config.url}`,
        dump,
      ]);
      expect(restored.stderr).toBe('');
      expect(restored.status).toBe(0);

      const copy = await startServe(files, { DATABASE_URL: target.config.url });
      running.push(copy);
      expect(await exportOf(sameSessionOn(copy.url, a))).toEqual(await exportOf(a));
    });
  },
);
