import { reciprocity, VALUES_QUESTIONS } from '@recipro/core';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Reply } from '../../../web/src/api/typed.ts';
import type { Answer, Client } from '../support/client.ts';
import { testDatabases } from '../support/databases.ts';
import { couple, join, startTestServer, type TestServer } from '../support/server.ts';
import { THIN_RHYTHM } from '../support/chat-summary.ts';

/** Reads RFC 4180 CSV: quoted fields (with doubled quotes, commas, CR and LF), CRLF records. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  while (i < text.length) {
    if (field === '' && text[i] === '"') {
      i += 1;
      for (;;) {
        const quote = text.indexOf('"', i);
        if (quote < 0) throw new Error('unterminated quoted field');
        field += text.slice(i, quote);
        i = quote + 1;
        if (text[i] !== '"') break;
        field += '"';
        i += 1;
      }
      if (i < text.length && text[i] !== ',' && !text.startsWith('\r\n', i))
        throw new Error(`text after a quoted field at ${i}`);
    } else if (text[i] === ',') {
      row.push(field);
      field = '';
      i += 1;
    } else if (text.startsWith('\r\n', i)) {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 2;
    } else {
      if (text[i] === '"' || text[i] === '\r' || text[i] === '\n')
        throw new Error(`bare ${JSON.stringify(text[i])} in an unquoted field at ${i}`);
      field += text[i];
      i += 1;
    }
  }
  if (field !== '' || row.length > 0) throw new Error('the last record has no CRLF');
  return rows;
}

/** A JSON object read without assuming its shape. */
type Node = { readonly [key: string]: unknown };
const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null;

/** The value at `keys` inside `value`, undefined where there is none. */
const dig = (value: unknown, ...keys: string[]): unknown =>
  keys.reduce<unknown>((at, key) => (isNode(at) ? at[key] : undefined), value);

/** The text of an answer that is not JSON (a CSV file); fails the test otherwise. */
const textOf = (answer: { readonly status: number; readonly parsed: unknown }): string => {
  if (typeof answer.parsed !== 'string') {
    throw new Error(`expected text, got ${answer.status}: ${JSON.stringify(answer.parsed)}`);
  }
  return answer.parsed;
};

/** Every place in a schema that declares fields, with its path. */
function objectsIn(schema: unknown, path = '$'): { path: string; schema: Node }[] {
  if (!isNode(schema)) return [];
  const found = schema.properties ? [{ path, schema }] : [];
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'properties') {
      for (const [field, inner] of Object.entries(isNode(value) ? value : {}))
        found.push(...objectsIn(inner, `${path}.${field}`));
    } else if (typeof value === 'object') {
      found.push(...objectsIn(value, path));
    }
  }
  return found;
}

/** A reciprocity check-in answered in the middle, `felt_safe` ("Yes") private to its author. */
const reciprocitySheet = (bump = 0) =>
  reciprocity.items.map((item) => {
    if (item.id === 'felt_safe') return 0;
    const count = item.kind === 'choice' ? item.options.length : item.scores.length;
    return Math.min(count - 1, Math.floor(count / 2) + bump);
  });

const feltSafe = reciprocity.items.findIndex((item) => item.id === 'felt_safe');
const valuesAnswers = (text: string) => VALUES_QUESTIONS.map((_q, i) => (i === 0 ? text : ''));

/** B's private texts: none may appear anywhere in A's export. */
const B_PRIVATE = {
  reflection: 'B-REFLECTION: I hold back when I am tired',
  need: 'B-PRIVATE-NEED: I need an hour alone on Sundays',
  ruptureNote: 'B-RUPTURE-NOTE: I felt dismissed at dinner',
  checkinNote: 'B-CHECKIN-NOTE: a hard month at work',
  unrevealedValues: 'B-VALUES-UNREVEALED: respect means asking first',
  unrevealedAnswer: 'B-QUESTION-UNREVEALED: a walk by the river',
};
const A_PRIVATE = {
  reflection: 'A-REFLECTION: I over-give when I feel unseen',
  need: 'A-PRIVATE-NEED: more quiet mornings',
  ruptureNote: 'A-RUPTURE-NOTE: I snapped about the dishes',
  checkinNote: 'A-CHECKIN-NOTE: better than last month',
};

describe.each(testDatabases())('owning your data: the export on $name', (database) => {
  let server: TestServer;
  let validate: ValidateFunction;

  beforeAll(async () => {
    // The test device's push endpoint is a made-up name that no lookup can check.
    server = await startTestServer(database, { PUSH_ALLOW_PRIVATE: 'true' });
    // Served as application/schema+json, which the generated types do not read: checked here.
    const schema = (await server.client().get('/api/export.schema.json')).parsed;
    if (!isNode(schema)) throw new Error(`no export schema: ${JSON.stringify(schema)}`);
    validate = addFormats(new Ajv2020({ allErrors: true })).compile(schema);
  });
  afterAll(async () => server?.stop());

  const exportOf = async (client: Client) => {
    const reply = await client.get('/api/me/export');
    expect(reply.status).toBe(200);
    const valid = validate(reply.parsed);
    expect(validate.errors ?? [], JSON.stringify(validate.errors)).toEqual([]);
    expect(valid).toBe(true);
    return reply;
  };

  it('serves its JSON Schema to anyone, every field described and every object closed', async () => {
    const reply = await server.client().get('/api/export.schema.json');
    expect(reply.status).toBe(200);
    expect(reply.headers.get('content-type')).toContain('application/schema+json');
    expect(dig(reply.parsed, '$schema')).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(dig(reply.parsed, '$id')).toEqual(expect.any(String));
    expect(dig(reply.parsed, 'properties', 'format', 'const')).toBe('recipro-export');
    const objects = objectsIn(reply.parsed);
    expect(objects.length).toBeGreaterThan(20);
    for (const { path, schema } of objects) {
      expect(schema.additionalProperties, path).toBe(false);
      const properties = schema.properties;
      expect(isNode(properties), path).toBe(true);
      for (const [field, inner] of Object.entries(isNode(properties) ? properties : {}))
        expect(dig(inner, 'description'), `${path}.${field}`).toMatch(/\S/);
    }
    expect(objects.map((o) => o.path)).toEqual(
      expect.arrayContaining([
        '$.circles.acts',
        '$.circles.checkins.mine',
        '$.circles.checkins.results',
        '$.circles.rituals.completions',
        '$.circles.chatSummaries.summary.rhythm',
        '$.circles.chatSummaries.summary.rhythm.lately',
        '$.account.notifications.quietHours',
      ]),
    );
  });

  it('documents the export routes in the OpenAPI document, with the same schema', async () => {
    // The OpenAPI document itself is not one of its own routes.
    const openapi = await server.client().raw('GET', '/api/openapi.json');
    expect(openapi.status).toBe(200);
    const paths = dig(openapi.body, 'paths');
    const documented = dig(paths, '/api/me/export', 'get', 'responses', '200', 'content');
    const served = (await server.client().get('/api/export.schema.json')).parsed;
    // The OpenAPI document writes `const` as a one-value `enum`; otherwise they are the same.
    const asEnum = (schema: unknown): unknown =>
      JSON.parse(JSON.stringify(schema), (_key, value: unknown) =>
        isNode(value) && 'const' in value
          ? (({ const: only, ...rest }) => ({ ...rest, enum: [only] }))(value)
          : value,
      );
    const documentedFields = dig(documented, 'application/json', 'schema', 'properties');
    expect(documentedFields).toEqual(expect.any(Object));
    expect(asEnum(documentedFields)).toEqual(asEnum(dig(served, 'properties')));
    expect(dig(paths, '/api/export.schema.json', 'get')).toBeDefined();
    expect(
      dig(
        paths,
        '/api/circles/{circleId}/acts.csv',
        'get',
        'responses',
        '200',
        'content',
        'text/csv',
      ),
    ).toBeDefined();
  });

  it('keeps whether support was shown on the writer’s screen, out of the file', async () => {
    const { a, circleId, bMember } = await couple(server);
    const worried = 'I am afraid of him and he checks my phone';
    const reflection = await a.post(
      '/api/circles/{circleId}/reflections',
      { circleId },
      { text: worried },
    );
    expect(reflection.body.showSupport).toBe(true);
    await a.post(
      '/api/circles/{circleId}/acts',
      { circleId },
      { toMemberId: bMember, form: 'practical', note: worried },
    );
    const exported = await a.get('/api/me/export');
    expect(exported.status).toBe(200);
    expect(JSON.stringify(exported.parsed)).toContain(worried);
    expect(JSON.stringify(exported.parsed)).not.toContain('showSupport');
  });

  it('answers 401 signed out, and an empty export for someone in no circle', async () => {
    const anonymous = server.client();
    expect((await anonymous.get('/api/me/export')).status).toBe(401);
    const alone = await server.signUp('Alone');
    const { body } = await exportOf(alone);
    expect(body.circles).toEqual([]);
    expect(body.account.user).toEqual({ ...alone.user, createdAt: expect.any(String) });
    expect(body.account.pushSubscriptions).toEqual([]);
    expect(body.account.updates).toEqual([]);
  });

  it('holds what the person was told, and valid by its schema', async () => {
    const { a, circleId, bMember } = await couple(server);
    const { body } = await exportOf(a);
    expect(body.account.updates).toEqual([
      expect.objectContaining({
        kind: 'invitation_accepted',
        circleId,
        actorMemberId: bMember,
        actorName: 'Ben',
      }),
    ]);
  });

  it('holds everything A can see in a rich circle, and nothing B keeps private', async () => {
    const { a, b, circleId, aMember, bMember } = await couple(server);
    const ids = { circleId };

    // The account.
    await a.put('/api/me/care-languages', {}, { ranked: ['time', 'words'] });
    await a.put(
      '/api/me/notifications',
      {},
      {
        email: false,
        push: true,
        quietHours: { from: '22:00', to: '07:00' },
        timezone: 'Europe/London',
      },
    );
    const device = {
      endpoint: 'https://push.example.test/send/asha-phone',
      keys: { p256dh: 'P256DH-SECRET-KEY-abcdefgh', auth: 'AUTH-SECRET-abcdefgh' },
    };
    expect((await a.post('/api/me/push-subscriptions', {}, device)).status).toBe(201);
    const calendarUrl: string = (await a.get('/api/me/calendar')).body.url;
    const calendarToken = calendarUrl
      .split('/')
      .pop()!
      .replace(/\.ics$/, '');

    // Invest: acts both ways, with notes, noticed.
    const acts = '/api/circles/{circleId}/acts';
    const acknowledge = '/api/circles/{circleId}/acts/{actId}/acknowledge';
    const given = (
      await a.post(acts, ids, {
        toMemberId: bMember,
        form: 'practical',
        effort: 2,
        note: 'made tea ☕, "the good one"',
      })
    ).body;
    const received = (
      await b.post(acts, ids, { toMemberId: aMember, form: 'emotional', note: 'listened' })
    ).body;
    await b.post(acknowledge, { circleId, actId: given.id });
    await a.post(acknowledge, { circleId, actId: received.id });

    // Reflect and Express.
    const reflections = '/api/circles/{circleId}/reflections';
    const needs = '/api/circles/{circleId}/needs';
    await a.post(reflections, ids, { text: A_PRIVATE.reflection });
    await b.post(reflections, ids, { text: B_PRIVATE.reflection });
    await a.post(needs, ids, { text: A_PRIVATE.need });
    await b.post(needs, ids, { text: B_PRIVATE.need });
    const shared = (
      await b.post(needs, ids, { text: 'I feel closer when we walk after dinner', shared: true })
    ).body;
    await a.post('/api/circles/{circleId}/needs/{needId}/thanks', { circleId, needId: shared.id });

    // Check in: one answered by A only, one by B only.
    const checkins = '/api/circles/{circleId}/checkins';
    const checkinAnswers = '/api/circles/{circleId}/checkins/{checkinId}/answers';
    const answeredByA = (await a.post(checkins, ids, { instrument: 'reciprocity' })).body;
    await a.post(
      checkinAnswers,
      { circleId, checkinId: answeredByA.id },
      { answers: reciprocitySheet(), note: A_PRIVATE.checkinNote },
    );
    const answeredByB = (await b.post(checkins, ids, { instrument: 'csi4' })).body;
    await b.post(
      checkinAnswers,
      { circleId, checkinId: answeredByB.id },
      { answers: [3, 2, 2, 3], note: B_PRIVATE.checkinNote },
    );

    // Values: one answered by both, one by B only.
    const values = '/api/circles/{circleId}/values';
    const valuesAnswered = '/api/circles/{circleId}/values/{roundId}/answers';
    const talked = (await a.post(values, ids)).body;
    await a.post(
      valuesAnswered,
      { circleId, roundId: talked.id },
      { answers: valuesAnswers('A-VALUES: asking before deciding') },
    );
    await b.post(
      valuesAnswered,
      { circleId, roundId: talked.id },
      { answers: valuesAnswers('B-VALUES-REVEALED: listening to the end') },
    );
    const waiting = (await b.post(values, ids)).body;
    await b.post(
      valuesAnswered,
      { circleId, roundId: waiting.id },
      { answers: valuesAnswers(B_PRIVATE.unrevealedValues) },
    );

    // Repair: B's rupture with a private note, A's with a shared one, repaired.
    const ruptures = '/api/circles/{circleId}/ruptures';
    const bRupture = (
      await b.post(ruptures, ids, { note: B_PRIVATE.ruptureNote, notePrivate: true })
    ).body;
    await a.post(ruptures, ids, { note: A_PRIVATE.ruptureNote });
    const ofRupture = { circleId, ruptureId: bRupture.id };
    await a.post('/api/circles/{circleId}/ruptures/{ruptureId}/reset', ofRupture);
    // Repaired once each of them says "repaired for me".
    await b.post('/api/circles/{circleId}/ruptures/{ruptureId}/repair', ofRupture);
    await a.post('/api/circles/{circleId}/ruptures/{ruptureId}/repair', ofRupture);

    // Balance, load, rituals, schedule, chat.
    const season = await a.post('/api/circles/{circleId}/seasons', ids, {
      memberId: bMember,
      kind: 'exams',
      startsAt: new Date(server.clock.t - 86_400_000).toISOString(),
      note: 'finals',
    });
    expect(season.status).toBe(201);
    const chore = (
      await a.post('/api/circles/{circleId}/responsibilities', ids, {
        title: 'Groceries',
        area: 'home',
        frequency: 'weekly',
        effort: 2,
        owners: { notice: aMember, plan: aMember, do: bMember, followUp: null },
      })
    ).body;
    const handover = await a.post('/api/circles/{circleId}/handovers', ids, {
      responsibilityId: chore.id,
      stage: 'plan',
      toMemberId: bMember,
    });
    expect(handover.status).toBe(201);
    const loadMe = '/api/circles/{circleId}/load/me';
    await a.put(loadMe, ids, { perceivedShare: 60, prefers: ['money'] });
    await b.put(loadMe, ids, { perceivedShare: 70, cannot: ['children'] });
    const ritual = (
      await a.post('/api/circles/{circleId}/rituals', ids, {
        kind: 'appreciation',
        rrule: 'FREQ=DAILY',
        time: '21:00',
        timezone: 'UTC',
      })
    ).body;
    const completions = '/api/circles/{circleId}/rituals/{ritualId}/completions';
    await a.post(completions, { circleId, ritualId: ritual.id });
    await b.post(completions, { circleId, ritualId: ritual.id });
    await a.put('/api/circles/{circleId}/checkin-schedule', ids, {
      cadence: 'weekly',
      instrument: 'csi4',
    });
    await b.post('/api/circles/{circleId}/chat-summaries', ids, {
      format: 'telegram',
      messages: 3,
      people: 1,
      first: null,
      last: null,
      rhythm: THIN_RHYTHM,
    });

    // A question a day: one day both answered, the next only B has.
    const answer = '/api/circles/{circleId}/question/answer';
    const day1 = (await a.get('/api/circles/{circleId}/question', ids)).body;
    await a.post(answer, ids, { text: 'A-QUESTION: the tea in the morning' });
    await b.post(answer, ids, { text: 'B-QUESTION-REVEALED: the long walk' });
    server.clock.advance(86_400_000);
    await b.post(answer, ids, { text: B_PRIVATE.unrevealedAnswer });

    const reply = await exportOf(a);
    expect(reply.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(reply.headers.get('content-disposition')).toMatch(
      /^attachment; filename="recipro-export-\d{4}-\d{2}-\d{2}\.json"$/,
    );
    expect(reply.headers.get('cache-control')).toBe('no-store');
    const doc = reply.body;
    expect(reply.headers.get('content-disposition')).toContain(doc.exportedAt.slice(0, 10));
    expect(doc).toMatchObject({ format: 'recipro-export', version: 3 });

    // The account, without secrets.
    expect(doc.account.user).toEqual({ ...a.user, createdAt: expect.any(String) });
    expect(doc.account.careLanguages).toEqual(['time', 'words']);
    expect(doc.account.notifications).toMatchObject({
      email: false,
      push: true,
      quietHours: { from: '22:00', to: '07:00' },
      timezone: 'Europe/London',
    });
    expect(doc.account.pushSubscriptions).toEqual([
      { endpoint: device.endpoint, createdAt: expect.any(String) },
    ]);

    // The circle, each part as A reads it through the API.
    expect(doc.circles).toHaveLength(1);
    const c = doc.circles[0]!;
    // The API as A reads it, less `showSupport`: whether support was shown stays on screen.
    const api = async <T>(answer: Promise<Answer<T>>): Promise<T> => (await answer).body;
    const onScreenOnly = (value: unknown): unknown =>
      JSON.parse(
        JSON.stringify(value, (key: string, inner: unknown) =>
          key === 'showSupport' ? undefined : inner,
        ),
      );
    expect(c.circle).toEqual(onScreenOnly(await api(a.get('/api/circles/{circleId}', ids))));
    expect(c.acts).toEqual(
      onScreenOnly((await api(a.get(acts, ids, { query: { limit: 100 } }))).acts),
    );
    expect(c.acts.map((x) => x.noticedAt)).toEqual([expect.any(String), expect.any(String)]);
    expect(c.reflections.map((r) => r.text)).toEqual([A_PRIVATE.reflection]);
    expect(c.needs).toEqual(onScreenOnly((await api(a.get(needs, ids))).needs));
    expect(c.needs.map((n) => n.text).sort()).toEqual([A_PRIVATE.need, shared.text].sort());
    expect(c.needs.find((n) => n.id === shared.id)?.thankedBy).toEqual([aMember]);
    expect(c.valuesConversations).toEqual(
      onScreenOnly((await api(a.get(values, ids))).conversations),
    );
    expect(c.ruptures).toEqual(onScreenOnly((await api(a.get(ruptures, ids))).ruptures));
    expect(c.seasons).toEqual(
      onScreenOnly((await api(a.get('/api/circles/{circleId}/seasons', ids))).seasons),
    );
    expect(c.responsibilities).toEqual(
      onScreenOnly(
        (await api(a.get('/api/circles/{circleId}/responsibilities', ids))).responsibilities,
      ),
    );
    expect(c.handovers).toEqual(
      onScreenOnly((await api(a.get('/api/circles/{circleId}/handovers', ids))).handovers),
    );
    expect(c.chatSummaries).toEqual(
      onScreenOnly((await api(a.get('/api/circles/{circleId}/chat-summaries', ids))).summaries),
    );
    expect(c.checkinSchedule).toEqual({ cadence: 'weekly', instrument: 'csi4' });
    expect(c.myLoadView).toEqual({
      memberId: aMember,
      perceivedShare: 60,
      prefers: ['money'],
      cannot: [],
    });
    const { completions: done, ...ritualView } = c.rituals[0]!;
    expect(ritualView).toEqual(
      onScreenOnly((await api(a.get('/api/circles/{circleId}/rituals', ids))).rituals[0]),
    );
    expect(done).toEqual([
      { at: expect.any(String), byMe: true },
      { at: expect.any(String), byMe: false },
    ]);

    // Check-ins: A's own answers; nobody's answers before the reveal.
    const checkin = '/api/circles/{circleId}/checkins/{checkinId}';
    const mineOnly = c.checkins.find((x) => x.id === answeredByA.id);
    expect(mineOnly).toEqual(
      onScreenOnly(await api(a.get(checkin, { circleId, checkinId: answeredByA.id }))),
    );
    expect(mineOnly?.status).toBe('open');
    expect(mineOnly?.mine).toMatchObject({
      answers: reciprocitySheet(),
      note: A_PRIVATE.checkinNote,
    });
    expect(mineOnly?.results).toBeUndefined();
    const theirsOnly = c.checkins.find((x) => x.id === answeredByB.id);
    expect(theirsOnly).toMatchObject({ status: 'open', mine: null, answeredCount: 1 });
    expect(theirsOnly?.results).toBeUndefined();

    // Ruptures: A's own note, B's private note blanked, the repair shared.
    const seenRupture = c.ruptures.find((r) => r.id === bRupture.id);
    expect(seenRupture).toMatchObject({
      note: null,
      notePrivate: true,
      startedByMemberId: aMember,
      repairedAt: expect.any(String),
    });
    expect(c.ruptures.map((r) => r.note)).toContain(A_PRIVATE.ruptureNote);

    // Values: the conversation both answered is revealed; the one only B answered is not.
    const revealed = c.valuesConversations.find((v) => v.id === talked.id);
    expect(revealed?.results).toHaveLength(2);
    const unrevealed = c.valuesConversations.find((v) => v.id === waiting.id);
    expect(unrevealed).toMatchObject({ status: 'open', mine: null });
    expect(unrevealed?.results).toBeUndefined();

    // Questions: the day both answered, with both answers; not the day only B answered.
    expect(c.dailyQuestions).toEqual([
      {
        date: day1.date,
        id: day1.id,
        myAnswer: 'A-QUESTION: the tea in the morning',
        answers: [
          { memberId: aMember, text: 'A-QUESTION: the tea in the morning' },
          { memberId: bMember, text: 'B-QUESTION-REVEALED: the long walk' },
        ],
      },
    ]);

    // Nothing B keeps private, no secrets of A's, nothing of B's account.
    const text = JSON.stringify(doc);
    for (const [what, secret] of Object.entries(B_PRIVATE))
      expect(text, what).not.toContain(secret);
    expect(text).toContain('B-VALUES-REVEALED');
    for (const secret of [device.keys.p256dh, device.keys.auth, calendarToken, b.user.email])
      expect(text).not.toContain(secret);
    const settings = await server.recipro.database.db
      .selectFrom('notification_settings')
      .selectAll()
      .where('user_id', '=', a.user.id)
      .executeTakeFirstOrThrow();
    expect(settings.calendar_token).toBe(calendarToken);
    expect(text).not.toContain(settings.unsubscribe_token);
    const user = await server.recipro.database.db
      .selectFrom('users')
      .select('password_hash')
      .where('id', '=', a.user.id)
      .executeTakeFirstOrThrow();
    expect(text).not.toContain(user.password_hash);
    expect(text).not.toMatch(/argon2|password/i);

    // B's own export holds B's private things, and none of A's.
    const bText = JSON.stringify((await exportOf(b)).parsed);
    for (const secret of Object.values(B_PRIVATE)) expect(bText).toContain(secret);
    for (const [what, secret] of Object.entries(A_PRIVATE)) {
      if (what === 'ruptureNote') continue; // A's rupture note was shared with the circle.
      expect(bText, what).not.toContain(secret);
    }
    expect(bText).toContain(A_PRIVATE.ruptureNote);

    // Once B answers A's check-in, it is revealed in A's export: B's answers, never B's note
    // or B's private item.
    await b.post(
      checkinAnswers,
      { circleId, checkinId: answeredByA.id },
      { answers: reciprocitySheet(1), note: B_PRIVATE.checkinNote },
    );
    const after = (await exportOf(a)).body;
    const now = after.circles[0]?.checkins.find((x) => x.id === answeredByA.id);
    expect(now?.status).toBe('revealed');
    const bResult = now?.results?.find((r) => r.memberId === bMember);
    const expected: (number | null)[] = reciprocitySheet(1);
    expected[feltSafe] = null;
    expect(bResult?.answers).toEqual(expected);
    expect(JSON.stringify(after)).not.toContain(B_PRIVATE.checkinNote);
  });

  it('reads every act, not the first page the acts list gives', async () => {
    const { a, b, circleId, bMember } = await couple(server);
    const many = 130;
    // Ten at a time: a busy machine could keep 130 at once waiting for the database long enough
    // to be answered 503 (the server's bound on waiting for a connection).
    for (let start = 0; start < many; start += 10) {
      const logged = await Promise.all(
        Array.from({ length: Math.min(10, many - start) }, (_v, i) =>
          a.post(
            '/api/circles/{circleId}/acts',
            { circleId },
            { toMemberId: bMember, form: 'practical', note: `act ${start + i}` },
          ),
        ),
      );
      expect(logged.map((reply) => reply.status)).toEqual(logged.map(() => 201));
    }
    expect((await a.get('/api/circles/{circleId}/acts', { circleId })).body.acts).toHaveLength(30);
    const doc = (await exportOf(b)).body;
    expect(doc.circles[0]?.acts).toHaveLength(many);
    const csv = await b.get('/api/circles/{circleId}/acts.csv', { circleId });
    expect(parseCsv(textOf(csv))).toHaveLength(many + 1);
  });

  it('admits no field the schema does not name, at any depth', async () => {
    const { a, b, circleId, bMember } = await couple(server);
    await a.post(
      '/api/circles/{circleId}/acts',
      { circleId },
      { toMemberId: bMember, form: 'respect' },
    );
    await b.post('/api/circles/{circleId}/needs', { circleId }, { text: 'walks', shared: true });
    const doc = (await exportOf(a)).body;
    const places: [string, (d: Reply<'get', '/api/me/export'>) => object | undefined][] = [
      ['the document', (d) => d],
      ['the account', (d) => d.account],
      ['the user', (d) => d.account.user],
      ['the notifications', (d) => d.account.notifications],
      ['an update', (d) => d.account.updates[0]],
      ['a circle', (d) => d.circles[0]],
      ['the circle', (d) => d.circles[0]?.circle],
      ['a member', (d) => d.circles[0]?.circle.members[0]],
      ['an act', (d) => d.circles[0]?.acts[0]],
      ['a need', (d) => d.circles[0]?.needs[0]],
      ['the load view', (d) => d.circles[0]?.myLoadView ?? undefined],
      ['the check-in schedule', (d) => d.circles[0]?.checkinSchedule ?? undefined],
    ];
    for (const [where, pick] of places) {
      const copy = structuredClone(doc);
      const place = pick(copy);
      if (place === undefined) throw new Error(`the export has no ${where}`);
      Object.assign(place, { passwordHash: 'x' });
      expect(validate(copy), where).toBe(false);
    }
    expect(validate(doc)).toBe(true);
    expect(validate({ ...doc, version: 2 })).toBe(false);
    expect(validate({ ...doc, version: 4 })).toBe(false);
  });

  it('gives the acts of a circle as CSV that reads back to the same acts', async () => {
    const asha = await server.signUp('Asha "A", the planner');
    const ben = await server.signUp('=Ben 💞');
    const circle = (await asha.post('/api/circles', {}, { name: 'Café & Co', kind: 'friends' }))
      .body;
    const circleId = circle.id;
    const benMember = await join(asha, ben, circleId);
    const notes = [
      'tea, toast and "jam"',
      'line one\r\nline two\nline three',
      'bought flowers 🌷💐',
      '=HYPERLINK("https://example.test/x","click me")',
      '+1 for the idea',
      '@everyone',
      '-',
    ];
    for (const note of notes)
      await asha.post(
        '/api/circles/{circleId}/acts',
        { circleId },
        { toMemberId: benMember, form: 'practical', note },
      );
    const back = (
      await ben.post(
        '/api/circles/{circleId}/acts',
        { circleId },
        { toMemberId: circle.myMemberId, form: 'appreciation', effort: 3 },
      )
    ).body;
    await asha.post('/api/circles/{circleId}/acts/{actId}/acknowledge', {
      circleId,
      actId: back.id,
    });

    const reply = await ben.get('/api/circles/{circleId}/acts.csv', { circleId });
    expect(reply.status).toBe(200);
    expect(reply.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(reply.headers.get('content-disposition')).toMatch(
      /^attachment; filename="recipro-acts-cafe-co-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const raw = textOf(reply);
    expect(raw.startsWith('date,from,to,form,effort,note,noticed_at\r\n')).toBe(true);
    const [header, ...rows] = parseCsv(raw);
    expect(header).toEqual(['date', 'from', 'to', 'form', 'effort', 'note', 'noticed_at']);

    const names: Record<string, string> = {
      [circle.myMemberId]: asha.user.name,
      [benMember]: ben.user.name,
    };
    const inert = (cell: string) => (/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell);
    const acts = (await ben.get('/api/circles/{circleId}/acts', { circleId })).body.acts;
    expect(rows).toEqual(
      acts.map((act) =>
        [
          act.at,
          names[act.fromMemberId]!,
          names[act.toMemberId]!,
          act.form,
          String(act.effort),
          act.note ?? '',
          act.noticedAt ?? '',
        ].map(inert),
      ),
    );
    expect(rows.map((r) => r[5])).toContain(`'=HYPERLINK("https://example.test/x","click me")`);
    expect(rows.map((r) => r[1])).toContain(`'=Ben 💞`);
    expect(rows.find((r) => r[3] === 'appreciation')![6]).toMatch(/^\d{4}-.*Z$/);
    for (const row of rows) expect(new Date(row[0]!).toISOString()).toBe(row[0]);
  });

  it('refuses the CSV to someone outside the circle (404) or signed out (401)', async () => {
    const { a, circleId } = await couple(server);
    const outsider = await server.signUp('Outsider');
    const csv = '/api/circles/{circleId}/acts.csv';
    const refused = await outsider.get(csv, { circleId });
    expect(refused.status).toBe(404);
    expect(refused.error.code).toBe('not_found');
    expect((await server.client().get(csv, { circleId })).status).toBe(401);
    expect((await a.get(csv, { circleId: 'nope' })).status).toBe(404);
    // An outsider's export says nothing of the circle.
    expect((await exportOf(outsider)).body.circles).toEqual([]);
  });
});
