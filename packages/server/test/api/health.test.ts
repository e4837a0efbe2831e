import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrations } from '../../src/db/migrations/index.ts';
import { testDatabases } from '../support/databases.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

/**
 * Health is the process (it answers without the database); readiness is whether this process
 * can serve: the database answers and has every migration this build knows.
 */
describe.each(testDatabases())('health and readiness on $name', (database) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(database);
  });
  afterAll(async () => server?.stop());

  it('says the process is up and ready, with its migrations', async () => {
    const client = server.client();
    const health = await client.get('/api/health');
    expect(health.status).toBe(200);
    expect(health.body.status).toBe('ok');
    const ready = await client.get('/api/ready');
    expect(ready.status).toBe(200);
    const known = Object.keys(migrations).length;
    expect(ready.body).toEqual({
      status: 'ready',
      database: health.body.database,
      migrations: { known, applied: known },
    });
  });

  it('is not ready while the database is a migration behind', async () => {
    const { db } = server.recipro.database;
    const newest = Object.keys(migrations).sort().at(-1)!;
    await sql`delete from kysely_migration where name = ${newest}`.execute(db);
    try {
      const ready = await server.client().get('/api/ready');
      expect(ready.status).toBe(503);
      expect(ready.error.code).toBe('unavailable');
      expect(ready.error.message).toContain('recipro migrate');
      expect(Number(ready.headers.get('retry-after'))).toBeGreaterThan(0);
      // Health is only the process.
      expect((await server.client().get('/api/health')).status).toBe(200);
    } finally {
      await sql`insert into kysely_migration (name, timestamp) values (${newest}, ${new Date().toISOString()})`.execute(
        db,
      );
    }
    expect((await server.client().get('/api/ready')).status).toBe(200);
  });

  it('says it is not ready while it drains before a stop, and serves meanwhile', async () => {
    const draining = await startTestServer(database, { STOP_DRAIN_SECONDS: '1' });
    const client = draining.client();
    expect((await client.get('/api/ready')).status).toBe(200);
    const stopped = draining.stop();
    const ready = await client.get('/api/ready');
    expect(ready.status).toBe(503);
    expect(ready.error.code).toBe('unavailable');
    expect(ready.error.message).toBe('This process is stopping.');
    // Still serving: the process and the API answer.
    expect((await client.get('/api/health')).status).toBe(200);
    expect((await client.get('/api/me')).status).toBe(401);
    await stopped;
  });
});
