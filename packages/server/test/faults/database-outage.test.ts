import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseConfig } from '../../src/config.ts';
import type { Client } from '../support/client.ts';
import { testDatabases, type TestDatabase } from '../support/databases.ts';
import { couple, startTestServer, type TestServer } from '../support/server.ts';
import { TcpProxy } from '../support/tcp-proxy.ts';

/**
 * The database goes away under recipro and comes back. Requests meanwhile are answered at once
 * with 503 `unavailable` and a Retry-After — never a hang, never a 500, never a crash of the
 * process — and once the database is back recipro serves again by itself, with every act it
 * acknowledged still there.
 */

/** Runs `check` until it passes, a bounded number of times (the database takes a moment). */
async function eventually(check: () => Promise<void>, tries = 100): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await check();
      return;
    } catch (error) {
      if (attempt >= tries) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

/** A test database whose made config is kept, or rewritten (to go through a proxy). */
function keeping(
  database: TestDatabase,
  rewrite: (config: DatabaseConfig) => Promise<DatabaseConfig> = async (config) => config,
): TestDatabase & { config?: DatabaseConfig; original?: DatabaseConfig } {
  const kept: TestDatabase & { config?: DatabaseConfig; original?: DatabaseConfig } = {
    name: database.name,
    create: () => database.create(),
    async createMigrated() {
      const created = await database.createMigrated();
      kept.original = created.config;
      kept.config = await rewrite(created.config);
      return { config: kept.config, drop: created.drop };
    },
  };
  return kept;
}

const logAct = (client: Client, circleId: string, toMemberId: string) =>
  client.post('/api/circles/{circleId}/acts', { circleId }, { toMemberId, form: 'practical' });

function expectUnavailable(reply: { status: number; headers: Headers; error: { code: string } }) {
  expect(reply.status).toBe(503);
  expect(reply.error.code).toBe('unavailable');
  expect(Number(reply.headers.get('retry-after'))).toBeGreaterThan(0);
}

const url = process.env.TEST_DATABASE_URL;
const postgresServer = url
  ? testDatabases().find((database) => database.name === 'postgres (server)')
  : undefined;

describe.skipIf(!postgresServer)('PostgreSQL restarting under recipro', () => {
  let proxy: TcpProxy | undefined;
  let server: TestServer;
  let database: ReturnType<typeof keeping>;

  beforeAll(async () => {
    database = keeping(postgresServer!, async (config) => {
      if (config.kind !== 'postgres') throw new Error('expected a PostgreSQL server');
      const through = new URL(config.url);
      proxy = await TcpProxy.start({
        host: through.hostname,
        port: Number(through.port || 5432),
      });
      through.hostname = '127.0.0.1';
      through.port = String(proxy.port);
      return { kind: 'postgres', url: through.toString() };
    });
    server = await startTestServer(database);
  });
  afterAll(async () => {
    await proxy?.restore();
    await server?.stop();
    await proxy?.close();
  });

  it('survives the server ending its connections, and serves on', async () => {
    const { a, circleId, bMember } = await couple(server);
    expect((await logAct(a, circleId, bMember)).status).toBe(201);

    // What `pg_ctlcluster … restart` does to every session first: "terminating connection due
    // to administrator command". Before, an idle pooled connection receiving it ended the process.
    const original = database.original;
    if (original?.kind !== 'postgres') throw new Error('expected a PostgreSQL server');
    const name = new URL(original.url).pathname.slice(1);
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    try {
      await admin.query(
        'select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()',
        [name],
      );
    } finally {
      await admin.end();
    }

    await eventually(async () => {
      expect((await logAct(a, circleId, bMember)).status).toBe(201);
    });
    const acts = (await a.get('/api/circles/{circleId}/acts', { circleId })).body.acts;
    expect(acts.length).toBeGreaterThanOrEqual(2);
  });

  it('answers 503 with Retry-After while the database is gone, and recovers by itself', async () => {
    const { a, circleId, bMember } = await couple(server);
    const acknowledged: string[] = [];
    for (let i = 0; i < 5; i += 1) {
      const reply = await logAct(a, circleId, bMember);
      expect(reply.status).toBe(201);
      acknowledged.push(reply.body.id);
    }

    await proxy!.cut();
    expectUnavailable(await logAct(a, circleId, bMember));
    expectUnavailable(await a.get('/api/circles/{circleId}/acts', { circleId }));
    expectUnavailable(await a.get('/api/ready'));
    // The process itself is up: health does not ask the database (a proxy asks it with no
    // session, so none is looked up).
    expect((await server.client().get('/api/health')).status).toBe(200);

    await proxy!.restore();
    await eventually(async () => {
      expect((await a.get('/api/ready')).status).toBe(200);
    });
    const after = await logAct(a, circleId, bMember);
    expect(after.status).toBe(201);
    acknowledged.push(after.body.id);
    const ids = (await a.get('/api/circles/{circleId}/acts', { circleId })).body.acts.map(
      (act) => act.id,
    );
    for (const id of acknowledged) expect(ids).toContain(id);
  });
});

describe('SQLite locked by another process', () => {
  let server: TestServer;
  const sqlite = testDatabases().find((database) => database.name === 'sqlite')!;
  const database = keeping(sqlite);

  beforeAll(async () => {
    server = await startTestServer(database);
  });
  afterAll(async () => server?.stop());

  it('answers 503 with Retry-After past the busy timeout, then writes again', async () => {
    const { a, circleId, bMember } = await couple(server);
    const first = await logAct(a, circleId, bMember);
    expect(first.status).toBe(201);
    if (database.config?.kind !== 'sqlite') throw new Error('expected an SQLite file');

    // Another process (a backup tool, a careless script) holds the write lock.
    const other = new Database(database.config.file);
    try {
      other.prepare('begin exclusive').run();
      expectUnavailable(await logAct(a, circleId, bMember));
      other.prepare('rollback').run();
    } finally {
      other.close();
    }

    const again = await logAct(a, circleId, bMember);
    expect(again.status).toBe(201);
    const ids = (await a.get('/api/circles/{circleId}/acts', { circleId })).body.acts.map(
      (act) => act.id,
    );
    expect(ids).toEqual(expect.arrayContaining([first.body.id, again.body.id]));
  });
});

/**
 * A small tmpfs of its own, so the disk under the SQLite file can fill up: mounting needs root
 * (CI runs as root; elsewhere the test is skipped with a message).
 */
const DISK_BYTES = 4 * 1024 * 1024;
const mountable = process.getuid?.() === 0 && process.platform === 'linux';
if (!mountable)
  console.warn('database-outage: the full-disk case is skipped: it needs root to mount a tmpfs.');

describe.skipIf(!mountable)('SQLite on a disk that fills up', () => {
  const mount = fs.mkdtempSync(path.join(os.tmpdir(), 'recipro-disk-'));
  let mounted = false;
  let server: TestServer;
  const sqlite = testDatabases().find((database) => database.name === 'sqlite')!;
  // The migrated database, copied onto the small disk.
  const database = keeping(sqlite, async (config) => {
    if (config.kind !== 'sqlite') throw new Error('expected an SQLite file');
    const file = path.join(mount, 'recipro.sqlite');
    fs.copyFileSync(config.file, file);
    return { kind: 'sqlite', file };
  });
  const filler = path.join(mount, 'filler');

  beforeAll(async () => {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${DISK_BYTES}`, 'tmpfs', mount]);
    mounted = true;
    server = await startTestServer(database);
  });
  afterAll(async () => {
    await server?.stop();
    if (mounted) execFileSync('umount', [mount]);
    fs.rmSync(mount, { recursive: true, force: true });
  });

  it('answers 503 with Retry-After while the disk is full, then writes again, intact', async () => {
    const { a, circleId, bMember } = await couple(server);
    const first = await logAct(a, circleId, bMember);
    expect(first.status).toBe(201);

    // Something else fills the disk to the last byte.
    const handle = fs.openSync(filler, 'w');
    const chunk = Buffer.alloc(64 * 1024, 1);
    try {
      for (;;) fs.writeSync(handle, chunk);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
    } finally {
      fs.closeSync(handle);
    }
    // One at a time, and several at once (one group commit, its writes in savepoints).
    expectUnavailable(await logAct(a, circleId, bMember));
    const together = await Promise.all([1, 2, 3, 4].map(() => logAct(a, circleId, bMember)));
    for (const reply of together) expectUnavailable(reply);
    // Reading needs no space: the circle still opens.
    expect((await a.get('/api/circles/{circleId}/acts', { circleId })).status).toBe(200);

    fs.rmSync(filler);
    const again = await logAct(a, circleId, bMember);
    expect(again.status).toBe(201);
    const ids = (await a.get('/api/circles/{circleId}/acts', { circleId })).body.acts.map(
      (act) => act.id,
    );
    expect(ids).toEqual(expect.arrayContaining([first.body.id, again.body.id]));
    if (database.config?.kind !== 'sqlite') throw new Error('expected an SQLite file');
    const file = new Database(database.config.file, { readonly: true });
    try {
      expect(file.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      file.close();
    }
  });
});

if (!postgresServer) {
  console.warn(
    'database-outage: the PostgreSQL part is skipped: it needs a PostgreSQL server (set TEST_DATABASE_URL).',
  );
}
