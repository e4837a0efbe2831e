import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/database.ts';
import { expectAggregatesOfActs } from '../support/aggregates.ts';
import { Client } from '../support/client.ts';
import { startServe, type ServeProcess } from '../support/processes.ts';
import { join } from '../support/server.ts';

type LogAct = { toMemberId: string; form: 'practical' | 'emotional'; effort: number };
import { serveTargets } from '../support/serve-targets.ts';

/**
 * The server is killed with SIGKILL while clients log acts as fast as they can: no clean stop,
 * no last commit. Started again on the same database, every act it answered 201 is there, the
 * database is intact, and the stored aggregates equal a from-scratch computation. Each act is
 * sent with an Idempotency-Key; those whose answer never arrived are sent again after the
 * restart, and none is logged twice.
 */

/** Acts acknowledged before the kill: enough that the kill lands mid-storm. */
const BEFORE_KILL = 150;
const CLIENTS = 8;

const targets = serveTargets('kill-storm');

describe.each(targets)('SIGKILL during a write storm on $name', (target) => {
  const cleanups: (() => Promise<void>)[] = [];
  const running: ServeProcess[] = [];
  afterAll(async () => {
    for (const serve of running) {
      serve.child.kill('SIGKILL');
      await serve.exited;
    }
    for (const cleanup of cleanups.reverse()) await cleanup();
  });

  it('keeps every act it acknowledged, intact and consistently summed', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'recipro-storm-'));
    cleanups.push(async () => fs.rmSync(dataDir, { recursive: true, force: true }));
    const { env, config, drop } = await target.prepare(dataDir);
    cleanups.push(drop);

    const first = await startServe(dataDir, env);
    running.push(first);
    const a = new Client(first.url);
    const b = new Client(first.url);
    const password = 'a good long password';
    await a.post('/api/auth/signup', {}, { email: 'asha@storm.test', password, name: 'Asha' });
    await b.post('/api/auth/signup', {}, { email: 'ben@storm.test', password, name: 'Ben' });
    const circle = (await a.post('/api/circles', {}, { name: 'Storm', kind: 'couple' })).body;
    const bMember = await join(a, b, circle.id);

    // Clients log acts until the server dies under them; each keeps the ids answered 201.
    const acknowledged = new Set<string>();
    const unanswered: { key: string; act: LogAct }[] = [];
    /** The last act each client had answered 201, to be sent again after the restart. */
    const lastAnswered: { key: string; act: LogAct; id: string }[] = [];
    let killed = false;
    const storm = async (client: Client, n: number) => {
      for (let i = 0; !killed; i += 1) {
        const key = `storm-${n}-${i}`;
        const act: LogAct = {
          toMemberId: bMember,
          form: i % 2 ? 'practical' : 'emotional',
          effort: 1 + (i % 3),
        };
        try {
          const reply = await client.post(
            '/api/circles/{circleId}/acts',
            { circleId: circle.id },
            act,
            { headers: { 'idempotency-key': key } },
          );
          if (reply.status === 201) {
            acknowledged.add(reply.body.id);
            lastAnswered[n] = { key, act, id: reply.body.id };
          }
        } catch {
          unanswered.push({ key, act });
          return; // the connection died with the server
        }
        if (acknowledged.size >= BEFORE_KILL && !killed) {
          killed = true;
          first.child.kill('SIGKILL');
        }
      }
    };
    const clients = Array.from({ length: CLIENTS }, () => {
      const client = new Client(first.url);
      client.cookie = a.cookie;
      return client;
    });
    await Promise.all(clients.map((client, n) => storm(client, n)));
    await first.exited;
    expect(first.child.signalCode).toBe('SIGKILL');
    expect(acknowledged.size).toBeGreaterThanOrEqual(BEFORE_KILL);

    // Started again on the same database: it serves, and everything acknowledged is there.
    const second = await startServe(dataDir, env);
    running.push(second);
    const again = new Client(second.url);
    again.cookie = a.cookie;
    const after = await again.post(
      '/api/circles/{circleId}/acts',
      { circleId: circle.id },
      { toMemberId: bMember, form: 'practical' },
    );
    expect(after.status).toBe(201);
    // An act answered before the kill, sent again with its key: the same act, not a second one.
    for (const { key, act, id } of lastAnswered.filter(Boolean)) {
      const reply = await again.post('/api/circles/{circleId}/acts', { circleId: circle.id }, act, {
        headers: { 'idempotency-key': key },
      });
      expect(reply.status).toBe(201);
      expect(reply.headers.get('idempotent-replayed')).toBe('true');
      expect(reply.body.id).toBe(id);
    }
    // What was in flight at the kill (if anything was), sent again with its key: logged once,
    // whether or not the first attempt had committed.
    const retried = new Set<string>();
    for (const { key, act } of unanswered) {
      const reply = await again.post('/api/circles/{circleId}/acts', { circleId: circle.id }, act, {
        headers: { 'idempotency-key': key },
      });
      expect(reply.status).toBe(201);
      retried.add(reply.body.id);
    }
    second.child.kill('SIGTERM');
    await second.exited;

    if (config.kind === 'sqlite') {
      const file = new SQLite(config.file, { readonly: true });
      try {
        expect(file.pragma('integrity_check', { simple: true })).toBe('ok');
      } finally {
        file.close();
      }
    }
    const database = await openDatabase(config);
    try {
      const stored = await expectAggregatesOfActs(database.db, circle.id);
      const ids = new Set(stored.map((act) => act.id));
      const missing = [...acknowledged].filter((id) => !ids.has(id));
      expect(missing).toEqual([]);
      expect(ids.has(after.body.id)).toBe(true);
      expect(stored).toHaveLength(new Set([...acknowledged, ...retried, after.body.id]).size);
    } finally {
      await database.close();
    }
  });
});
