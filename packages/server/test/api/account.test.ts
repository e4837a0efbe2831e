import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RemindersRepository } from '../../src/repositories/reminders.ts';
import { Client, type ApiError } from '../support/client.ts';
import { testDatabases } from '../support/databases.ts';
import { confirmEmailFromSink, mailHeader, mailText, waitForLink } from '../support/mail-links.ts';
import type { SmtpSink } from '../support/smtp-sink.ts';
import { couple, startMailingServer, startTestServer, type TestServer } from '../support/server.ts';

const PASSWORD = 'a good long password';
let counter = 0;
const freshEmail = (what: string) =>
  `${what}${(counter += 1)}.${randomUUID().slice(0, 8)}@example.test`;

describe.each(testDatabases())('account control with email on $name', (database) => {
  let server: TestServer;
  let sink: SmtpSink;
  let stop: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    ({ server, sink, stop } = await startMailingServer(database));
  });
  afterAll(async () => stop?.());

  const db = () => server.recipro.database.db;
  const signIn = (email: string, password: string, headers: Record<string, string> = {}) => {
    const client = server.client();
    return client
      .post('/api/auth/signin', {}, { email, password }, { headers })
      .then((reply) => ({ client, reply }));
  };
  const tokenOf = (link: URL) => link.searchParams.get('token') ?? '';
  const confirmEmail = (client: Client, token: string) =>
    client.post('/api/auth/confirm-email', {}, { token });
  const resetPassword = (token: string, password: string) =>
    server.client().post('/api/auth/reset', {}, { token, password });
  const requestReset = (email: string) =>
    server.client().post('/api/auth/reset-request', {}, { email });
  const session = '/api/me/sessions/{id}';

  describe('email confirmation', () => {
    it('sends a link on sign-up that confirms the address exactly once', async () => {
      const c = await server.signUp('Nadia');
      const me = (await c.get('/api/me')).body;
      expect(me).toEqual({
        id: c.user.id,
        email: c.user.email,
        name: 'Nadia',
        emailConfirmed: false,
        pendingEmail: null,
        firstRun: 'open',
        locale: null,
      });
      const link = await waitForLink(sink.received, c.user.email, '/confirm-email');
      expect(`${link.origin}${link.pathname}`).toBe(`${server.url}/confirm-email`);
      const stored = await db()
        .selectFrom('auth_tokens')
        .selectAll()
        .where('user_id', '=', c.user.id)
        .execute();
      expect(stored).toHaveLength(1);
      expect(stored[0]!.token_hash).not.toContain(tokenOf(link));

      const anyone = server.client();
      expect((await confirmEmail(anyone, tokenOf(link))).status).toBe(204);
      expect((await c.get('/api/me')).body).toMatchObject({ emailConfirmed: true });
      const again = await confirmEmail(anyone, tokenOf(link));
      expect(again.status).toBe(404);
      expect(again.error.code).toBe('not_found');
    });

    it('writes the email in the language the account keeps', async () => {
      const c = await server.signUp('Amal', { locale: 'ar' });
      const link = await waitForLink(sink.received, c.user.email, '/confirm-email');
      const mail = sink.received.find((m) => m.to.includes(c.user.email))!;
      expect(mailHeader(mail, 'Subject')).toBe('تأكيد بريدك الإلكتروني في recipro');
      expect(mailHeader(mail, 'Content-Language')).toBe('ar');
      const text = mailText(mail);
      expect(text).toMatch(/^مرحبًا \u2068Amal\u2069،/);
      expect(text).toContain('(يعمل مرة واحدة فقط، خلال 24 ساعة):');
      expect(text.replace(/https?:\/\/\S+/g, '')).not.toMatch(
        /\b(Hello|Please|confirm|reminders)\b/,
      );
      expect((await confirmEmail(server.client(), tokenOf(link))).status).toBe(204);

      // A new address asked for after choosing another language gets its link in that one.
      await c.patch('/api/me', {}, { locale: 'es' });
      const before = sink.received.length;
      const address = freshEmail('amal');
      expect((await c.patch('/api/me', {}, { email: address })).status).toBe(200);
      await waitForLink(sink.received, address, '/confirm-email', { after: before });
      const again = sink.received.slice(before).find((m) => m.to.includes(address))!;
      expect(mailHeader(again, 'Subject')).toBe('Confirma tu correo para recipro');
      expect(mailText(again)).toMatch(/^Hola, Amal:/);
    });

    it('refuses unknown, expired and malformed confirmation tokens', async () => {
      const c = await server.signUp('Late');
      const link = await waitForLink(sink.received, c.user.email, '/confirm-email');
      const unknown = await confirmEmail(c, 'no-such-token');
      expect(unknown.status).toBe(404);
      expect(unknown.error).toEqual({ code: 'not_found', message: expect.any(String) });
      server.clock.advance(24 * 3_600_000 + 60_000);
      try {
        const expired = await confirmEmail(c, tokenOf(link));
        expect(expired.status).toBe(404);
      } finally {
        server.clock.advance(-(24 * 3_600_000 + 60_000));
      }
      expect((await c.get('/api/me')).body.emailConfirmed).toBe(false);
      // Bodies the schema refuses, sent as they are.
      for (const body of [{}, { token: '' }, { token: 5 }, { token: 'x', extra: 1 }]) {
        const reply = await c.raw('POST', '/api/auth/confirm-email', body);
        expect(reply.status, JSON.stringify(body)).toBe(400);
        expect(reply.error.code).toBe('validation_failed');
      }
    });

    it('sends a new link on request, at most three an hour, and none once confirmed', async () => {
      const c = await server.signUp('Again');
      await waitForLink(sink.received, c.user.email, '/confirm-email');
      for (let i = 0; i < 3; i += 1) {
        const before = sink.received.length;
        const reply = await c.post('/api/me/email/confirmation', {});
        expect(reply.status).toBe(202);
        expect(reply.headers.get('content-length')).toBe('0');
        await waitForLink(sink.received, c.user.email, '/confirm-email', { after: before });
      }
      const limited = await c.post('/api/me/email/confirmation', {});
      expect(limited.status).toBe(429);
      expect(limited.error.code).toBe('rate_limited');

      const confirmed = await server.signUp('Done');
      await confirmEmailFromSink(sink.received, confirmed, confirmed.user.email);
      const nothing = await confirmed.post('/api/me/email/confirmation', {});
      expect(nothing.status).toBe(409);
      expect(nothing.error.code).toBe('conflict');
    });
  });

  describe('password reset by email', () => {
    it('says that reset by email is offered, to anyone', async () => {
      const reply = await server.client().get('/api/auth/options');
      expect(reply.status).toBe(200);
      expect(reply.body).toEqual({ passwordResetByEmail: true });
    });

    it('answers every address alike and emails a link that works exactly once', async () => {
      const c = await server.signUp('Forgetful');
      const elsewhere = (await signIn(c.user.email, PASSWORD)).client;
      const unknown = await requestReset(freshEmail('nobody'));
      const known = await requestReset(c.user.email);
      expect(known.status).toBe(202);
      expect(unknown.status).toBe(202);
      expect(known.parsed).toBeNull();
      expect(unknown.parsed).toEqual(known.parsed);
      expect(known.headers.get('content-length')).toBe('0');
      expect(unknown.headers.get('content-length')).toBe('0');

      const link = await waitForLink(sink.received, c.user.email, '/reset-password');
      expect(`${link.origin}${link.pathname}`).toBe(`${server.url}/reset-password`);
      const token = tokenOf(link);
      const stored = await db()
        .selectFrom('auth_tokens')
        .selectAll()
        .where('user_id', '=', c.user.id)
        .where('purpose', '=', 'password_reset')
        .execute();
      expect(stored).toHaveLength(1);
      expect(JSON.stringify(stored)).not.toContain(token);

      const reset = await resetPassword(token, 'a brand new password');
      expect(reset.status).toBe(204);
      expect((await c.get('/api/me')).status).toBe(401);
      expect((await elsewhere.get('/api/me')).status).toBe(401);
      expect((await signIn(c.user.email, PASSWORD)).reply.status).toBe(401);
      const fresh = await signIn(c.user.email, 'a brand new password');
      expect(fresh.reply.status).toBe(200);
      // The link came by email, so following it proves the address.
      expect(fresh.reply.body.emailConfirmed).toBe(true);

      const reused = await resetPassword(token, 'yet another password');
      expect(reused.status).toBe(404);
      expect(reused.error.code).toBe('not_found');
      expect((await fresh.client.get('/api/me')).status).toBe(200);
      expect((await signIn(c.user.email, 'a brand new password')).reply.status).toBe(200);
      expect(sink.received.some((m) => m.to.some((to) => to.startsWith('nobody')))).toBe(false);
    });

    it('emails the link in the language the account keeps', async () => {
      const c = await server.signUp('Sofía', { locale: 'es' });
      await waitForLink(sink.received, c.user.email, '/confirm-email');
      const before = sink.received.length;
      expect((await requestReset(c.user.email)).status).toBe(202);
      const link = await waitForLink(sink.received, c.user.email, '/reset-password', {
        after: before,
      });
      const mail = sink.received.slice(before).find((m) => m.to.includes(c.user.email))!;
      expect(mailHeader(mail, 'Subject')).toBe('Elige una contraseña nueva para recipro');
      expect(mailHeader(mail, 'Content-Language')).toBe('es');
      const text = mailText(mail);
      expect(text).toMatch(/^Hola, Sofía:\r?\n/);
      expect(text).toContain('Sigue este enlace en los próximos 30 minutos para elegirla.');
      expect(text.replace(/https?:\/\/\S+/g, '')).not.toMatch(/\b(Hello|Follow|password|ignore)\b/);
      expect((await resetPassword(tokenOf(link), 'una contraseña nueva y larga')).status).toBe(204);
    });

    it('refuses an expired link, an unknown token and bad input, changing nothing', async () => {
      const c = await server.signUp('Slow');
      await requestReset(c.user.email);
      const link = await waitForLink(sink.received, c.user.email, '/reset-password');
      server.clock.advance(31 * 60_000);
      try {
        const expired = await resetPassword(tokenOf(link), 'too late password');
        expect(expired.status).toBe(404);
        expect(expired.error.code).toBe('not_found');
      } finally {
        server.clock.advance(-31 * 60_000);
      }
      const unknown = await resetPassword('not-a-real-token', 'some password');
      expect(unknown.status).toBe(404);
      // Bodies the schema refuses, sent as they are.
      for (const [path, body] of [
        ['/api/auth/reset', { token: tokenOf(link), password: 'short' }],
        ['/api/auth/reset', { password: 'long enough password' }],
        ['/api/auth/reset', { token: tokenOf(link), password: 'long enough', admin: true }],
        ['/api/auth/reset-request', { email: 'not an email' }],
        ['/api/auth/reset-request', {}],
      ] as const) {
        const reply = await server.client().raw('POST', path, body);
        expect(reply.status, `${path} ${JSON.stringify(body)}`).toBe(400);
        expect(reply.error.code).toBe('validation_failed');
      }
      expect((await c.get('/api/me')).status).toBe(200);
      expect((await signIn(c.user.email, PASSWORD)).reply.status).toBe(200);
      // The link is still good: nothing above used it up.
      const late = await resetPassword(tokenOf(link), 'in time after all');
      expect(late.status).toBe(204);
    });
  });

  describe('changing the password', () => {
    it('keeps this session, ends every other one, and needs the current password', async () => {
      const c = await server.signUp('Changer');
      const other = (await signIn(c.user.email, PASSWORD)).client;
      const wrong = await c.put(
        '/api/me/password',
        {},
        { current: 'not my password', next: 'a different password' },
      );
      expect(wrong.status).toBe(403);
      expect(wrong.error.code).toBe('forbidden');
      expect(wrong.error.details).toEqual([{ field: 'current', message: expect.any(String) }]);
      expect((await other.get('/api/me')).status).toBe(200);
      expect((await signIn(c.user.email, PASSWORD)).reply.status).toBe(200);

      // Bodies the schema refuses, sent as they are.
      for (const body of [
        { current: PASSWORD, next: 'short' },
        { current: PASSWORD },
        { current: '', next: 'long enough password' },
        { current: PASSWORD, next: 'long enough password', extra: true },
      ]) {
        const reply = await c.raw('PUT', '/api/me/password', body);
        expect(reply.status, JSON.stringify(body)).toBe(400);
        expect(reply.error.code).toBe('validation_failed');
      }

      const changed = await c.put(
        '/api/me/password',
        {},
        { current: PASSWORD, next: 'my new password' },
      );
      expect(changed.status).toBe(204);
      expect((await c.get('/api/me')).status).toBe(200);
      expect((await other.get('/api/me')).status).toBe(401);
      expect((await signIn(c.user.email, PASSWORD)).reply.status).toBe(401);
      expect((await signIn(c.user.email, 'my new password')).reply.status).toBe(200);
    });
  });

  describe('sessions', () => {
    it('lists where I am signed in, by public id, with the current one marked', async () => {
      const c = await server.signUp('Traveller');
      const phone = (await signIn(c.user.email, PASSWORD, { 'user-agent': 'PhoneBrowser/2.0' }))
        .client;
      const list = await c.get('/api/me/sessions');
      expect(list.status).toBe(200);
      expect(list.body.sessions).toHaveLength(2);
      for (const s of list.body.sessions) {
        expect(Object.keys(s).sort()).toEqual([
          'createdAt',
          'current',
          'id',
          'lastSeenAt',
          'userAgent',
        ]);
      }
      expect(list.body.sessions.filter((s) => s.current)).toHaveLength(1);
      const phoneSession = list.body.sessions.find((s) => s.userAgent === 'PhoneBrowser/2.0');
      expect(phoneSession).toMatchObject({ current: false });
      const rows = await db()
        .selectFrom('sessions')
        .select('id')
        .where('user_id', '=', c.user.id)
        .execute();
      for (const s of list.body.sessions) expect(rows.map((r) => r.id)).not.toContain(s.id);
      const fromPhone = (await phone.get('/api/me/sessions')).body.sessions;
      expect(fromPhone.find((s) => s.current)?.id).toBe(phoneSession?.id);
    });

    it('notes when a session was last seen at most every few minutes', async () => {
      const c = await server.signUp('Seen');
      const [first] = (await c.get('/api/me/sessions')).body.sessions;
      if (!first) throw new Error('no session listed');
      expect(first.lastSeenAt).toBe(first.createdAt);
      server.clock.advance(60_000);
      await c.get('/api/me');
      await c.get('/api/circles');
      expect((await c.get('/api/me/sessions')).body.sessions[0]?.lastSeenAt).toBe(first.createdAt);
      server.clock.advance(5 * 60_000);
      const [later] = (await c.get('/api/me/sessions')).body.sessions;
      if (!later) throw new Error('no session listed');
      expect(Date.parse(later.lastSeenAt)).toBeGreaterThan(Date.parse(first.createdAt));
      await c.get('/api/me');
      expect((await c.get('/api/me/sessions')).body.sessions[0]?.lastSeenAt).toBe(later.lastSeenAt);
    });

    it('ends one session, and only one of mine', async () => {
      const c = await server.signUp('Ender');
      const laptop = (await signIn(c.user.email, PASSWORD)).client;
      const stranger = await server.signUp('Stranger');
      const strangersId = (await stranger.get('/api/me/sessions')).body.sessions[0]?.id;
      const laptopId = (await laptop.get('/api/me/sessions')).body.sessions.find(
        (s) => s.current,
      )?.id;
      if (strangersId === undefined || laptopId === undefined) throw new Error('no session listed');

      for (const id of [randomUUID(), strangersId]) {
        const reply = await c.delete(session, { id });
        expect(reply.status).toBe(404);
        expect(reply.error.code).toBe('not_found');
      }
      expect((await stranger.get('/api/me')).status).toBe(200);
      expect((await c.get('/api/me/sessions')).body.sessions).toHaveLength(2);
      // An id longer than any the schema takes.
      expect((await c.raw('DELETE', `/api/me/sessions/${'x'.repeat(65)}`)).status).toBe(400);

      expect((await c.delete(session, { id: laptopId })).status).toBe(204);
      expect((await laptop.get('/api/me')).status).toBe(401);
      expect((await c.get('/api/me')).status).toBe(200);
      expect((await c.delete(session, { id: laptopId })).status).toBe(404);

      const mine = (await c.get('/api/me/sessions')).body.sessions[0]?.id;
      if (mine === undefined) throw new Error('no session listed');
      const own = await c.delete(session, { id: mine });
      expect(own.status).toBe(204);
      expect(own.headers.get('set-cookie')).toMatch(/recipro_session=;/);
      expect((await c.get('/api/me')).status).toBe(401);
    });

    it('ends every other session at once', async () => {
      const c = await server.signUp('Tidy');
      const others = [
        (await signIn(c.user.email, PASSWORD)).client,
        (await signIn(c.user.email, PASSWORD)).client,
      ];
      const stranger = await server.signUp('Bystander');
      expect((await c.get('/api/me/sessions')).body.sessions).toHaveLength(3);
      expect((await c.post('/api/me/sessions/end-others', {})).status).toBe(204);
      const left = (await c.get('/api/me/sessions')).body.sessions;
      expect(left).toHaveLength(1);
      expect(left[0]?.current).toBe(true);
      for (const o of others) expect((await o.get('/api/me')).status).toBe(401);
      expect((await stranger.get('/api/me')).status).toBe(200);
    });
  });

  describe('profile', () => {
    it('changes my name here and in every circle I am in', async () => {
      const { a, b, circleId } = await couple(server);
      const renamed = await a.patch('/api/me', {}, { name: 'Asha R.' });
      expect(renamed.status).toBe(200);
      expect(renamed.body).toEqual({
        id: a.user.id,
        email: a.user.email,
        name: 'Asha R.',
        emailConfirmed: false,
        pendingEmail: null,
        firstRun: 'open',
        locale: null,
      });
      const seenByB = (await b.get('/api/circles/{circleId}', { circleId })).body.members;
      expect(seenByB.map((m) => m.name).sort()).toEqual(['Asha R.', 'Ben']);
      expect((await a.patch('/api/me', {}, {})).body.name).toBe('Asha R.');
    });

    it('keeps a new email pending until the link sent to it is followed', async () => {
      const c = await server.signUp('Mover');
      await confirmEmailFromSink(sink.received, c, c.user.email);
      const first = freshEmail('moved');
      const second = freshEmail('moved-again');
      const pending = await c.patch('/api/me', {}, { email: first });
      expect(pending.status).toBe(200);
      expect(pending.body).toMatchObject({
        email: c.user.email,
        emailConfirmed: true,
        pendingEmail: first,
      });
      const firstLink = await waitForLink(sink.received, first, '/confirm-email');
      expect((await c.patch('/api/me', {}, { email: second })).body.pendingEmail).toBe(second);
      const stale = await confirmEmail(c, tokenOf(firstLink));
      expect(stale.status).toBe(404);
      expect((await c.get('/api/me')).body.email).toBe(c.user.email);

      const secondLink = await waitForLink(sink.received, second, '/confirm-email');
      expect((await confirmEmail(server.client(), tokenOf(secondLink))).status).toBe(204);
      expect((await c.get('/api/me')).body).toMatchObject({
        email: second,
        emailConfirmed: true,
        pendingEmail: null,
      });
      expect((await signIn(second, PASSWORD)).reply.status).toBe(200);
      expect((await signIn(c.user.email, PASSWORD)).reply.status).toBe(401);
    });

    it('refuses an email another account has, changing nothing', async () => {
      const c = await server.signUp('Careful');
      const other = await server.signUp('Owner');
      const taken = await c.patch(
        '/api/me',
        {},
        { name: 'Not applied', email: other.user.email.toUpperCase() },
      );
      expect(taken.status).toBe(409);
      expect(taken.error.code).toBe('conflict');
      expect((await c.get('/api/me')).body).toMatchObject({
        name: 'Careful',
        email: c.user.email,
        pendingEmail: null,
      });

      // Taken after the link was sent: following it changes nothing either.
      const wanted = freshEmail('contested');
      await c.patch('/api/me', {}, { email: wanted });
      const link = await waitForLink(sink.received, wanted, '/confirm-email');
      expect(
        (
          await server
            .client()
            .post('/api/auth/signup', {}, { email: wanted, password: PASSWORD, name: 'Quicker' })
        ).status,
      ).toBe(201);
      const late = await confirmEmail(c, tokenOf(link));
      expect(late.status).toBe(409);
      expect(late.error.code).toBe('conflict');
      expect((await c.get('/api/me')).body.email).toBe(c.user.email);
    });

    it('refuses bad profile input', async () => {
      const c = await server.signUp('Exact');
      // Bodies the schema refuses, sent as they are.
      for (const body of [
        { name: '' },
        { name: '   ' },
        { email: 'no-at-sign' },
        { email: 42 },
        { nickname: 'x' },
      ]) {
        const reply = await c.raw('PATCH', '/api/me', body);
        expect(reply.status, JSON.stringify(body)).toBe(400);
        expect(reply.error.code).toBe('validation_failed');
      }
      expect((await c.get('/api/me')).body.name).toBe('Exact');
    });
  });

  it('answers signed-out requests to my account with 401', async () => {
    const anonymous = server.client();
    const stale = await server.signUp('Gone');
    await stale.post('/api/auth/signout', {});
    const calls: [string, (c: Client) => Promise<{ status: number; error: ApiError }>][] = [
      ['GET /api/me', (c) => c.get('/api/me')],
      ['PATCH /api/me', (c) => c.patch('/api/me', {}, { name: 'x' })],
      [
        'PUT /api/me/password',
        (c) => c.put('/api/me/password', {}, { current: PASSWORD, next: 'another password' }),
      ],
      ['GET /api/me/sessions', (c) => c.get('/api/me/sessions')],
      ['DELETE /api/me/sessions/{id}', (c) => c.delete(session, { id: randomUUID() })],
      ['POST /api/me/sessions/end-others', (c) => c.post('/api/me/sessions/end-others', {})],
      ['POST /api/me/email/confirmation', (c) => c.post('/api/me/email/confirmation', {})],
    ];
    for (const c of [anonymous, stale]) {
      for (const [label, call] of calls) {
        const reply = await call(c);
        expect(reply.status, label).toBe(401);
        expect(reply.error.code).toBe('unauthenticated');
      }
    }
  });

  it('plans and sends reminder emails only to a confirmed address; push does not wait', async () => {
    const { a, circleId } = await couple(server);
    await a.put('/api/me/notifications', {}, { email: true, push: true, timezone: 'UTC' });
    const time = new Date(server.clock.now() + 3_600_000).toISOString().slice(11, 16);
    const ritual = (
      await a.post(
        '/api/circles/{circleId}/rituals',
        { circleId },
        {
          kind: 'appreciation',
          title: 'Thanks before confirming',
          rrule: 'FREQ=DAILY',
          time,
          timezone: 'UTC',
        },
      )
    ).body;
    const outbox = new RemindersRepository(db(), server.recipro.database.dialect);
    const channels = async () =>
      new Set(
        (await outbox.forUser(a.user.id))
          .filter((r) => r.ritualId === ritual.id)
          .map((r) => r.channel),
      );
    await server.recipro.scheduler.plan();
    expect(await channels()).toEqual(new Set(['push']));

    // A test reminder says the address waits for its confirmation, and queues nothing for it.
    const test = await a.post('/api/me/notifications/test', {});
    expect(test.status).toBe(202);
    expect(test.body).toEqual({
      email: { status: 'unconfirmed' },
      push: { status: 'no_device', devices: 0 },
    });
    await server.recipro.scheduler.tick();
    expect((await outbox.forUser(a.user.id)).filter((r) => r.ritualId === null)).toEqual([]);

    await confirmEmailFromSink(sink.received, a, a.user.email);
    await server.recipro.scheduler.plan();
    expect(await channels()).toEqual(new Set(['push', 'email']));
  });
});

describe.each(testDatabases())('account control without email on $name', (database) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(database, { REMINDER_INTERVAL_SECONDS: '0' });
  });
  afterAll(async () => server?.stop());

  const tokens = () => server.recipro.database.db.selectFrom('auth_tokens').selectAll().execute();

  it('offers no reset by email, answers a reset request alike and stores nothing', async () => {
    expect((await server.client().get('/api/auth/options')).body).toEqual({
      passwordResetByEmail: false,
    });
    const c = await server.signUp('Offline');
    const reply = await server
      .client()
      .post('/api/auth/reset-request', {}, { email: c.user.email });
    expect(reply.status).toBe(202);
    expect(reply.parsed).toBeNull();
    expect(await tokens()).toEqual([]);
  });

  it('changes the email at once, unconfirmed, and refuses one that is taken', async () => {
    const c = await server.signUp('Direct');
    const other = await server.signUp('Holder');
    const next = freshEmail('direct');
    const changed = await c.patch('/api/me', {}, { email: next });
    expect(changed.status).toBe(200);
    expect(changed.body).toEqual({
      id: c.user.id,
      email: next,
      name: 'Direct',
      emailConfirmed: false,
      pendingEmail: null,
      firstRun: 'open',
      locale: null,
    });
    const cc = new Client(server.url);
    expect(
      (await cc.post('/api/auth/signin', {}, { email: next, password: PASSWORD })).status,
    ).toBe(200);
    const taken = await c.patch('/api/me', {}, { email: other.user.email });
    expect(taken.status).toBe(409);
    expect((await c.get('/api/me')).body.email).toBe(next);
    const resend = await c.post('/api/me/email/confirmation', {});
    expect(resend.status).toBe(409);
    expect(resend.error.code).toBe('conflict');
    expect(await tokens()).toEqual([]);
  });
});
