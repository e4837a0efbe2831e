import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/database.ts';
import { Client } from '../support/client.ts';
import { testDatabases } from '../support/databases.ts';
import { confirmEmailFromSink } from '../support/mail-links.ts';
import { startServe, stopChild, stopServes, type ServeProcess } from '../support/processes.ts';
import { join } from '../support/server.ts';
import { freePort, systemToolsFor } from '../support/system-tools.ts';
import { startSmtpSink } from '../support/smtp-sink.ts';

/**
 * Three `recipro serve` processes on one PostgreSQL behind HAProxy, as docs/DEPLOY.md sets them
 * up, under a mixed load through the proxy. One process killed with SIGKILL: nothing
 * acknowledged is lost, and only requests that were in flight on it fail. What the processes
 * share lives in the database, so limits and the reminder outbox hold across them. Each process
 * restarted in turn with SIGTERM (a rolling upgrade): no request fails at all.
 */

const HAPROXY = '/usr/sbin/haproxy';
const postgres = testDatabases().find((database) => database.name === 'postgres (server)');
const missing = [
  ...(postgres ? [] : ['a PostgreSQL server (set TEST_DATABASE_URL)']),
  ...(fs.existsSync(HAPROXY) ? [] : [`HAProxy (${HAPROXY}; apt-get install haproxy)`]),
];
const runnable = systemToolsFor('three processes behind a proxy', missing);

const CLIENTS = 6;
const SIGNIN_PER_MINUTE = 5;
/** How long HAProxy takes at most to see a process gone: three checks 300 ms apart, and slack. */
const DETECTION_MS = 1500;

/** HAProxy in front of `backends`, as docs/DEPLOY.md configures it (TLS left out). */
async function startHaproxy(dir: string, backends: readonly string[]) {
  const port = await freePort();
  const config = path.join(dir, 'haproxy.cfg');
  fs.writeFileSync(
    config,
    [
      'global',
      '  maxconn 512',
      'defaults',
      '  mode http',
      '  timeout connect 1s',
      '  timeout client 30s',
      '  timeout server 30s',
      // A loaded machine may take a while to answer a check; a dead process refuses at once.
      '  timeout check 2s',
      // A request that could not reach a process goes to another; one that reached it does not.
      '  retries 3',
      '  option redispatch',
      '  retry-on conn-failure',
      'frontend recipro',
      `  bind 127.0.0.1:${port}`,
      // Tells recipro who the client is (recipro trusts it: TRUST_PROXY).
      '  option forwardfor',
      '  default_backend processes',
      'backend processes',
      '  balance roundrobin',
      '  option httpchk GET /api/ready',
      '  http-check expect status 200',
      ...backends.map(
        (url, i) => `  server p${i} ${new URL(url).host} check inter 300ms fall 3 rise 2`,
      ),
      '',
    ].join('\n'),
  );
  const child: ChildProcess = spawn(HAPROXY, ['-db', '-f', config], { stdio: 'pipe' });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += String(chunk)));
  child.stderr?.on('data', (chunk) => (output += String(chunk)));
  const url = `http://127.0.0.1:${port}`;
  // Ready once every process answers through it.
  for (let attempt = 0; ; attempt += 1) {
    if (child.exitCode !== null) throw new Error(`haproxy exited: ${output}`);
    const up = await fetch(`${url}/api/ready`).then(
      (r) => r.status === 200,
      () => false,
    );
    if (up) break;
    if (attempt > 100) throw new Error(`haproxy did not answer: ${output}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url,
    stop: () => stopChild(child),
  };
}

type Wait = (ms: number) => Promise<unknown>;
const wait: Wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

interface Outcome {
  readonly startedAt: number;
  readonly ok: boolean;
  /** What came back: a status, or the error of a broken connection. */
  readonly answer: string;
}

describe.skipIf(!runnable)('three processes behind HAProxy on one PostgreSQL', () => {
  const cleanups: (() => Promise<void>)[] = [];
  const running: ServeProcess[] = [];
  afterAll(async () => {
    await stopServes(running);
    for (const cleanup of cleanups.reverse()) await cleanup();
  });

  /** A new database, three processes on it behind HAProxy, and a couple signed up through it. */
  async function deployment() {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'recipro-proxy-'));
    cleanups.push(async () => fs.rmSync(dir, { recursive: true, force: true }));
    const { config, drop } = await postgres!.create();
    cleanups.push(drop);
    if (config.kind !== 'postgres') throw new Error('expected a PostgreSQL server');
    const sink = await startSmtpSink();
    cleanups.push(sink.close);
    const env = {
      DATABASE_URL: config.url,
      SMTP_URL: sink.url,
      MAIL_FROM: 'recipro <hello@recipro.test>',
      REMINDER_INTERVAL_SECONDS: '1',
      SIGNIN_PER_MINUTE: String(SIGNIN_PER_MINUTE),
      TRUST_PROXY: '127.0.0.1',
      // On SIGTERM, "not ready" for longer than HAProxy takes to see it (DEPLOY.md).
      STOP_DRAIN_SECONDS: '3',
      TEST_REMINDER_LIMIT: '100',
    };
    const start = async (port = 0) => {
      const serve = await startServe(fs.mkdtempSync(path.join(dir, 'p')), env, port);
      running.push(serve);
      return serve;
    };
    // The first process migrates the new database; the others find it current.
    const processes = [await start()];
    processes.push(...(await Promise.all([start(), start()])));
    const proxy = await startHaproxy(
      dir,
      processes.map((p) => p.url),
    );
    cleanups.push(proxy.stop);

    const password = 'a good long password';
    const a = new Client(proxy.url);
    const b = new Client(proxy.url);
    await a.post('/api/auth/signup', {}, { email: 'asha@proxy.test', password, name: 'Asha' });
    await b.post('/api/auth/signup', {}, { email: 'ben@proxy.test', password, name: 'Ben' });
    const circle = (await a.post('/api/circles', {}, { name: 'Proxy', kind: 'couple' })).body;
    const bMember = await join(a, b, circle.id);

    /**
     * A mixed load through the proxy (logging acts, reading the balance and the list of acts)
     * by `CLIENTS` clients until `stop`; what each request began at and whether it succeeded.
     */
    const startLoad = () => {
      const outcomes: Outcome[] = [];
      const acknowledged = new Set<string>();
      let stopping = false;
      const load = async (client: Client, k: number) => {
        for (let i = 0; !stopping; i += 1) {
          const startedAt = performance.now();
          let ok: boolean;
          let answer: string;
          try {
            if ((i + k) % 3 === 0) {
              const reply = await client.post(
                '/api/circles/{circleId}/acts',
                { circleId: circle.id },
                { toMemberId: bMember, form: 'practical' },
              );
              ok = reply.status === 201;
              answer = `POST ${reply.status}`;
              if (ok) acknowledged.add(reply.body.id);
            } else {
              const path = `/api/circles/${circle.id}/${(i + k) % 3 === 1 ? 'balance' : 'acts'}`;
              const { status } = await client.raw('GET', path);
              ok = status === 200;
              answer = `GET ${status}`;
            }
          } catch (error) {
            ok = false; // the connection broke
            answer = `${String(error)} (${String((error as Error).cause)})`;
          }
          outcomes.push({ startedAt, ok, answer });
        }
      };
      const clients = Array.from({ length: CLIENTS }, () => {
        const client = new Client(proxy.url);
        client.cookie = a.cookie;
        return client;
      });
      const storm = Promise.all(clients.map(load));
      return {
        outcomes,
        acknowledged,
        stop: async () => {
          stopping = true;
          await storm;
        },
      };
    };

    /** Fails unless every id in `acknowledged` is an act in the database. */
    const expectStored = async (acknowledged: ReadonlySet<string>) => {
      const database = await openDatabase(config);
      try {
        const rows = await database.db
          .selectFrom('acts')
          .select('id')
          .where('circle_id', '=', circle.id)
          .execute();
        const stored = new Set(rows.map((row) => row.id));
        expect([...acknowledged].filter((id) => !stored.has(id))).toEqual([]);
      } finally {
        await database.close();
      }
    };
    return { proxy, processes, start, sink, a, startLoad, expectStored };
  }

  it('loses nothing acknowledged when one is killed; limits and reminders hold across them', async () => {
    const { proxy, processes, sink, a, startLoad, expectStored } = await deployment();
    await confirmEmailFromSink(sink.received, a, 'asha@proxy.test');
    const load = startLoad();
    while (load.acknowledged.size < 30) await wait(50);
    const victim = processes[1]!;
    victim.child.kill('SIGKILL');
    await victim.exited;
    // A request begun before this moment may have reached the process before it died.
    const diedAt = performance.now();
    // Load goes on past the moment HAProxy has seen the process gone, and a while after.
    await wait(DETECTION_MS + 1500);
    await load.stop();

    const failed = load.outcomes.filter((o) => !o.ok);
    // Only what was in flight when the process died can fail: at most one request per client,
    // each begun before it died; everything begun once HAProxy knew is answered.
    expect(failed.length).toBeLessThanOrEqual(CLIENTS);
    for (const outcome of failed) expect(outcome.startedAt).toBeLessThan(diedAt);
    const afterDetection = load.outcomes.filter((o) => o.startedAt > diedAt + DETECTION_MS);
    expect(afterDetection.length).toBeGreaterThan(0);
    expect(afterDetection.every((o) => o.ok)).toBe(true);
    await expectStored(load.acknowledged);
    // Sign-in attempts are limited across the processes (the proxy spreads them over both),
    // per client: the proxy says which (X-Forwarded-For; the client's own header stands in for
    // a client elsewhere on the internet, since every client here is on loopback).
    const signIn = async (from: string) =>
      (
        await new Client(proxy.url).raw(
          'POST',
          '/api/auth/signin',
          { email: 'ben@proxy.test', password: 'not the password' },
          { 'x-forwarded-for': from },
        )
      ).status;
    const statuses: number[] = [];
    for (let i = 0; i < SIGNIN_PER_MINUTE + 3; i += 1) statuses.push(await signIn('203.0.113.5'));
    expect(statuses.slice(0, SIGNIN_PER_MINUTE).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(SIGNIN_PER_MINUTE)).toEqual([429, 429, 429]);
    expect(await signIn('203.0.113.6')).toBe(401);

    // Test reminders asked for through the proxy go out once each, whichever process plans them.
    expect((await a.put('/api/me/notifications', {}, { email: true, push: false })).status).toBe(
      200,
    );
    const sent = 6;
    for (let i = 0; i < sent; i += 1)
      expect((await a.post('/api/me/notifications/test', {})).status).toBe(202);
    const reminders = () =>
      sink.received.filter((m) => m.raw.includes('A test reminder from recipro'));
    await sink.waitFor(sink.received.length - reminders().length + sent, 30_000);
    await wait(2500);
    expect(reminders()).toHaveLength(sent);
  }, 120_000);

  it('drops no request while each process in turn is stopped and started again', async () => {
    const { proxy, processes, start, startLoad, expectStored } = await deployment();
    const load = startLoad();
    while (load.acknowledged.size < 10) await wait(50);
    for (const [i, old] of processes.entries()) {
      old.child.kill('SIGTERM');
      await old.exited;
      expect(old.child.exitCode).toBe(0);
      // The new version takes the same port; HAProxy sends to it once it is ready.
      processes[i] = await start(Number(new URL(old.url).port));
      await wait(DETECTION_MS);
    }
    const before = load.acknowledged.size;
    while (load.acknowledged.size < before + 10) await wait(50);
    await load.stop();
    expect(load.outcomes.filter((o) => !o.ok)).toEqual([]);
    await expectStored(load.acknowledged);
    expect((await new Client(proxy.url).raw('GET', '/api/ready')).status).toBe(200);
  }, 120_000);
});
