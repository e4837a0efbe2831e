import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FEED_MAX_EVENTS } from '../../src/services/notifications.ts';
import { testDatabases } from '../support/databases.ts';
import { couple, startTestServer, type TestServer } from '../support/server.ts';

/** The names of the content lines of an iCalendar text (continuation lines belong to the one before). */
const propertyNames = (feed: string) =>
  feed
    .split('\r\n')
    .filter((line) => line !== '' && !line.startsWith(' '))
    .map((line) => /^[A-Za-z-]+/.exec(line)?.[0] ?? `(no name) ${line}`);

describe.each(testDatabases())('calendar feeds on $name', (database) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(database, { REMINDER_INTERVAL_SECONDS: '0' });
  });
  afterAll(async () => server?.stop());

  it('lets no member put a line of their own into another member’s calendar', async () => {
    const { a, b, circleId } = await couple(server);
    const title =
      'Tea\r\nATTENDEE;CN=Eve:mailto:eve@example.test\rORGANIZER:mailto:eve@example.test';
    const made = await a.post(
      '/api/circles/{circleId}/rituals',
      { circleId },
      {
        kind: 'custom',
        title,
        rrule: 'FREQ=WEEKLY;BYDAY=SU',
        time: '18:00',
        timezone: 'UTC',
      },
    );
    expect(made.status).toBe(201);
    expect(made.body.title).toBe(title);

    const { url } = (await b.get('/api/me/calendar')).body;
    const feed = await (await fetch(url)).text();
    const names = propertyNames(feed);
    expect(names).not.toContain('ATTENDEE');
    expect(names).not.toContain('ORGANIZER');
    expect(new Set(names)).toEqual(
      new Set([
        'BEGIN',
        'VERSION',
        'PRODID',
        'CALSCALE',
        'METHOD',
        'X-WR-CALNAME',
        'UID',
        'DTSTAMP',
        'DTSTART',
        'DTEND',
        'SUMMARY',
        'DESCRIPTION',
        'END',
      ]),
    );
    expect(feed).not.toMatch(/\r(?!\n)|(?<!\r)\n/);
    expect(feed).not.toContain('\u0000');
    const summary = feed.replace(/\r\n /g, '').match(/^SUMMARY:.*$/m)?.[0];
    expect(summary).toBe(
      'SUMMARY:Tea\\nATTENDEE\\;CN=Eve:mailto:eve@example.testORGANIZER:mailto:eve@example.test',
    );
    for (const line of feed.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  });

  it('says its own words in its owner’s language, and each title as it was written', async () => {
    const { a, b, circleId } = await couple(server);
    await b.patch('/api/me', {}, { locale: 'es' });
    const made = await a.post(
      '/api/circles/{circleId}/rituals',
      { circleId },
      {
        kind: 'custom',
        title: 'Tea, then a walk',
        rrule: 'FREQ=WEEKLY;BYDAY=SU',
        time: '18:00',
        timezone: 'UTC',
      },
    );
    expect(made.status).toBe(201);
    const feedOf = async (who: typeof a) => {
      const feed = await (await fetch((await who.get('/api/me/calendar')).body.url)).text();
      return feed.replace(/\r\n /g, '');
    };
    const spanish = await feedOf(b);
    expect(spanish).toContain('X-WR-CALNAME:Rituales de recipro\r\n');
    expect(spanish).toContain('SUMMARY:Tea\\, then a walk\r\n');
    expect(spanish).toContain('DESCRIPTION;LANGUAGE=es:Un ritual de Asha & Ben.\r\n');
    expect(spanish).not.toContain('A ritual of');
    // The other member chose no language: English.
    const english = await feedOf(a);
    expect(english).toContain('X-WR-CALNAME:recipro rituals\r\n');
    expect(english).toContain('DESCRIPTION;LANGUAGE=en:A ritual of Asha & Ben.\r\n');
    // The feed follows a change of language at its next read.
    await b.patch('/api/me', {}, { locale: 'hi' });
    expect(await feedOf(b)).toContain('DESCRIPTION;LANGUAGE=hi:Asha & Ben की एक रस्म।\r\n');
  });

  it('lists at most a bounded number of events, the soonest first', async () => {
    const { a, circleId } = await couple(server);
    for (let i = 0; i < 9; i += 1) {
      const reply = await a.post(
        '/api/circles/{circleId}/rituals',
        { circleId },
        {
          kind: 'custom',
          title: `Daily ${i} ${'x'.repeat(180)}`,
          rrule: 'FREQ=DAILY',
          time: `0${i}:00`,
          timezone: 'UTC',
        },
      );
      expect(reply.status).toBe(201);
    }
    const { url } = (await a.get('/api/me/calendar')).body;
    const feed = await (await fetch(url)).text();
    const starts = [...feed.matchAll(/^DTSTART:(\S+)\r$/gm)].map((m) => m[1]!);
    // Nine daily rituals over the feed's four months would be more than the cap.
    expect(starts).toHaveLength(FEED_MAX_EVENTS);
    expect(starts).toEqual([...starts].sort());
    expect(Buffer.byteLength(feed)).toBeLessThan(FEED_MAX_EVENTS * 600);
  });
});
