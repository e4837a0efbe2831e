import { DAILY_UPDATE_PUSHES, GATHER_MS, UPDATE_KINDS, VALUES_QUESTIONS } from '@recipro/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.ts';
import { createServices } from '../../src/server.ts';
import { testDatabases } from '../support/databases.ts';
import { confirmEmailFromSink, mailHeader, mailText } from '../support/mail-links.ts';
import type { Answer } from '../support/client.ts';
import { startPushService } from '../support/push-service.ts';
import type { SmtpSink } from '../support/smtp-sink.ts';
import {
  couple,
  join,
  startMailingServer,
  startTestServer,
  type TestServer,
} from '../support/server.ts';

type Client = Awaited<ReturnType<TestServer['signUp']>>;
type PushService = Awaited<ReturnType<typeof startPushService>>;
interface Pushed {
  title: string;
  body: string;
  url: string;
}

const DAY = 86_400_000;
const HOUR = 3_600_000;
const iso = (ms: number) => new Date(ms).toISOString();
const hhmm = (ms: number) => iso(ms).slice(11, 16);

/**
 * Updates between members delivered by web push and email through the reminder outbox: the
 * person's choices per kind, quiet hours, a few pushes a day (the rest bundled), "let's reset" at
 * once, exactly once, and nothing anyone wrote in any push or email.
 */
describe.each(testDatabases())('delivery of updates on $name', (database) => {
  let server: TestServer;
  let sink: SmtpSink;
  let push: PushService;
  let stop: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    push = await startPushService();
    // The local push service listens on 127.0.0.1: private addresses are allowed here.
    ({ server, sink, stop } = await startMailingServer(database, { PUSH_ALLOW_PRIVATE: 'true' }));
  });
  afterAll(async () => {
    await stop?.();
    await push?.close();
  });

  const tick = () => server.recipro.scheduler.tick();
  /** Lets the gathering wait pass, then runs the scheduler. */
  const settle = async () => {
    server.clock.advance(GATHER_MS);
    await tick();
  };
  /** Gives a person a device that receives pushes; returns what reaches it. */
  const device = async (who: Client) => {
    const subscription = push.subscription();
    expect((await who.post('/api/me/push-subscriptions', {}, subscription)).status).toBe(201);
    return () =>
      push.received
        .filter((r) => subscription.endpoint.endsWith(r.path))
        .map((r) => r.message as Pushed);
  };
  const mailsTo = (who: Client) => sink.received.filter((m) => m.to.includes(who.user.email));
  const settings = (who: Client, body: Record<string, unknown>) =>
    who.put('/api/me/notifications', {}, { email: true, push: true, ...body });
  const kindsIn = async (who: Client) =>
    (await who.get('/api/me/updates')).body.updates.map((u) => u.kind);
  /**
   * Two people in a couple circle, with what making it told them (welcome, a request to join)
   * already planned before either has a device.
   */
  const pair = async () => {
    const made = await couple(server);
    await settle();
    return made;
  };
  /** Moves the clock to the next 10:00 UTC, so a test's day does not end half-way through. */
  const toMorning = () => {
    const day = Math.floor(server.clock.t / DAY) * DAY;
    const ten = day + 10 * HOUR;
    server.clock.advance((ten > server.clock.t ? ten : ten + DAY) - server.clock.t);
  };

  it('pushes an update to the recipient’s devices, and emails it where they chose', async () => {
    const { a, b, circleId } = await pair();
    const bPushes = await device(b);
    const aPushes = await device(a);
    await confirmEmailFromSink(sink.received, b, b.user.email);
    const defaults = (await b.get('/api/me/notifications')).body;
    expect(defaults.updatePushesPerDay).toBe(DAILY_UPDATE_PUSHES);
    expect(defaults.updates.map((c: { kind: string }) => c.kind)).toEqual([...UPDATE_KINDS]);
    expect(defaults.updates).toContainEqual({ kind: 'need_shared', push: true, email: false });
    expect(defaults.updates).toContainEqual({ kind: 'act_noticed', push: false, email: false });
    const saved = await settings(b, {
      updates: [{ kind: 'need_shared', push: true, email: true }],
    });
    expect(saved.status).toBe(200);
    expect(saved.body.updates).toContainEqual({ kind: 'need_shared', push: true, email: true });
    const mailsBefore = mailsTo(b).length;

    const need = { text: 'Quieter Sunday mornings, just us', shared: true };
    expect((await a.post('/api/circles/{circleId}/needs', { circleId }, need)).status).toBe(201);
    await tick();
    // The email goes at once; the push waits a moment for anything else to come with it.
    const mails = mailsTo(b).slice(mailsBefore);
    expect(mails).toHaveLength(1);
    const mail = mailText(mails[0]!);
    expect(mails[0]!.raw).toMatch(/^Subject: A need shared with you/m);
    expect(mail).toContain('Asha shared a need with you in Asha & Ben.');
    expect(mail).toContain(`/circles/${circleId}/express`);
    expect(mail).not.toContain('Sunday');
    expect(bPushes()).toEqual([]);

    await settle();
    expect(bPushes()).toEqual([
      {
        title: 'A need shared with you',
        body: 'Asha shared a need with you in Asha & Ben. You can read it in recipro.',
        url: `/circles/${circleId}/express`,
      },
    ]);
    // The one who acted hears nothing of it; a kind whose email was not chosen sends none.
    expect(aPushes()).toEqual([]);
    expect(
      (await a.post('/api/circles/{circleId}/checkins', { circleId }, { instrument: 'csi4' }))
        .status,
    ).toBe(201);
    await settle();
    expect(bPushes().map((p) => p.title)).toEqual(['A need shared with you', 'A check-in is open']);
    expect(mailsTo(b).slice(mailsBefore)).toHaveLength(1);
    // Exactly once: more ticks send nothing again.
    await settle();
    await tick();
    expect(bPushes()).toHaveLength(2);
    expect(mailsTo(b).slice(mailsBefore)).toHaveLength(1);
  });

  it('speaks to each recipient in their account’s language, by push and by email', async () => {
    const { a, b, circleId } = await pair();
    expect((await b.patch('/api/me', {}, { locale: 'es' })).status).toBe(200);
    const bPushes = await device(b);
    await confirmEmailFromSink(sink.received, b, b.user.email);
    await settings(b, { updates: [{ kind: 'need_shared', push: true, email: true }] });
    const mailsBefore = mailsTo(b).length;

    const need = { text: 'Quieter Sunday mornings, just us', shared: true };
    expect((await a.post('/api/circles/{circleId}/needs', { circleId }, need)).status).toBe(201);
    await tick();
    const [mail] = mailsTo(b).slice(mailsBefore);
    expect(mail).toBeDefined();
    expect(mailHeader(mail!, 'Subject')).toBe('Una necesidad compartida contigo');
    expect(mailHeader(mail!, 'Content-Language')).toBe('es');
    const text = mailText(mail!);
    expect(text).toMatch(/^Hola, Ben:\r?\n/);
    expect(text).toContain('Asha compartió una necesidad contigo en Asha & Ben.');
    expect(text).toContain(`Míralo en recipro: ${server.url}/circles/${circleId}/express`);
    expect(text).not.toMatch(/\b(Hello|shared a need|See it in|You chose)\b/);
    expect(text).not.toContain('Sunday');

    await settle();
    expect(bPushes()).toEqual([
      {
        title: 'Una necesidad compartida contigo',
        body: 'Asha compartió una necesidad contigo en Asha & Ben. Puedes leerla en recipro.',
        url: `/circles/${circleId}/express`,
      },
    ]);

    // Someone who never opened their reminder settings, speaking Arabic: their device hears
    // in Arabic too, a bundle with its plural form included.
    toMorning();
    const sara = await server.signUp('Sara', { locale: 'ar' });
    const saraPushes = await device(sara);
    const family = (await a.post('/api/circles', {}, { name: 'The Lins', kind: 'family' })).body;
    await join(a, sara, family.id);
    await settle();
    expect(saraPushes().map((p) => p.title)).toEqual(['أهلًا وسهلًا']);
    expect(saraPushes()[0]!.body).toBe(
      'انضممت إلى \u2068The Lins\u2069 بموافقة \u2068Asha\u2069. أهلًا وسهلًا بك!',
    );
    for (const text of ['Help with the garden', 'Early nights'])
      await a.post(
        '/api/circles/{circleId}/needs',
        { circleId: family.id },
        { text, shared: true },
      );
    await settle();
    expect(saraPushes().slice(1)).toEqual([
      {
        title: 'مستجدّات دوائرك',
        body: 'مستجدّان بانتظارك في \u2068The Lins\u2069.',
        url: '/updates',
      },
    ]);
  });

  it('sends nothing for a kind turned off, and still shows it in the app', async () => {
    const { a, b, circleId } = await pair();
    const bPushes = await device(b);
    await confirmEmailFromSink(sink.received, b, b.user.email);
    const off = await settings(b, {
      updates: [
        { kind: 'need_shared', push: false, email: false },
        { kind: 'checkin_opened', push: false, email: true },
      ],
    });
    expect(off.body.updates).toContainEqual({ kind: 'need_shared', push: false, email: false });
    const mailsBefore = mailsTo(b).length;
    await a.post(
      '/api/circles/{circleId}/needs',
      { circleId },
      { text: 'A walk together', shared: true },
    );
    await settle();
    expect(bPushes()).toEqual([]);
    expect(mailsTo(b)).toHaveLength(mailsBefore);
    expect(await kindsIn(b)).toContain('need_shared');

    // Email only for the check-in, as chosen.
    await a.post('/api/circles/{circleId}/checkins', { circleId }, { instrument: 'csi4' });
    await settle();
    expect(bPushes()).toEqual([]);
    expect(
      mailsTo(b)
        .slice(mailsBefore)
        .map((m) => /^Subject: (.*)$/m.exec(m.raw)?.[1]),
    ).toEqual(['A check-in is open']);

    // Push turned off altogether: nothing by push, whatever the kind says.
    await b.put('/api/me/notifications', {}, { email: false, push: false });
    const rupture = (await b.post('/api/circles/{circleId}/ruptures', { circleId }, { note: 'x' }))
      .body;
    await a.post('/api/circles/{circleId}/ruptures/{ruptureId}/reset', {
      circleId,
      ruptureId: rupture.id,
    });
    await settle();
    expect(bPushes()).toEqual([]);
    expect(await kindsIn(b)).toContain('reset_requested');
  });

  it('holds a push in quiet hours, "let’s reset" too, until they end', async () => {
    const { a, b, circleId } = await pair();
    const aPushes = await device(a);
    const now = server.clock.t;
    await a.put(
      '/api/me/notifications',
      {},
      {
        email: false,
        push: true,
        quietHours: { from: hhmm(now - HOUR), to: hhmm(now + HOUR) },
        timezone: 'UTC',
      },
    );
    const rupture = (await a.post('/api/circles/{circleId}/ruptures', { circleId }, { note: 'x' }))
      .body;
    await b.post('/api/circles/{circleId}/ruptures/{ruptureId}/reset', {
      circleId,
      ruptureId: rupture.id,
    });
    await tick();
    server.clock.advance(30 * 60_000);
    await tick();
    expect(aPushes()).toEqual([]);
    server.clock.advance(HOUR);
    await tick();
    expect(aPushes()).toEqual([
      {
        title: '“Let’s reset”',
        body: 'Ben said “let’s reset” about a hard moment in Asha & Ben. Reaching back, soon and gently, is what helps.',
        url: `/circles/${circleId}/repair`,
      },
    ]);
  });

  it('names nobody who has left by the time a held push goes', async () => {
    const { a, b, circleId } = await pair();
    const bPushes = await device(b);
    const now = server.clock.t;
    await b.put(
      '/api/me/notifications',
      {},
      {
        email: false,
        push: true,
        quietHours: { from: hhmm(now - HOUR), to: hhmm(now + HOUR) },
        timezone: 'UTC',
      },
    );
    const rupture = (await b.post('/api/circles/{circleId}/ruptures', { circleId }, { note: 'x' }))
      .body;
    await a.post('/api/circles/{circleId}/ruptures/{ruptureId}/reset', {
      circleId,
      ruptureId: rupture.id,
    });
    await tick();
    expect((await a.post('/api/circles/{circleId}/leave', { circleId })).status).toBe(204);
    server.clock.advance(2 * HOUR);
    await tick();
    expect(bPushes()).toEqual([
      expect.objectContaining({
        body: 'Someone said “let’s reset” about a hard moment in Asha & Ben. Reaching back, soon and gently, is what helps.',
      }),
    ]);
    const rows = await server.recipro.database.db
      .selectFrom('reminders')
      .selectAll()
      .where('user_id', '=', b.user.id)
      .execute();
    expect(JSON.stringify(rows)).not.toContain('Asha');
  });

  it('bundles a burst into one push, keeps to a few a day, and lets "let’s reset" through at once', async () => {
    toMorning();
    const { a, b, circleId, aMember, bMember } = await pair();
    const bPushes = await device(b);
    const item = (
      await a.post(
        '/api/circles/{circleId}/responsibilities',
        { circleId },
        {
          title: 'Birthdays',
          area: 'social',
          frequency: 'monthly',
          effort: 2,
          owners: { notice: aMember, plan: aMember, do: aMember, followUp: aMember },
        },
      )
    ).body;
    // A burst: four things that concern Ben, one after another.
    await a.post(
      '/api/circles/{circleId}/needs',
      { circleId },
      { text: 'Help with the garden', shared: true },
    );
    await a.post('/api/circles/{circleId}/checkins', { circleId }, { instrument: 'csi4' });
    await a.post(
      '/api/circles/{circleId}/handovers',
      { circleId },
      {
        responsibilityId: item.id,
        stage: 'do',
        toMemberId: bMember,
      },
    );
    await a.post(
      '/api/circles/{circleId}/seasons',
      { circleId },
      {
        memberId: bMember,
        kind: 'exams',
        startsAt: iso(server.clock.now() - DAY),
      },
    );
    await tick();
    expect(bPushes()).toEqual([]);
    await settle();
    expect(bPushes()).toEqual([
      {
        title: 'Updates from your circles',
        body: '4 updates wait for you in Asha & Ben.',
        url: '/updates',
      },
    ]);

    // Two more pushes today, one at a time…
    const values = (await a.post('/api/circles/{circleId}/values', { circleId })).body;
    await settle();
    const rupture = (await b.post('/api/circles/{circleId}/ruptures', { circleId }, { note: 'x' }))
      .body;
    await a.post('/api/circles/{circleId}/ruptures/{ruptureId}/repair', {
      circleId,
      ruptureId: rupture.id,
    });
    await settle();
    expect(bPushes().map((p) => p.title)).toEqual([
      'Updates from your circles',
      'A values conversation',
      'A repair waits for you',
    ]);
    // …then the day's pushes are used: later updates wait for the morning…
    await a.post(
      '/api/circles/{circleId}/values/{roundId}/answers',
      { circleId, roundId: values.id },
      {
        answers: VALUES_QUESTIONS.map(() => 'Kindness'),
      },
    );
    await a.post(
      '/api/circles/{circleId}/needs',
      { circleId },
      { text: 'Early nights', shared: true },
    );
    await settle();
    expect(bPushes()).toHaveLength(DAILY_UPDATE_PUSHES);
    // …but "let's reset" goes at once, without waiting and without counting.
    const other = (await b.post('/api/circles/{circleId}/ruptures', { circleId }, { note: 'y' }))
      .body;
    await a.post('/api/circles/{circleId}/ruptures/{ruptureId}/reset', {
      circleId,
      ruptureId: other.id,
    });
    await tick();
    expect(bPushes()).toHaveLength(DAILY_UPDATE_PUSHES + 1);
    expect(bPushes().at(-1)!.title).toBe('“Let’s reset”');
    server.clock.advance(6 * HOUR);
    await tick();
    expect(bPushes()).toHaveLength(DAILY_UPDATE_PUSHES + 1);

    // The next morning (08:00 UTC: Ben never chose a time zone), what waited goes as one.
    server.clock.advance(DAY);
    await tick();
    expect(bPushes().slice(DAILY_UPDATE_PUSHES + 1)).toEqual([
      {
        title: 'Updates from your circles',
        body: '2 updates wait for you in Asha & Ben.',
        url: '/updates',
      },
    ]);
    await settle();
    expect(bPushes()).toHaveLength(DAILY_UPDATE_PUSHES + 2);
  });

  it('delivers "let’s reset" at once on a running scheduler, not at its next interval', async () => {
    const running = await startTestServer(database, {
      REMINDER_INTERVAL_SECONDS: '3600',
      PUSH_ALLOW_PRIVATE: 'true',
    });
    try {
      const { a, b, circleId } = await couple(running);
      const subscription = push.subscription();
      await b.post('/api/me/push-subscriptions', {}, subscription);
      const titles = () =>
        push.received
          .filter((r) => subscription.endpoint.endsWith(r.path))
          .map((r) => (r.message as Pushed).title);
      const rupture = (
        await b.post('/api/circles/{circleId}/ruptures', { circleId }, { note: 'x' })
      ).body;
      await a.post('/api/circles/{circleId}/ruptures/{ruptureId}/reset', {
        circleId,
        ruptureId: rupture.id,
      });
      await expect.poll(titles, { timeout: 10_000 }).toContain('“Let’s reset”');
    } finally {
      await running.stop();
    }
  });

  it('sends each push once across two schedulers and a restart, and retries a failed one', async () => {
    const { a, b, circleId } = await pair();
    const subscription = push.subscription();
    await b.post('/api/me/push-subscriptions', {}, subscription);
    const received = () => push.received.filter((r) => subscription.endpoint.endsWith(r.path));
    // A second process on the same database (and, after it, a restarted one).
    const config = parseConfig(
      { PUSH_ALLOW_PRIVATE: 'true', REMINDER_INTERVAL_SECONDS: '0' },
      { port: 0, logLevel: 'silent', webDir: null },
    );
    const another = () =>
      createServices(server.recipro.database, config, server.clock, {
        appUrl: () => server.url,
        log: { warn: () => {} },
      });
    const second = another();
    const rupture = (await a.post('/api/circles/{circleId}/ruptures', { circleId }, { note: 'x' }))
      .body;
    await a.post('/api/circles/{circleId}/ruptures/{ruptureId}/reset', {
      circleId,
      ruptureId: rupture.id,
    });
    await Promise.all([tick(), second.scheduler.tick()]);
    await Promise.all([tick(), second.scheduler.tick()]);
    expect(received()).toHaveLength(1);
    await second.scheduler.stop();
    await second.closeMailer();
    const restarted = another();
    await restarted.scheduler.tick();
    await tick();
    expect(received()).toHaveLength(1);

    // A push service having a bad moment: the update waits for a retry, then goes once.
    push.fail(subscription.endpoint);
    await a.post(
      '/api/circles/{circleId}/needs',
      { circleId },
      { text: 'More time', shared: true },
    );
    await settle();
    expect(received()).toHaveLength(1);
    const requests = push.requests;
    await restarted.scheduler.tick();
    expect(push.requests).toBe(requests);
    await restarted.scheduler.stop();
    await restarted.closeMailer();
    // (The local push service answers 503 from now on; its retry is recorded, not sent.)
    server.clock.advance(60_000);
    await tick();
    expect(push.requests).toBe(requests + 1);
  });

  it('refuses bad choices and changes nothing', async () => {
    const someone = await server.signUp('Sam');
    const before = (await someone.get('/api/me/notifications')).body;
    for (const updates of [
      [{ kind: 'no_such_kind', push: true, email: false }],
      [{ kind: 'need_shared', push: true }],
      [{ kind: 'need_shared', push: 'yes', email: false }],
      [{ kind: 'need_shared', push: true, email: false, extra: 1 }],
      [
        { kind: 'need_shared', push: true, email: false },
        { kind: 'need_shared', push: false, email: false },
      ],
      'need_shared',
    ]) {
      const reply = await someone.raw('PUT', '/api/me/notifications', {
        email: false,
        push: false,
        updates,
      });
      expect(reply.status, JSON.stringify(updates)).toBe(400);
      expect(reply.error.code).toBe('validation_failed');
    }
    expect((await someone.get('/api/me/notifications')).body).toEqual(before);
  });

  it('never sends what anyone wrote, for any kind of update, by push or by email', async () => {
    const { a, b, circleId, aMember, bMember } = await pair();
    const chen = await server.signUp('Chen');
    const everyone = [a, b, chen];
    const pushes: (() => Pushed[])[] = [];
    const allOn = UPDATE_KINDS.map((kind) => ({ kind, push: true, email: true }));
    for (const who of everyone) {
      pushes.push(await device(who));
      await confirmEmailFromSink(sink.received, who, who.user.email);
      expect((await settings(who, { updates: allOn })).status).toBe(200);
    }
    const mailsBefore = sink.received.length;
    const hush = (what: string) => `hush-${what} private words`;
    const ok = async <T>(reply: Promise<Answer<T>>) => {
      const r = await reply;
      expect(r.status, JSON.stringify(r.parsed)).toBeLessThan(300);
      return r.body;
    };

    // Who is in a circle: asking to join, being let in, welcomed, removed.
    const family = await ok(a.post('/api/circles', {}, { name: 'The Lins', kind: 'family' }));
    await join(a, b, family.id);
    const chenMember = await join(a, chen, family.id);
    await ok(
      a.delete('/api/circles/{circleId}/members/{memberId}', {
        circleId: family.id,
        memberId: chenMember,
      }),
    );
    // Private and shared words of every kind.
    await ok(
      a.post('/api/circles/{circleId}/reflections', { circleId }, { text: hush('reflection') }),
    );
    const act = await ok(
      a.post(
        '/api/circles/{circleId}/acts',
        { circleId },
        { toMemberId: bMember, form: 'practical', note: hush('act') },
      ),
    );
    await ok(b.post('/api/circles/{circleId}/acts/{actId}/question', { circleId, actId: act.id }));
    const noticed = await ok(
      a.post(
        '/api/circles/{circleId}/acts',
        { circleId },
        { toMemberId: bMember, form: 'emotional', note: hush('noticed') },
      ),
    );
    await ok(
      b.post('/api/circles/{circleId}/acts/{actId}/acknowledge', { circleId, actId: noticed.id }),
    );
    const season = await ok(
      a.post(
        '/api/circles/{circleId}/seasons',
        { circleId },
        {
          memberId: bMember,
          kind: 'exams',
          startsAt: iso(server.clock.now() - DAY),
          note: hush('season'),
        },
      ),
    );
    await ok(
      b.post('/api/circles/{circleId}/seasons/{seasonId}/accept', {
        circleId,
        seasonId: season.id,
      }),
    );
    const mine = await ok(
      a.post(
        '/api/circles/{circleId}/responsibilities',
        { circleId },
        {
          title: hush('responsibility'),
          area: 'social',
          frequency: 'monthly',
          effort: 2,
          owners: { notice: aMember, plan: aMember, do: aMember, followUp: aMember },
        },
      ),
    );
    const offer = await ok(
      a.post(
        '/api/circles/{circleId}/handovers',
        { circleId },
        {
          responsibilityId: mine.id,
          stage: 'do',
          toMemberId: bMember,
        },
      ),
    );
    await ok(
      b.post('/api/circles/{circleId}/handovers/{handoverId}/decline', {
        circleId,
        handoverId: offer.id,
      }),
    );
    const shared = await ok(
      b.post(
        '/api/circles/{circleId}/responsibilities',
        { circleId },
        {
          title: hush('shared-responsibility'),
          area: 'children',
          frequency: 'daily',
          effort: 2,
          owners: { notice: aMember, do: bMember },
        },
      ),
    );
    await ok(
      a.patch(
        '/api/circles/{circleId}/responsibilities/{responsibilityId}',
        { circleId, responsibilityId: shared.id },
        { title: hush('renamed') },
      ),
    );
    await ok(
      b.delete('/api/circles/{circleId}/responsibilities/{responsibilityId}', {
        circleId,
        responsibilityId: shared.id,
      }),
    );
    const ritual = {
      kind: 'weekly_checkin',
      rrule: 'FREQ=WEEKLY;BYDAY=SU',
      time: '18:00',
      timezone: 'Europe/London',
      title: hush('ritual'),
    } as const;
    const r1 = await ok(a.post('/api/circles/{circleId}/rituals', { circleId }, ritual));
    await ok(
      b.patch(
        '/api/circles/{circleId}/rituals/{ritualId}',
        { circleId, ritualId: r1.id },
        { memberIds: [aMember] },
      ),
    );
    const r2 = await ok(a.post('/api/circles/{circleId}/rituals', { circleId }, ritual));
    await ok(b.delete('/api/circles/{circleId}/rituals/{ritualId}', { circleId, ritualId: r2.id }));
    const rupture = await ok(
      a.post('/api/circles/{circleId}/ruptures', { circleId }, { note: hush('rupture') }),
    );
    await ok(
      b.post('/api/circles/{circleId}/ruptures/{ruptureId}/reset', {
        circleId,
        ruptureId: rupture.id,
      }),
    );
    // Today's question, answered by both.
    await ok(a.get('/api/circles/{circleId}/question', { circleId }));
    for (const who of [a, b])
      await ok(
        who.post('/api/circles/{circleId}/question/answer', { circleId }, { text: hush('answer') }),
      );
    // Talked through: each writes alone, then both read it together.
    for (const who of [a, b]) {
      const words = { saw: hush('saw'), myPart: hush('part'), needed: '', wouldHelp: '' };
      await ok(
        who.put(
          '/api/circles/{circleId}/ruptures/{ruptureId}/guide/answers',
          { circleId, ruptureId: rupture.id },
          { pause: 'ready', ...words, agreement: '' },
        ),
      );
      await ok(
        who.post('/api/circles/{circleId}/ruptures/{ruptureId}/guide/finish', {
          circleId,
          ruptureId: rupture.id,
        }),
      );
    }
    await ok(
      a.post('/api/circles/{circleId}/ruptures/{ruptureId}/repair', {
        circleId,
        ruptureId: rupture.id,
      }),
    );
    await ok(
      b.post('/api/circles/{circleId}/ruptures/{ruptureId}/repair', {
        circleId,
        ruptureId: rupture.id,
      }),
    );
    await ok(
      a.post('/api/circles/{circleId}/needs', { circleId }, { text: hush('need'), shared: true }),
    );
    const checkin = await ok(
      a.post('/api/circles/{circleId}/checkins', { circleId }, { instrument: 'csi4' }),
    );
    await ok(
      a.post(
        '/api/circles/{circleId}/checkins/{checkinId}/answers',
        { circleId, checkinId: checkin.id },
        {
          answers: [6, 5, 5, 5],
          note: hush('checkin'),
        },
      ),
    );
    await ok(
      b.post(
        '/api/circles/{circleId}/checkins/{checkinId}/answers',
        { circleId, checkinId: checkin.id },
        {
          answers: [3, 2, 2, 3],
          note: hush('checkin-b'),
        },
      ),
    );
    const round = await ok(a.post('/api/circles/{circleId}/values', { circleId }));
    await ok(
      a.post(
        '/api/circles/{circleId}/values/{roundId}/answers',
        { circleId, roundId: round.id },
        {
          answers: VALUES_QUESTIONS.map(() => hush('values')),
        },
      ),
    );
    await ok(
      b.post(
        '/api/circles/{circleId}/values/{roundId}/answers',
        { circleId, roundId: round.id },
        {
          answers: VALUES_QUESTIONS.map(() => hush('values-b')),
        },
      ),
    );

    // Let everything go: now, and the mornings after for what the daily limit held.
    await settle();
    for (let day = 0; day < 2; day += 1) {
      server.clock.advance(DAY);
      await tick();
    }
    const { db } = server.recipro.database;
    const rows = await db
      .selectFrom('reminders')
      .select(['update_kind', 'channel', 'status', 'title', 'body'])
      .where('update_kind', 'is not', null)
      .where(
        'user_id',
        'in',
        everyone.map((c) => c.user.id),
      )
      .execute();
    // Every kind was told, by push and by email, and all of it has gone.
    for (const channel of ['push', 'email']) {
      expect(new Set(rows.filter((r) => r.channel === channel).map((r) => r.update_kind))).toEqual(
        new Set(UPDATE_KINDS),
      );
    }
    expect(rows.filter((r) => r.status !== 'sent')).toEqual([]);
    const mails = sink.received.slice(mailsBefore).map(mailText);
    const sent = pushes.flatMap((p) => p()).map((p) => JSON.stringify(p));
    expect(mails.length).toBeGreaterThanOrEqual(UPDATE_KINDS.length);
    expect(sent.length).toBeGreaterThan(0);
    for (const text of [...mails, ...sent, ...rows.map((r) => `${r.title} ${r.body}`)]) {
      expect(text).not.toContain('hush');
      expect(text).not.toContain('private words');
    }
    // What they do say: the kind and the circle, and who acted where the app says so.
    expect(mails.join('\n')).toContain('Ben said “let’s reset” about a hard moment in Asha & Ben.');
    expect(mails.join('\n')).toContain('Asha let you into The Lins. Welcome!');
    expect(mails.join('\n')).toContain('Someone in Asha & Ben noticed care you gave.');
  });
});
