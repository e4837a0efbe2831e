import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { Client } from '../support/client.ts';
import { testDatabases } from '../support/databases.ts';
import { confirmEmailFromSink } from '../support/mail-links.ts';
import { serverProcesses } from '../support/processes.ts';
import { startSmtpSink } from '../support/smtp-sink.ts';

const server = testDatabases().find((d) => d.name === 'postgres (server)');

if (!server)
  console.warn(
    'two-process scheduler test skipped: it needs a PostgreSQL server (set TEST_DATABASE_URL).',
  );

// Several processes can only share a database server; PGlite lives inside one process.
describe.skipIf(!server)('two server processes on one PostgreSQL', () => {
  const processes = serverProcesses();
  const cleanups: (() => Promise<void>)[] = [];
  afterAll(async () => {
    await processes.stopAll();
    for (const cleanup of cleanups.reverse()) await cleanup();
  });

  it('sends each reminder exactly once and plans each occurrence once', async () => {
    const { config, drop } = await server!.create();
    cleanups.push(drop);
    const sink = await startSmtpSink();
    cleanups.push(sink.close);
    if (config.kind !== 'postgres') throw new Error('expected a PostgreSQL server');
    const env = {
      DATABASE_URL: config.url,
      SMTP_URL: sink.url,
      MAIL_FROM: 'recipro <hello@recipro.test>',
      REMINDER_INTERVAL_SECONDS: '1',
      LOG_LEVEL: 'silent',
      // One person asks for many test reminders here, more than people are allowed by default.
      TEST_REMINDER_LIMIT: '100',
    };
    const [one, two] = await Promise.all([processes.start(env), processes.start(env)]);

    const first = new Client(one!);
    await first.post(
      '/api/auth/signup',
      {},
      {
        email: 'twice@recipro.test',
        password: 'a long password',
        name: 'Twice',
      },
    );
    // Reminder emails go only to a confirmed address.
    await confirmEmailFromSink(sink.received, first, 'twice@recipro.test');
    const second = new Client(two!);
    second.cookie = first.cookie;
    expect((await second.get('/api/me')).status).toBe(200);
    await first.put('/api/me/notifications', {}, { email: true, push: false });
    const circle = (await first.post('/api/circles', {}, { name: 'Solo', kind: 'friends' })).body;
    await first.post(
      '/api/circles/{circleId}/rituals',
      { circleId: circle.id },
      {
        kind: 'appreciation',
        rrule: 'FREQ=DAILY',
        time: '12:00',
        timezone: 'UTC',
      },
    );

    const sent = 12;
    for (let i = 0; i < sent; i += 1) {
      const reply = await (i % 2 === 0 ? first : second).post('/api/me/notifications/test', {});
      expect(reply.status).toBe(202);
    }
    await sink.waitFor(sent, 30_000);
    // Both processes keep ticking every second: give them time to (wrongly) send again.
    await new Promise((r) => setTimeout(r, 3_000));
    expect(
      sink.received.filter((m) => m.raw.includes('A test reminder from recipro')),
    ).toHaveLength(sent);

    const db = new pg.Client({ connectionString: config.url });
    await db.connect();
    try {
      const planned = await db.query(
        `select occurrence_key from reminders where ritual_id is not null`,
      );
      expect(planned.rows.length).toBeGreaterThanOrEqual(1);
      const duplicates = await db.query(
        `select occurrence_key from reminders group by occurrence_key having count(*) > 1`,
      );
      expect(duplicates.rows).toEqual([]);
      const statuses = await db.query(
        `select status, count(*)::int as n from reminders where ritual_id is null group by status`,
      );
      expect(statuses.rows).toEqual([{ status: 'sent', n: sent }]);
    } finally {
      await db.end();
    }
  }, 90_000);
});
