import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/database.ts';
import { expectAggregatesOfActs } from '../support/aggregates.ts';
import { Client } from '../support/client.ts';
import { startServe, type ServeProcess } from '../support/processes.ts';
import { join } from '../support/server.ts';
import { serveTargets } from '../support/serve-targets.ts';

/**
 * SIGTERM while clients log acts: the server stops taking connections, answers every request
 * it has (none is cut off or answered with an error), commits what it has in hand (SQLite's
 * group commit, PostgreSQL's transactions), and exits cleanly; everything it answered 201 is
 * in the database.
 */
const BEFORE_STOP = 100;

describe.each(serveTargets('graceful stop'))('SIGTERM during a write storm on $name', (target) => {
  const cleanups: (() => Promise<void>)[] = [];
  const running: ServeProcess[] = [];
  afterAll(async () => {
    for (const serve of running) {
      serve.child.kill('SIGKILL');
      await serve.exited;
    }
    for (const cleanup of cleanups.reverse()) await cleanup();
  });

  it('finishes what it has, loses nothing, and exits 0', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'recipro-graceful-'));
    cleanups.push(async () => fs.rmSync(dataDir, { recursive: true, force: true }));
    const { env, config, drop } = await target.prepare(dataDir);
    cleanups.push(drop);
    const serve = await startServe(dataDir, env);
    running.push(serve);
    const a = new Client(serve.url);
    const b = new Client(serve.url);
    const password = 'a good long password';
    await a.post('/api/auth/signup', {}, { email: 'asha@stop.test', password, name: 'Asha' });
    await b.post('/api/auth/signup', {}, { email: 'ben@stop.test', password, name: 'Ben' });
    const circle = (await a.post('/api/circles', {}, { name: 'Stopping', kind: 'couple' })).body;
    const bMember = await join(a, b, circle.id);

    const acknowledged = new Set<string>();
    const answered: number[] = [];
    let stopping = false;
    const storm = async (client: Client) => {
      for (;;) {
        let status: number;
        try {
          const reply = await client.post(
            '/api/circles/{circleId}/acts',
            { circleId: circle.id },
            { toMemberId: bMember, form: 'practical' },
          );
          status = reply.status;
          if (status === 201) acknowledged.add(reply.body.id);
        } catch {
          // No connection any more: the server has stopped listening. Nothing was answered.
          return;
        }
        answered.push(status);
        if (acknowledged.size >= BEFORE_STOP && !stopping) {
          stopping = true;
          serve.child.kill('SIGTERM');
        }
      }
    };
    await Promise.all(
      Array.from({ length: 8 }, () => {
        const client = new Client(serve.url);
        client.cookie = a.cookie;
        return storm(client);
      }),
    );
    await serve.exited;
    expect(serve.child.exitCode).toBe(0);
    // Every request that got an answer got a real one: no 503 for closing, no 500.
    expect(answered.filter((status) => status !== 201)).toEqual([]);

    const database = await openDatabase(config);
    try {
      const ids = new Set((await expectAggregatesOfActs(database.db, circle.id)).map((x) => x.id));
      expect([...acknowledged].filter((id) => !ids.has(id))).toEqual([]);
    } finally {
      await database.close();
    }
  });
});
