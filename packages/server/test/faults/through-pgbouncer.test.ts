import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/database.ts';
import { migrations } from '../../src/db/migrations/index.ts';
import { Client } from '../support/client.ts';
import { testDatabases } from '../support/databases.ts';
import { startServe, stopChild, stopServes, type ServeProcess } from '../support/processes.ts';
import { join } from '../support/server.ts';
import {
  asPostgresUser,
  folderForPostgres,
  freePort,
  missingForPostgresUser,
  systemToolsFor,
} from '../support/system-tools.ts';

/**
 * Three `recipro serve` processes on one PostgreSQL through PgBouncer in transaction pooling
 * with two server connections, as docs/DEPLOY.md allows: started at the same moment on an empty
 * database they migrate it once (the migration lock ends with its transaction, so no server
 * connection is left holding it), then serve a write storm through the pooler with nothing
 * acknowledged lost and nothing done twice.
 */

const PGBOUNCER = '/usr/sbin/pgbouncer';
const postgres = testDatabases().find((database) => database.name === 'postgres (server)');
const missing = [
  ...(postgres ? [] : ['a PostgreSQL server (set TEST_DATABASE_URL)']),
  ...(fs.existsSync(PGBOUNCER) ? [] : [`PgBouncer (${PGBOUNCER}; apt-get install pgbouncer)`]),
  ...missingForPostgresUser(),
];
const runnable = systemToolsFor('processes through PgBouncer', missing);

const PROCESSES = 3;
const CLIENTS = 6;
const ACTS_PER_CLIENT = 25;

/** PgBouncer in front of the server of `upstream`, in transaction pooling. */
async function startPgBouncer(dir: string, upstream: URL) {
  const port = await freePort();
  const config = path.join(dir, 'pgbouncer.ini');
  fs.writeFileSync(path.join(dir, 'users.txt'), `"${upstream.username}" ""\n`);
  fs.writeFileSync(
    config,
    [
      '[databases]',
      `* = host=${upstream.hostname} port=${upstream.port || 5432}`,
      '[pgbouncer]',
      'listen_addr = 127.0.0.1',
      `listen_port = ${port}`,
      "unix_socket_dir = ''",
      'auth_type = trust',
      `auth_file = ${path.join(dir, 'users.txt')}`,
      'pool_mode = transaction',
      // Fewer server connections than processes: each transaction borrows one for its length.
      'default_pool_size = 2',
      'max_client_conn = 200',
      'ignore_startup_parameters = extra_float_digits',
      '',
    ].join('\n'),
  );
  const [file, args] = asPostgresUser(PGBOUNCER, [config]);
  const child: ChildProcess = spawn(file, args, { stdio: 'pipe' });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += String(chunk)));
  child.stderr?.on('data', (chunk) => (output += String(chunk)));
  const url = new URL(upstream);
  url.port = String(port);
  // Listening once a connection is accepted.
  for (let attempt = 0; ; attempt += 1) {
    if (child.exitCode !== null) throw new Error(`pgbouncer exited: ${output}`);
    const probe = await openDatabase({ kind: 'postgres', url: url.toString() });
    const up = await sql`select 1`.execute(probe.db).then(
      () => true,
      () => false,
    );
    await probe.close();
    if (up) break;
    if (attempt > 100) throw new Error(`pgbouncer did not answer: ${output}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url: url.toString(),
    stop: () => stopChild(child),
  };
}

describe.skipIf(!runnable)('three processes through PgBouncer in transaction pooling', () => {
  const cleanups: (() => Promise<void>)[] = [];
  const running: ServeProcess[] = [];
  afterAll(async () => {
    await stopServes(running);
    for (const cleanup of cleanups.reverse()) await cleanup();
  });

  it('migrate an empty database once, started together, then lose and repeat nothing', async () => {
    const dir = folderForPostgres('recipro-pgbouncer-');
    cleanups.push(async () => fs.rmSync(dir, { recursive: true, force: true }));
    const { config, drop } = await postgres!.create();
    cleanups.push(drop);
    if (config.kind !== 'postgres') throw new Error('expected a PostgreSQL server');
    const bouncer = await startPgBouncer(dir, new URL(config.url));
    cleanups.push(bouncer.stop);

    // All at once on the empty database, each migrating as it starts.
    const env = { DATABASE_URL: bouncer.url };
    const processes = await Promise.all(
      Array.from({ length: PROCESSES }, () => startServe(fs.mkdtempSync(`${dir}/p`), env)),
    );
    running.push(...processes);

    const [first] = processes;
    const a = new Client(first!.url);
    const b = new Client(processes[1]!.url);
    const password = 'a good long password';
    await a.post('/api/auth/signup', {}, { email: 'asha@pool.test', password, name: 'Asha' });
    await b.post('/api/auth/signup', {}, { email: 'ben@pool.test', password, name: 'Ben' });
    const circle = (await a.post('/api/circles', {}, { name: 'Pool', kind: 'couple' })).body;
    const bMember = await join(a, b, circle.id);

    // Clients spread over the processes log acts, each act sent twice with its key.
    const acknowledged = new Set<string>();
    const statuses: number[] = [];
    await Promise.all(
      Array.from({ length: CLIENTS }, async (_, n) => {
        const client = new Client(processes[n % PROCESSES]!.url);
        client.cookie = a.cookie;
        for (let i = 0; i < ACTS_PER_CLIENT; i += 1) {
          const headers = { 'idempotency-key': `pool-${n}-${i}` };
          const act = { toMemberId: bMember, form: 'practical' as const, effort: 1 + (i % 3) };
          for (let send = 0; send < 2; send += 1) {
            const reply = await client.post(
              '/api/circles/{circleId}/acts',
              { circleId: circle.id },
              act,
              { headers },
            );
            statuses.push(reply.status);
            if (reply.status === 201) acknowledged.add(reply.body.id);
          }
        }
      }),
    );
    expect(new Set(statuses)).toEqual(new Set([201]));
    expect(acknowledged.size).toBe(CLIENTS * ACTS_PER_CLIENT);

    // Read straight from the server, past the pooler.
    const direct = await openDatabase(config);
    try {
      const applied = await direct.db
        .selectFrom('kysely_migration' as never)
        .select(sql<string>`name`.as('name'))
        .execute();
      expect(applied.map((row) => row.name).sort()).toEqual(Object.keys(migrations).sort());
      const acts = await direct.db
        .selectFrom('acts')
        .select('id')
        .where('circle_id', '=', circle.id)
        .execute();
      expect(new Set(acts.map((row) => row.id))).toEqual(acknowledged);
      const locks = await sql<{
        n: string;
      }>`
          select count(*) as n from pg_locks where locktype = 'advisory'
          and database = (select oid from pg_database where datname = current_database())`.execute(
        direct.db,
      );
      expect(Number(locks.rows[0]!.n)).toBe(0);
    } finally {
      await direct.close();
    }
  });
});
