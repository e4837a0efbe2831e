import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiError } from '../support/client.ts';
import { testDatabases } from '../support/databases.ts';
import { couple, startTestServer, type TestServer } from '../support/server.ts';

type People = Awaited<ReturnType<typeof couple>>;

/**
 * Taking back a tap: each one-tap action has a way back, through the person's own record only;
 * an item someone else holds is not taken, and a form sent empty changes nothing.
 */
describe.each(testDatabases())('taking back a tap, and empty forms, on $name', (database) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(database);
  });
  afterAll(async () => server?.stop());

  const refused = (reply: { status: number; readonly error: ApiError }, status: number) => {
    expect(reply.status).toBe(status);
    expect(reply.error.code).toBe(status === 403 ? 'forbidden' : 'conflict');
  };

  it('takes back a logged act through its giver: gone from the list and the summary', async () => {
    const { a, b, circleId, bMember } = await couple(server);
    const before = (await a.get('/api/circles/{circleId}/summary', { circleId })).body.pairs;
    const act = (
      await a.post(
        '/api/circles/{circleId}/acts',
        { circleId },
        { toMemberId: bMember, form: 'practical' },
      )
    ).body;
    refused(
      await b.delete('/api/circles/{circleId}/acts/{actId}', { circleId, actId: act.id }),
      403,
    );
    const undone = await a.delete('/api/circles/{circleId}/acts/{actId}', {
      circleId,
      actId: act.id,
    });
    expect(undone.status).toBe(204);
    expect((await b.get('/api/circles/{circleId}/acts', { circleId })).body.acts).toEqual([]);
    expect((await a.get('/api/circles/{circleId}/summary', { circleId })).body.pairs).toEqual(
      before,
    );
  });

  it('takes back an "I noticed" through the receiver only, and the summary follows', async () => {
    const { a, b, circleId, bMember } = await couple(server);
    const act = (
      await a.post(
        '/api/circles/{circleId}/acts',
        { circleId },
        { toMemberId: bMember, form: 'appreciation' },
      )
    ).body;
    const ids = { circleId, actId: act.id };
    const unnoticed = (await a.get('/api/circles/{circleId}/summary', { circleId })).body.pairs;
    const noticed = await b.post('/api/circles/{circleId}/acts/{actId}/acknowledge', ids);
    expect(noticed.body.noticedAt).not.toBeNull();
    expect(
      (await a.get('/api/circles/{circleId}/summary', { circleId })).body.pairs[0]?.noticed,
    ).toBe(1);

    // The giver cannot take back the receiver's words; someone outside the circle sees nothing.
    refused(await a.delete('/api/circles/{circleId}/acts/{actId}/acknowledge', ids), 403);
    const outsider = await couple(server);
    expect(
      (await outsider.a.delete('/api/circles/{circleId}/acts/{actId}/acknowledge', ids)).status,
    ).toBe(404);

    const undone = await b.delete('/api/circles/{circleId}/acts/{actId}/acknowledge', ids);
    expect(undone.status).toBe(200);
    expect(undone.body).toMatchObject({ id: act.id, noticedAt: null });
    expect(
      (await a.get('/api/circles/{circleId}/acts', { circleId })).body.acts[0]?.noticedAt,
    ).toBeNull();
    expect((await a.get('/api/circles/{circleId}/summary', { circleId })).body.pairs).toEqual(
      unnoticed,
    );
    // Taking back twice changes nothing; noticing again works.
    expect((await b.delete('/api/circles/{circleId}/acts/{actId}/acknowledge', ids)).status).toBe(
      200,
    );
    expect(
      (await b.post('/api/circles/{circleId}/acts/{actId}/acknowledge', ids)).body.noticedAt,
    ).not.toBeNull();
  });

  const responsibility = async (
    { a, circleId }: People,
    owners?: Partial<Record<'notice' | 'plan' | 'do' | 'followUp', string>>,
  ) =>
    (
      await a.post(
        '/api/circles/{circleId}/responsibilities',
        { circleId },
        {
          title: 'Bins',
          area: 'home',
          frequency: 'weekly',
          effort: 1,
          ...(owners ? { owners } : {}),
        },
      )
    ).body;

  it('gives back what "I\'ll take this" took, and only the stages that are one\'s own', async () => {
    const people = await couple(server);
    const { a, b, circleId, aMember } = people;
    const item = await responsibility(people, { plan: aMember });
    const ids = { circleId, responsibilityId: item.id };
    const taken = await a.post(
      '/api/circles/{circleId}/responsibilities/{responsibilityId}/own',
      ids,
    );
    expect(taken.body.owners).toEqual({
      notice: aMember,
      plan: aMember,
      do: aMember,
      followUp: aMember,
    });
    // Nobody gives back another member's stage.
    refused(
      await b.post('/api/circles/{circleId}/responsibilities/{responsibilityId}/release', ids, {
        stages: ['notice'],
      }),
      409,
    );
    const back = await a.post(
      '/api/circles/{circleId}/responsibilities/{responsibilityId}/release',
      ids,
      { stages: ['notice', 'do', 'followUp'] },
    );
    expect(back.status).toBe(200);
    expect(back.body.owners).toEqual({ notice: null, plan: aMember, do: null, followUp: null });
    expect(
      (await b.get('/api/circles/{circleId}/responsibilities', { circleId })).body.responsibilities,
    ).toEqual([back.body]);
    // A stage already free is not "given back" (409), and an empty or repeated list is a 400.
    refused(
      await a.post('/api/circles/{circleId}/responsibilities/{responsibilityId}/release', ids, {
        stages: ['do'],
      }),
      409,
    );
    for (const stages of [[], ['do', 'do']] as const) {
      const reply = await a.post(
        '/api/circles/{circleId}/responsibilities/{responsibilityId}/release',
        ids,
        { stages: [...stages] },
      );
      expect(reply.status).toBe(400);
      expect(reply.error.code).toBe('validation_failed');
    }
  });

  it('answers "I\'ll take this" on an item a partner holds, wholly or in part, with a 409', async () => {
    const people = await couple(server);
    const { a, b, circleId, aMember, bMember } = people;
    for (const owners of [
      { notice: bMember, plan: bMember, do: bMember, followUp: bMember },
      { notice: aMember, do: bMember },
      { followUp: bMember },
    ]) {
      const item = await responsibility(people, owners);
      const reply = await a.post(
        '/api/circles/{circleId}/responsibilities/{responsibilityId}/own',
        {
          circleId,
          responsibilityId: item.id,
        },
      );
      refused(reply, 409);
      expect(reply.error.details).toBeDefined();
      const stored = (await b.get('/api/circles/{circleId}/responsibilities', { circleId })).body
        .responsibilities;
      expect(stored.find((r) => r.id === item.id)).toEqual(item);
    }
  });

  it('takes back one\'s own "We did it" for a ritual, never another member\'s', async () => {
    const { a, b, circleId } = await couple(server);
    const ritual = (
      await a.post(
        '/api/circles/{circleId}/rituals',
        { circleId },
        {
          kind: 'weekly_checkin',
          rrule: 'FREQ=DAILY',
          time: '00:00',
          timezone: 'UTC',
        },
      )
    ).body;
    const ids = { circleId, ritualId: ritual.id };
    // A minute after its first time, so the "We did it" counts for that time.
    server.clock.advance(Date.parse(ritual.nextAt!) + 60_000 - server.clock.t);
    const before = (await a.get('/api/circles/{circleId}/rituals', { circleId })).body.rituals;
    const done = await a.post('/api/circles/{circleId}/rituals/{ritualId}/completions', ids);
    expect(done.status).toBe(201);
    expect(done.body.rhythm.done).toBe(before[0]!.rhythm.done + 1);
    // B has said nothing: nothing of theirs to take back, and A's stays.
    expect(
      (await b.delete('/api/circles/{circleId}/rituals/{ritualId}/completions/latest', ids)).status,
    ).toBe(404);
    const undone = await a.delete(
      '/api/circles/{circleId}/rituals/{ritualId}/completions/latest',
      ids,
    );
    expect(undone.status).toBe(200);
    expect(undone.body).toEqual(before[0]);
    expect((await b.get('/api/circles/{circleId}/rituals', { circleId })).body.rituals).toEqual(
      before,
    );
    expect(
      (await a.delete('/api/circles/{circleId}/rituals/{ritualId}/completions/latest', ids)).status,
    ).toBe(404);
  });

  it("takes back one's own thanks for a need, never another member's", async () => {
    const { a, b, circleId } = await couple(server);
    const need = (
      await a.post(
        '/api/circles/{circleId}/needs',
        { circleId },
        { text: 'More quiet evenings', shared: true },
      )
    ).body;
    const ids = { circleId, needId: need.id };
    const thanked = await b.post('/api/circles/{circleId}/needs/{needId}/thanks', ids);
    expect(thanked.body.thankedBy).toHaveLength(1);
    // The author taking "back" thanks changes nothing of B's.
    expect(
      (await a.delete('/api/circles/{circleId}/needs/{needId}/thanks', ids)).body.thankedBy,
    ).toHaveLength(1);
    const undone = await b.delete('/api/circles/{circleId}/needs/{needId}/thanks', ids);
    expect(undone.status).toBe(200);
    expect(undone.body.thankedBy).toEqual([]);
    const outsider = await couple(server);
    expect(
      (await outsider.a.delete('/api/circles/{circleId}/needs/{needId}/thanks', ids)).status,
    ).toBe(404);
  });

  /** Each form sent empty or blank: the request, and what it must leave as it was. */
  const emptyForms: readonly {
    readonly name: string;
    readonly send: (people: People) => Promise<{ status: number; readonly error: ApiError }>;
    readonly read: (people: People) => Promise<unknown>;
  }[] = [
    ...[{}, { note: '' }, { note: '  \n ' }, { notePrivate: true }].map((body) => ({
      name: `a hard moment ${JSON.stringify(body)}`,
      send: ({ a, circleId }: People) =>
        a.post('/api/circles/{circleId}/ruptures', { circleId }, body),
      read: async ({ a, circleId }: People) =>
        (await a.get('/api/circles/{circleId}/ruptures', { circleId })).body.ruptures,
    })),
    ...['', '   '].map((text) => ({
      name: `a need ${JSON.stringify(text)}`,
      send: ({ a, circleId }: People) =>
        a.post('/api/circles/{circleId}/needs', { circleId }, { text, shared: true }),
      read: async ({ a, circleId }: People) =>
        (await a.get('/api/circles/{circleId}/needs', { circleId })).body,
    })),
    ...['', '\t '].map((text) => ({
      name: `a reflection ${JSON.stringify(text)}`,
      send: ({ a, circleId }: People) =>
        a.post('/api/circles/{circleId}/reflections', { circleId }, { text }),
      read: async ({ a, circleId }: People) =>
        (await a.get('/api/circles/{circleId}/reflections', { circleId })).body,
    })),
    {
      name: 'a responsibility with a blank title',
      send: ({ a, circleId }) =>
        a.post(
          '/api/circles/{circleId}/responsibilities',
          { circleId },
          { title: '  ', area: 'home', frequency: 'weekly', effort: 1 },
        ),
      read: async ({ a, circleId }) =>
        (await a.get('/api/circles/{circleId}/responsibilities', { circleId })).body,
    },
    {
      name: 'a ritual with a blank name',
      send: ({ a, circleId }) =>
        a.post(
          '/api/circles/{circleId}/rituals',
          { circleId },
          {
            kind: 'weekly_checkin',
            title: ' ',
            rrule: 'FREQ=WEEKLY;BYDAY=SU',
            time: '18:00',
            timezone: 'Europe/London',
          },
        ),
      read: async ({ a, circleId }) =>
        (await a.get('/api/circles/{circleId}/rituals', { circleId })).body.rituals,
    },
    {
      name: 'a season with a blank kind',
      send: ({ a, circleId, aMember }) =>
        a.post(
          '/api/circles/{circleId}/seasons',
          { circleId },
          // @ts-expect-error -- a form sent without its choice, as a client might
          { memberId: aMember, kind: '', startsAt: '2026-01-01T00:00:00.000Z' },
        ),
      read: async ({ a, circleId }) =>
        (await a.get('/api/circles/{circleId}/seasons', { circleId })).body.seasons,
    },
  ];

  it.each(emptyForms)(
    'refuses $name with 400 validation_failed and changes nothing',
    async (row) => {
      const people = await couple(server);
      const before = await row.read(people);
      const reply = await row.send(people);
      expect(reply.status).toBe(400);
      expect(reply.error.code).toBe('validation_failed');
      expect(await row.read(people)).toEqual(before);
    },
  );

  it('keeps the words of a hard moment exactly as sent, and logs a one-tap reset without them', async () => {
    const { a, b, circleId } = await couple(server);
    const note = '  A hard evening \n';
    const logged = await a.post('/api/circles/{circleId}/ruptures', { circleId }, { note });
    expect(logged.status).toBe(201);
    expect(logged.body.note).toBe(note);
    const reset = await b.post(
      '/api/circles/{circleId}/ruptures',
      { circleId },
      { reachOut: true },
    );
    expect(reset.status).toBe(201);
    expect(reset.body).toMatchObject({ note: null, repairStartedAt: expect.any(String) });
  });
});
