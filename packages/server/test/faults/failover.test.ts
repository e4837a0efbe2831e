import { execFile, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { Client } from '../support/client.ts';
import { startServe, type ServeProcess } from '../support/processes.ts';
import { join } from '../support/server.ts';
import {
  asPostgresUser,
  folderForPostgres,
  freePort,
  missingForPostgresUser,
  systemToolsFor,
} from '../support/system-tools.ts';

/**
 * A PostgreSQL primary with a synchronous standby, both made here from Debian's PostgreSQL
 * binaries on loopback ports, and recipro reaching the primary through HAProxy (the standby is
 * its backup server). The primary dies under a write storm (an immediate stop: no checkpoint, no
 * goodbye to clients) and the standby is promoted. Meanwhile recipro answers 503, never 500;
 * then it serves again by itself, and every act it answered 201 before the primary died is on
 * the new primary — synchronous replication acknowledged each commit only once the standby had
 * it.
 */

const run = promisify(execFile);
const HAPROXY = '/usr/sbin/haproxy';
const PG_ROOT = '/usr/lib/postgresql';
const pgBin = (() => {
  if (!fs.existsSync(PG_ROOT)) return undefined;
  const newest = fs
    .readdirSync(PG_ROOT)
    .filter((v) => fs.existsSync(path.join(PG_ROOT, v, 'bin', 'initdb')))
    .sort((x, y) => Number(x) - Number(y))
    .at(-1);
  return newest && path.join(PG_ROOT, newest, 'bin');
})();
const missing = [
  ...(pgBin ? [] : [`PostgreSQL's server binaries (${PG_ROOT}/*/bin; apt-get install postgresql)`]),
  ...(fs.existsSync(HAPROXY) ? [] : [`HAProxy (${HAPROXY}; apt-get install haproxy)`]),
  ...missingForPostgresUser(),
];
const runnable = systemToolsFor('failover', missing);

const BEFORE_KILL = 60;
const AFTER_PROMOTION = 20;
const CLIENTS = 6;

/** Runs one of PostgreSQL's tools, as the postgres user when this is root. */
async function pgTool(tool: string, args: string[]): Promise<string> {
  const command = path.join(pgBin!, tool);
  const [file, all] = asPostgresUser(command, args);
  try {
    return (await run(file, all, { timeout: 60_000 })).stdout;
  } catch (error) {
    const { stderr, stdout } = error as { stderr?: string; stdout?: string };
    throw new Error(`${tool} ${args.join(' ')} failed: ${stderr ?? ''}${stdout ?? ''}`);
  }
}

describe.skipIf(!runnable)('failover to a synchronous standby', () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => {});
  });

  it('loses no acknowledged act, answers 503 meanwhile, and serves again by itself', async () => {
    const root = folderForPostgres('recipro-failover-');
    cleanups.push(async () => fs.rmSync(root, { recursive: true, force: true }));
    const primary = path.join(root, 'primary');
    const standby = path.join(root, 'standby');
    const [primaryPort, standbyPort, routerPort] = [
      await freePort(),
      await freePort(),
      await freePort(),
    ];

    await pgTool('initdb', ['-D', primary, '-U', 'postgres', '--auth=trust', '--no-sync']);
    fs.appendFileSync(
      path.join(primary, 'postgresql.conf'),
      [
        `port = ${primaryPort}`,
        "listen_addresses = '127.0.0.1'",
        `unix_socket_directories = '${root}'`,
        'wal_level = replica',
        'max_wal_senders = 4',
        // Every commit waits until the standby has it.
        "synchronous_standby_names = 'standby1'",
        'synchronous_commit = on',
        'max_connections = 60',
        'shared_buffers = 32MB',
        '',
      ].join('\n'),
    );
    const stopCluster = (dir: string) => async () => {
      if (fs.existsSync(path.join(dir, 'postmaster.pid')))
        await pgTool('pg_ctl', ['-D', dir, '-m', 'immediate', 'stop']).catch(() => '');
    };
    await pgTool('pg_ctl', ['-D', primary, '-l', path.join(root, 'primary.log'), '-w', 'start']);
    cleanups.push(stopCluster(primary));

    await pgTool('pg_basebackup', [
      ...['-h', '127.0.0.1', '-p', String(primaryPort), '-U', 'postgres'],
      ...['-D', standby, '-R', '-X', 'stream'],
    ]);
    fs.appendFileSync(
      path.join(standby, 'postgresql.auto.conf'),
      [
        `port = ${standbyPort}`,
        `primary_conninfo = 'host=127.0.0.1 port=${primaryPort} user=postgres application_name=standby1'`,
        // Once promoted it has no standby of its own to wait for (a failover manager such as
        // Patroni rewrites this; a primary waiting for a standby that is gone never commits).
        "synchronous_standby_names = ''",
        '',
      ].join('\n'),
    );
    await pgTool('pg_ctl', ['-D', standby, '-l', path.join(root, 'standby.log'), '-w', 'start']);
    cleanups.push(stopCluster(standby));

    const query = async <R extends pg.QueryResultRow>(
      port: number,
      text: string,
      values: unknown[] = [],
    ) => {
      const client = new pg.Client({ host: '127.0.0.1', port, user: 'postgres' });
      await client.connect();
      try {
        return (await client.query<R>(text, values)).rows;
      } finally {
        await client.end();
      }
    };
    for (let attempt = 0; ; attempt += 1) {
      const rows = await query<{ sync_state: string }>(
        primaryPort,
        "select sync_state from pg_stat_replication where application_name = 'standby1'",
      );
      if (rows[0]?.sync_state === 'sync') break;
      if (attempt > 100) throw new Error('the standby never became synchronous');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }

    // The router: HAProxy in TCP mode, the standby its backup once the primary fails checks.
    const config = path.join(root, 'haproxy.cfg');
    fs.writeFileSync(
      config,
      [
        'defaults',
        '  mode tcp',
        '  timeout connect 1s',
        '  timeout client 1h',
        '  timeout server 1h',
        'listen postgres',
        `  bind 127.0.0.1:${routerPort}`,
        `  server primary 127.0.0.1:${primaryPort} check inter 300ms fall 2 rise 2 on-marked-down shutdown-sessions`,
        `  server standby 127.0.0.1:${standbyPort} check inter 300ms fall 2 rise 2 backup`,
        '',
      ].join('\n'),
    );
    const router: ChildProcess = spawn(HAPROXY, ['-db', '-f', config], { stdio: 'ignore' });
    cleanups.push(async () => {
      router.kill('SIGTERM');
    });

    const dataDir = fs.mkdtempSync(path.join(root, 'recipro-'));
    const serve: ServeProcess = await startServe(dataDir, {
      DATABASE_URL: `postgres://postgres@127.0.0.1:${routerPort}/postgres`,
    });
    cleanups.push(async () => {
      serve.child.kill('SIGKILL');
      await serve.exited;
    });

    const password = 'a good long password';
    const a = new Client(serve.url);
    const b = new Client(serve.url);
    await a.post('/api/auth/signup', {}, { email: 'asha@failover.test', password, name: 'Asha' });
    await b.post('/api/auth/signup', {}, { email: 'ben@failover.test', password, name: 'Ben' });
    const circle = (await a.post('/api/circles', {}, { name: 'Failover', kind: 'couple' })).body;
    const bMember = await join(a, b, circle.id);

    const beforeKill = new Set<string>();
    const afterPromotion = new Set<string>();
    const statuses = new Map<number, number>();
    let phase: 'before' | 'between' | 'after' = 'before';
    let stopping = false;
    const storm = async (client: Client) => {
      while (!stopping) {
        let reply;
        try {
          reply = await client.post(
            '/api/circles/{circleId}/acts',
            { circleId: circle.id },
            { toMemberId: bMember, form: 'practical' },
          );
        } catch {
          // No answer at all (the connection to recipro broke): counted as status 0.
          statuses.set(0, (statuses.get(0) ?? 0) + 1);
          continue;
        }
        statuses.set(reply.status, (statuses.get(reply.status) ?? 0) + 1);
        if (reply.status === 201) {
          if (phase === 'before') beforeKill.add(reply.body.id);
          if (phase === 'after') afterPromotion.add(reply.body.id);
        } else {
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
      }
    };
    const clients = Array.from({ length: CLIENTS }, () => {
      const client = new Client(serve.url);
      client.cookie = a.cookie;
      return client;
    });
    const storming = Promise.all(clients.map(storm));
    const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    while (beforeKill.size < BEFORE_KILL) await wait(20);

    // The primary dies: no checkpoint, no goodbye. Acts answered 201 until now count.
    phase = 'between';
    await pgTool('pg_ctl', ['-D', primary, '-m', 'immediate', 'stop']);
    await pgTool('pg_ctl', ['-D', standby, '-w', 'promote']);
    phase = 'after';
    for (let waited = 0; afterPromotion.size < AFTER_PROMOTION; waited += 50) {
      if (waited > 60_000) {
        stopping = true;
        throw new Error(`no act logged after promotion: ${JSON.stringify([...statuses])}`);
      }
      await wait(50);
    }
    stopping = true;
    await storming;

    // Meanwhile: 201 or 503, never a 500 or a hang; recipro is still the same process.
    expect([...statuses.keys()].filter((s) => s !== 201 && s !== 503)).toEqual([]);
    expect(serve.child.exitCode).toBeNull();
    const stored = new Set(
      (
        await query<{ id: string }>(standbyPort, 'select id from acts where circle_id = $1', [
          circle.id,
        ])
      ).map((row) => row.id),
    );
    expect([...beforeKill].filter((id) => !stored.has(id))).toEqual([]);
    expect([...afterPromotion].filter((id) => !stored.has(id))).toEqual([]);
  }, 180_000);
});
