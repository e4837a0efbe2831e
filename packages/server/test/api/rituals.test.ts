import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RemindersRepository } from '../../src/repositories/reminders.ts';
import { UsersRepository } from '../../src/repositories/users.ts';
import { testDatabases } from '../support/databases.ts';
import { confirmEmailFromSink, mailHeader, mailText } from '../support/mail-links.ts';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink.ts';
import { couple, startMailingServer, startTestServer, type TestServer } from '../support/server.ts';

describe.each(testDatabases())('rituals and reminders on $name', (database) => {
  let server: TestServer;
  let sink: SmtpSink;
  let stop: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    ({ server, sink, stop } = await startMailingServer(database));
  });
  afterAll(async () => stop?.());

  it('keeps a ritual with its next time in the ritual’s time zone, and a gentle rhythm', async () => {
    const { a, circleId, aMember, bMember } = await couple(server);
    const created = await a.post(
      '/api/circles/{circleId}/rituals',
      { circleId },
      {
        kind: 'weekly_checkin',
        rrule: 'FREQ=WEEKLY;BYDAY=SU',
        time: '18:00',
        timezone: 'Asia/Kolkata',
      },
    );
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      kind: 'weekly_checkin',
      title: 'How are we doing?',
      memberIds: [aMember, bMember],
    });
    const next = new Date(created.body.nextAt!);
    expect(next.getUTCDay()).toBe(0);
    expect(next.toISOString().slice(11, 16)).toBe('12:30');
    expect(created.body.rhythm).toEqual({ done: 0, of: 0, recentRun: 0 });
    const done = await a.post('/api/circles/{circleId}/rituals/{ritualId}/completions', {
      circleId,
      ritualId: created.body.id,
    });
    expect(done.status).toBe(201);
    expect(
      (await a.get('/api/circles/{circleId}/rituals', { circleId })).body.rituals,
    ).toHaveLength(1);
  });

  it('refuses schedules that never fire, unknown zones and outsiders, changing nothing', async () => {
    const { a, circleId } = await couple(server);
    const other = await couple(server);
    for (const [label, body] of [
      [
        'a schedule that never fires',
        {
          kind: 'custom',
          rrule: 'FREQ=DAILY;UNTIL=20200101T000000Z',
          time: '09:00',
          timezone: 'UTC',
        },
      ],
      [
        'no occurrences at all',
        { kind: 'custom', rrule: 'FREQ=DAILY;COUNT=0', time: '09:00', timezone: 'UTC' },
      ],
      [
        'a rule that is not a rule',
        { kind: 'custom', rrule: 'every day please', time: '09:00', timezone: 'UTC' },
      ],
      [
        'more often than daily',
        { kind: 'custom', rrule: 'FREQ=HOURLY', time: '09:00', timezone: 'UTC' },
      ],
      [
        'an unknown time zone',
        { kind: 'custom', rrule: 'FREQ=DAILY', time: '09:00', timezone: 'Mars/Olympus_Mons' },
      ],
      [
        'a time that is not a time',
        { kind: 'custom', rrule: 'FREQ=DAILY', time: '25:00', timezone: 'UTC' },
      ],
      [
        'someone from another circle',
        {
          kind: 'custom',
          rrule: 'FREQ=DAILY',
          time: '09:00',
          timezone: 'UTC',
          memberIds: [other.aMember],
        },
      ],
    ] as const) {
      const reply = await a.post('/api/circles/{circleId}/rituals', { circleId }, body);
      expect(reply.status, label).toBe(400);
      expect(reply.error.code, label).toBe('validation_failed');
    }
    expect((await a.get('/api/circles/{circleId}/rituals', { circleId })).body.rituals).toEqual([]);
  });

  it('plans each reminder once, honours quiet hours, and emails it with a one-click unsubscribe', async () => {
    const { a, circleId } = await couple(server);
    await confirmEmailFromSink(sink.received, a, a.user.email);
    const hhmm = (ms: number) => new Date(ms).toISOString().slice(11, 16);
    const soon = server.clock.now() + 2 * 3_600_000;
    // Quiet hours from 30 minutes before the ritual to 30 minutes after: the reminder waits.
    const quietHours = { from: hhmm(soon - 30 * 60_000), to: hhmm(soon + 30 * 60_000) };
    const settings = await a.put(
      '/api/me/notifications',
      {},
      {
        email: true,
        push: false,
        timezone: 'UTC',
        quietHours,
      },
    );
    expect(settings.status).toBe(200);
    expect(settings.body).toMatchObject({ email: true, emailAvailable: true, quietHours });
    const time = hhmm(soon);
    const ritual = await a.post(
      '/api/circles/{circleId}/rituals',
      { circleId },
      {
        kind: 'appreciation',
        title: 'Two kind words',
        rrule: 'FREQ=DAILY',
        time,
        timezone: 'UTC',
      },
    );

    const first = await server.recipro.scheduler.plan();
    expect(first).toBeGreaterThan(0);
    expect(await server.recipro.scheduler.plan()).toBe(0);

    const toA = () =>
      sink.received.filter((m) => m.to.includes(a.user.email) && m.raw.includes('Two kind words'));
    server.clock.advance(2 * 3_600_000 + 10 * 60_000);
    try {
      await server.recipro.scheduler.deliver();
      expect(toA()).toEqual([]);
      server.clock.advance(30 * 60_000);
      await server.recipro.scheduler.deliver();
    } finally {
      server.clock.advance(-(2 * 3_600_000 + 40 * 60_000));
    }
    expect(toA()).toHaveLength(1);
    const mail = toA()[0]!;
    expect(mail).toBeDefined();
    expect(mail.to).toEqual([a.user.email]);
    // It opens the ritual's guide, where finishing records it as done.
    expect(mail.raw.replace(/=\r?\n/g, '')).toContain(
      `/circles/${circleId}/rituals/${ritual.body.id}`,
    );
    const unsubscribe = /List-Unsubscribe:\s*<([^>]+)>/.exec(mail.raw)?.[1]?.replace(/\s+/g, '');
    expect(unsubscribe).toMatch(/\/api\/unsubscribe\/[A-Za-z0-9_-]+$/);
    expect(mail.raw).toContain('List-Unsubscribe-Post: List-Unsubscribe=One-Click');

    const page = await server.client().raw('GET', new URL(unsubscribe!).pathname);
    expect(page.status).toBe(200);
    expect((await a.get('/api/me/notifications')).body.email).toBe(true);
    const oneClick = await server
      .client()
      .raw('POST', new URL(unsubscribe!).pathname, 'List-Unsubscribe=One-Click', {
        'content-type': 'application/x-www-form-urlencoded',
      });
    expect(oneClick.status).toBe(200);
    expect((await a.get('/api/me/notifications')).body.email).toBe(false);
  });

  it('reminds in the language the person has when it goes, and unsubscribes in it too', async () => {
    const { a, circleId } = await couple(server);
    await confirmEmailFromSink(sink.received, a, a.user.email);
    await a.put('/api/me/notifications', {}, { email: true, push: false, timezone: 'UTC' });
    const soon = server.clock.now() + 2 * 3_600_000;
    const title = 'Dos palabras amables';
    await a.post(
      '/api/circles/{circleId}/rituals',
      { circleId },
      {
        kind: 'appreciation',
        title,
        rrule: 'FREQ=DAILY',
        time: new Date(soon).toISOString().slice(11, 16),
        timezone: 'UTC',
      },
    );
    expect(await server.recipro.scheduler.plan()).toBeGreaterThan(0);
    // Planned while the account had chosen no language; it goes after Arabic is chosen.
    expect((await a.patch('/api/me', {}, { locale: 'ar' })).status).toBe(200);
    const toA = () =>
      sink.received.filter((m) => m.to.includes(a.user.email) && m.raw.includes(title));
    server.clock.advance(2 * 3_600_000 + 60_000);
    try {
      await server.recipro.scheduler.deliver();
    } finally {
      server.clock.advance(-(2 * 3_600_000 + 60_000));
    }
    expect(toA()).toHaveLength(1);
    const mail = toA()[0]!;
    expect(mailHeader(mail, 'Subject')).toBe(title);
    expect(mailHeader(mail, 'Content-Language')).toBe('ar');
    const text = mailText(mail);
    expect(text).toContain(`حان وقت «\u2068${title}\u2069». بضع دقائق معًا تكفي.`);
    expect(text).toContain(`يمكنك فتحه في recipro: ${server.url}/circles/${circleId}/rituals/`);
    expect(text).not.toMatch(/\b(Hello|Time for|Open it|To stop)\b/);

    const unsubscribe = new URL(mailHeader(mail, 'List-Unsubscribe')!.replace(/^<|>$/g, ''));
    const page = await server.client().raw('GET', unsubscribe.pathname);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-language')).toBe('ar');
    const html = String(page.parsed);
    expect(html).toContain('<html lang="ar" dir="rtl">');
    expect(html).toContain('<h1>إيقاف رسائل التذكير؟</h1>');
    expect(html).not.toMatch(/Stop|reminder/);
    const done = await server
      .client()
      .raw('POST', unsubscribe.pathname, 'List-Unsubscribe=One-Click', {
        'content-type': 'application/x-www-form-urlencoded',
        origin: server.url,
      });
    expect(done.status).toBe(200);
    expect(String(done.parsed)).toContain('<html lang="ar" dir="rtl">');
    expect(String(done.parsed)).toContain('<p>لن تصلك رسائل التذكير بعد الآن.</p>');
    expect((await a.get('/api/me/notifications')).body.email).toBe(false);

    // A link of nobody's (or of someone who chose no language) opens the page in English.
    const english = await server
      .client()
      .raw('GET', unsubscribe.pathname.replace(/[^/]+$/, 'no-such-token-here'));
    expect(String(english.parsed)).toContain('<html lang="en" dir="ltr">');
    expect(String(english.parsed)).toContain('<h1>Stop reminder emails?</h1>');
  });

  describe('editing a ritual', () => {
    const start = (client: Awaited<ReturnType<typeof couple>>['a'], circleId: string) =>
      client
        .post(
          '/api/circles/{circleId}/rituals',
          { circleId },
          {
            kind: 'weekly_checkin',
            rrule: 'FREQ=WEEKLY;BYDAY=SU',
            time: '18:00',
            timezone: 'Europe/London',
          },
        )
        .then((reply) => reply.body);
    const listed = async (client: Awaited<ReturnType<typeof couple>>['a'], circleId: string) =>
      (await client.get('/api/circles/{circleId}/rituals', { circleId })).body.rituals;

    it('changes what is sent, keeps the rest, and stores the text as sent', async () => {
      const { a, circleId, aMember, bMember } = await couple(server);
      const ritual = await start(a, circleId);

      const title = '  Tea & a <b>slow</b> talk 🌙  ';
      const renamed = await a.patch(
        '/api/circles/{circleId}/rituals/{ritualId}',
        { circleId, ritualId: ritual.id },
        { title },
      );
      expect(renamed.status).toBe(200);
      expect(renamed.body).toMatchObject({
        id: ritual.id,
        kind: 'weekly_checkin',
        title,
        rrule: 'FREQ=WEEKLY;BYDAY=SU',
        time: '18:00',
        timezone: 'Europe/London',
        memberIds: [aMember, bMember],
        startsOn: ritual.startsOn,
        createdAt: ritual.createdAt,
      });

      const moved = await a.patch(
        '/api/circles/{circleId}/rituals/{ritualId}',
        { circleId, ritualId: ritual.id },
        {
          rrule: 'FREQ=WEEKLY;BYDAY=WE',
          time: '07:15',
          timezone: 'Asia/Tokyo',
          memberIds: [bMember],
          kind: 'custom',
        },
      );
      expect(moved.status).toBe(200);
      expect(moved.body).toMatchObject({
        title,
        kind: 'custom',
        rrule: 'FREQ=WEEKLY;BYDAY=WE',
        time: '07:15',
        timezone: 'Asia/Tokyo',
        memberIds: [bMember],
      });
      // The next time follows the new schedule: a Wednesday, 07:15 in Tokyo (22:15 UTC on Tuesday).
      const next = new Date(moved.body.nextAt!);
      expect(next.getUTCDay()).toBe(2);
      expect(next.toISOString().slice(11, 16)).toBe('22:15');
      expect(await listed(a, circleId)).toEqual([moved.body]);
    });

    it('lets anyone taking part edit it', async () => {
      const { a, b, circleId } = await couple(server);
      const ritual = await start(a, circleId);
      const reply = await b.patch(
        '/api/circles/{circleId}/rituals/{ritualId}',
        { circleId, ritualId: ritual.id },
        {
          time: '20:00',
        },
      );
      expect(reply.status).toBe(200);
      expect(reply.body).toMatchObject({
        time: '20:00',
        createdByMemberId: ritual.createdByMemberId,
      });
    });

    it('refuses a bad edit with the same rules as a new ritual, changing nothing', async () => {
      const { a, circleId, aMember } = await couple(server);
      const other = await couple(server);
      const ritual = await start(a, circleId);
      const before = await listed(a, circleId);
      for (const [label, body] of [
        ['nothing to change', {}],
        ['an unknown field', { title: 'Fine', colour: 'blue' }],
        ['an empty name', { title: '' }],
        ['a name of spaces', { title: '   ' }],
        ['a name too long', { title: 'x'.repeat(201) }],
        ['an unknown kind', { kind: 'daily_hug' }],
        ['a schedule that never fires', { rrule: 'FREQ=DAILY;UNTIL=20200101T000000Z' }],
        ['a rule that is not a rule', { rrule: 'every day please' }],
        ['more often than daily', { rrule: 'FREQ=HOURLY' }],
        ['a rule with its own start', { rrule: 'DTSTART:20300101T000000Z\nRRULE:FREQ=DAILY' }],
        ['an unknown time zone', { timezone: 'Mars/Olympus_Mons' }],
        ['a time that is not a time', { time: '25:00' }],
        ['a time as a number', { time: 1800 }],
        ['nobody taking part', { memberIds: [] }],
        ['someone named twice', { memberIds: [aMember, aMember] }],
        ['someone from another circle', { memberIds: [other.aMember] }],
        ['a good name with a bad zone', { title: 'Changed?', timezone: 'Nowhere/Land' }],
      ] as const) {
        const reply = await a.raw('PATCH', `/api/circles/${circleId}/rituals/${ritual.id}`, body);
        expect(reply.status, label).toBe(400);
        expect(reply.error.code, label).toBe('validation_failed');
        expect(typeof reply.error.message, label).toBe('string');
      }
      expect(await listed(a, circleId)).toEqual(before);
    });

    it('answers 404 to outsiders and for a ritual that was stopped', async () => {
      const { a, circleId } = await couple(server);
      const other = await couple(server);
      const ritual = await start(a, circleId);
      for (const outsider of [other.a, await server.signUp('Stranger')]) {
        const reply = await outsider.patch(
          '/api/circles/{circleId}/rituals/{ritualId}',
          { circleId, ritualId: ritual.id },
          { title: 'Mine now' },
        );
        expect(reply.status).toBe(404);
        expect(reply.error.code).toBe('not_found');
      }
      // Another circle's ritual id under one's own circle is not found either.
      const elsewhere = await other.a.patch(
        '/api/circles/{circleId}/rituals/{ritualId}',
        { circleId: other.circleId, ritualId: ritual.id },
        { title: 'Mine now' },
      );
      expect(elsewhere.status).toBe(404);
      expect((await listed(a, circleId))[0]).toMatchObject({ title: 'How are we doing?' });

      expect(
        (
          await a.delete('/api/circles/{circleId}/rituals/{ritualId}', {
            circleId,
            ritualId: ritual.id,
          })
        ).status,
      ).toBe(204);
      const stopped = await a.patch(
        '/api/circles/{circleId}/rituals/{ritualId}',
        { circleId, ritualId: ritual.id },
        { title: 'Back again' },
      );
      expect(stopped.status).toBe(404);
      expect(stopped.error).toEqual({
        code: 'not_found',
        message: 'That ritual was not found.',
      });
      expect(await listed(a, circleId)).toEqual([]);
    });

    it('drops reminders planned for the old schedule and reminds at the new time', async () => {
      const { a, circleId } = await couple(server);
      await confirmEmailFromSink(sink.received, a, a.user.email);
      await a.put(
        '/api/me/notifications',
        {},
        {
          email: true,
          push: false,
          timezone: 'UTC',
        },
      );
      const hhmm = (ms: number) => new Date(ms).toISOString().slice(11, 16);
      const now = server.clock.now();
      const oldTime = hhmm(now + 2 * 3_600_000);
      const newTime = hhmm(now + 4 * 3_600_000);
      const ritual = (
        await a.post(
          '/api/circles/{circleId}/rituals',
          { circleId },
          {
            kind: 'appreciation',
            title: 'Morning thanks',
            rrule: 'FREQ=DAILY',
            time: oldTime,
            timezone: 'UTC',
          },
        )
      ).body;
      const outbox = new RemindersRepository(
        server.recipro.database.db,
        server.recipro.database.dialect,
      );
      const mine = async () =>
        (await outbox.forUser(a.user.id)).filter((r) => r.ritualId === ritual.id);
      await server.recipro.scheduler.plan();
      const planned = await mine();
      expect(planned.length).toBeGreaterThan(0);
      expect(new Set(planned.map((r) => r.dueAt.slice(11, 16)))).toEqual(new Set([oldTime]));

      const edited = await a.patch(
        '/api/circles/{circleId}/rituals/{ritualId}',
        { circleId, ritualId: ritual.id },
        {
          time: newTime,
          title: 'Evening thanks',
        },
      );
      expect(edited.status).toBe(200);
      // Nothing planned from the old schedule is left waiting.
      expect(await mine()).toEqual([]);
      await server.recipro.scheduler.plan();
      const replanned = await mine();
      expect(replanned).toHaveLength(planned.length);
      expect(new Set(replanned.map((r) => r.dueAt.slice(11, 16)))).toEqual(new Set([newTime]));
      expect(new Set(replanned.map((r) => r.title))).toEqual(new Set(['Evening thanks']));

      const mailsToA = () =>
        sink.received.filter(
          (m) => m.to.includes(a.user.email) && /(Morning|Evening) thanks/.test(m.raw),
        );
      const moved = 2 * 3_600_000 + 10 * 60_000;
      server.clock.advance(moved);
      try {
        await server.recipro.scheduler.tick();
        expect(mailsToA()).toEqual([]);
        server.clock.advance(2 * 3_600_000);
        await server.recipro.scheduler.tick();
      } finally {
        server.clock.advance(-(moved + 2 * 3_600_000));
      }
      expect(mailsToA()).toHaveLength(1);
      expect(mailsToA()[0]!.raw).toContain('Evening thanks');
    });

    it('drops the waiting reminders of a ritual that is stopped', async () => {
      const { a, circleId } = await couple(server);
      await confirmEmailFromSink(sink.received, a, a.user.email);
      await a.put(
        '/api/me/notifications',
        {},
        {
          email: true,
          push: false,
          timezone: 'UTC',
        },
      );
      const time = new Date(server.clock.now() + 3_600_000).toISOString().slice(11, 16);
      const ritual = (
        await a.post(
          '/api/circles/{circleId}/rituals',
          { circleId },
          {
            kind: 'appreciation',
            title: 'A stopped practice',
            rrule: 'FREQ=DAILY',
            time,
            timezone: 'UTC',
          },
        )
      ).body;
      const outbox = new RemindersRepository(
        server.recipro.database.db,
        server.recipro.database.dialect,
      );
      await server.recipro.scheduler.plan();
      expect((await outbox.forUser(a.user.id)).some((r) => r.ritualId === ritual.id)).toBe(true);
      expect(
        (
          await a.delete('/api/circles/{circleId}/rituals/{ritualId}', {
            circleId,
            ritualId: ritual.id,
          })
        ).status,
      ).toBe(204);
      expect((await outbox.forUser(a.user.id)).filter((r) => r.ritualId === ritual.id)).toEqual([]);
      server.clock.advance(2 * 3_600_000);
      try {
        await server.recipro.scheduler.tick();
      } finally {
        server.clock.advance(-2 * 3_600_000);
      }
      expect(
        sink.received.filter(
          (m) => m.to.includes(a.user.email) && m.raw.includes('A stopped practice'),
        ),
      ).toEqual([]);
    });
  });

  it('sends a test reminder on each chosen channel without waiting for it, and says where', async () => {
    const c = await server.signUp('Tester');
    await confirmEmailFromSink(sink.received, c, c.user.email);
    await c.put('/api/me/notifications', {}, { email: true, push: true });
    const before = sink.received.length;
    const reply = await c.post('/api/me/notifications/test', {});
    expect(reply.status).toBe(202);
    // Push is chosen, but no device of this person has subscribed: nothing goes by push.
    expect(reply.body).toEqual({
      email: { status: 'sending' },
      push: { status: 'no_device', devices: 0 },
    });
    const mails = await sink.waitFor(before + 1);
    expect(
      mails.some(
        (m) => m.to.includes(c.user.email) && m.raw.includes('A test reminder from recipro'),
      ),
    ).toBe(true);
    const queued = await new RemindersRepository(
      server.recipro.database.db,
      server.recipro.database.dialect,
    ).forUser(c.user.id);
    expect(queued.map((r) => r.channel)).toEqual(['email']);

    await c.put('/api/me/notifications', {}, { email: false, push: false });
    expect((await c.post('/api/me/notifications/test', {})).body).toEqual({
      email: { status: 'not_chosen' },
      push: { status: 'not_chosen', devices: 0 },
    });
  });

  it('refuses quiet hours that cover the whole day and unknown time zones', async () => {
    const c = await server.signUp('Quiet');
    for (const body of [
      { email: false, push: true, quietHours: { from: '08:00', to: '08:00' } },
      { email: false, push: true, timezone: 'Nowhere/Land' },
      { email: false, push: true, quietHours: { from: '8pm', to: '7am' } },
    ]) {
      expect((await c.put('/api/me/notifications', {}, body)).status, JSON.stringify(body)).toBe(
        400,
      );
    }
    expect((await c.get('/api/me/notifications')).body).toMatchObject({
      quietHours: null,
      timezone: 'UTC',
    });
  });

  it('publishes a secret calendar feed of my rituals, which can be revoked', async () => {
    const { a, circleId } = await couple(server);
    await a.post(
      '/api/circles/{circleId}/rituals',
      { circleId },
      {
        kind: 'nightly_checkin',
        rrule: 'FREQ=DAILY',
        time: '21:30',
        timezone: 'Europe/London',
      },
    );
    const { url } = (await a.get('/api/me/calendar')).body;
    expect(url).toMatch(/\/api\/calendar\/[A-Za-z0-9_-]+\.ics$/);
    const feed = await fetch(url);
    expect(feed.status).toBe(200);
    expect(feed.headers.get('content-type')).toContain('text/calendar');
    const text = await feed.text();
    expect(text).toContain('BEGIN:VCALENDAR');
    expect(text).toContain('SUMMARY:Ten-minute check-in at night');
    expect(text.split('BEGIN:VEVENT').length - 1).toBeGreaterThan(100);
    expect((await a.delete('/api/me/calendar')).status).toBe(204);
    expect((await fetch(url)).status).toBe(404);
    expect((await a.get('/api/me/calendar')).body.url).not.toBe(url);
  });
});

describe.each(testDatabases())('a failing mail server on $name', (database) => {
  it('is retried with back-off and never blocks the request that caused it', async () => {
    const sink = await startSmtpSink({ refuse: true });
    const server = await startTestServer(database, {
      SMTP_URL: sink.url,
      MAIL_FROM: 'hello@recipro.test',
      REMINDER_INTERVAL_SECONDS: '0',
    });
    try {
      const c = await server.signUp('Patient');
      // This sink refuses every email, the confirmation link too: confirm in the database.
      await new UsersRepository(server.recipro.database.db).markEmailConfirmed(c.user.id);
      await c.put('/api/me/notifications', {}, { email: true, push: false });
      const reply = await c.post('/api/me/notifications/test', {});
      expect(reply.status).toBe(202);
      await server.recipro.scheduler.tick();
      const { RemindersRepository } = await import('../../src/repositories/reminders.ts');
      const reminders = await new RemindersRepository(
        server.recipro.database.db,
        server.recipro.database.dialect,
      ).forUser(c.user.id);
      expect(reminders).toHaveLength(1);
      expect(reminders[0]).toMatchObject({ status: 'pending', attempts: 1 });
      expect(reminders[0]!.lastError).toBeTruthy();
      // Not retried before its back-off has passed.
      expect(await server.recipro.scheduler.deliver()).toBe(0);
    } finally {
      await server.stop();
      await sink.close();
    }
  });
});
