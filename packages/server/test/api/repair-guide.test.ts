import { GUIDE_TEXT_MAX_LENGTH } from '@recipro/core';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Body } from '../../../web/src/api/typed.ts';
import { testDatabases } from '../support/databases.ts';
import { couple, join, startTestServer, type TestServer } from '../support/server.ts';

type Client = Awaited<ReturnType<TestServer['signUp']>>;
/** One person's answers to the guide, as the route takes them. */
type Answers = Body<'put', '/api/circles/{circleId}/ruptures/{ruptureId}/guide/answers'>;

const GUIDE = '/api/circles/{circleId}/ruptures/{ruptureId}/guide';
const ANSWERS = '/api/circles/{circleId}/ruptures/{ruptureId}/guide/answers';
const FINISH = '/api/circles/{circleId}/ruptures/{ruptureId}/guide/finish';
const AGREEMENT = '/api/circles/{circleId}/ruptures/{ruptureId}/guide/agreement';

const DAY = 86_400_000;
const answers = (overrides: Partial<Answers> = {}): Answers => ({
  pause: 'ready',
  saw: '',
  myPart: '',
  needed: '',
  wouldHelp: '',
  agreement: '',
  ...overrides,
});

/** Words only Asha wrote, with the spaces, lines and letters she typed. */
const ASHA = answers({
  saw: '  When the plans changed at the last minute,\nI felt left out.  ',
  myPart: 'I went quiet instead of saying so — “pause” would have helped.',
  needed: '',
  wouldHelp: 'A walk together this evening 🌿',
  agreement: 'Say “pause” and come back within the hour',
});
const BEN = answers({
  saw: 'I was rushing and did not notice',
  myPart: 'I answered sharply',
  needed: 'Some quiet after work',
  agreement: 'Check the week together on Sundays',
});

/**
 * Guided repair: each person in a rupture answers alone, and everyone in it reads all the
 * answers once all have finished; nobody reads or changes another's answers before that.
 */
describe.each(testDatabases())('guided repair on $name', (database) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(database);
  });
  afterAll(async () => server?.stop());

  const updates = async (who: Client) => {
    const reply = await who.get('/api/me/updates');
    expect(reply.status).toBe(200);
    return reply.body.updates;
  };
  const kinds = async (who: Client) => (await updates(who)).map((u) => u.kind);

  /** A couple with a rupture Asha logged, and the paths of its guide. */
  const scene = async () => {
    const people = await couple(server);
    const { circleId } = people;
    const rupture = (
      await people.a.post('/api/circles/{circleId}/ruptures', { circleId }, { note: 'The plans' })
    ).body;
    const ids = { circleId, ruptureId: rupture.id };
    /** The guide's path, for the requests wrong on purpose. */
    const guide = `/api/circles/${circleId}/ruptures/${rupture.id}/guide`;
    const save = (who: Client, body: Answers) => who.put(ANSWERS, ids, body);
    /** Sends a body the schema refuses, as it is. */
    const saveRaw = (who: Client, body: unknown) => who.raw('PUT', `${guide}/answers`, body);
    const finish = (who: Client) => who.post(FINISH, ids);
    const read = async (who: Client) => {
      const reply = await who.get(GUIDE, ids);
      expect(reply.status).toBe(200);
      return reply.body;
    };
    return { ...people, ruptureId: rupture.id, ids, guide, save, saveRaw, finish, read };
  };

  /** Every text of `a` that is not blank. */
  const wordsOf = (a: Answers) =>
    [a.saw, a.myPart, a.needed, a.wouldHelp, a.agreement].filter((t) => t.trim() !== '');
  const expectNoneOf = (body: unknown, a: Answers) => {
    const text = JSON.stringify(body);
    for (const words of wordsOf(a)) expect(text).not.toContain(JSON.stringify(words).slice(1, -1));
  };

  it('keeps each person’s answers to them until everyone has finished, then reveals all', async () => {
    const { a, b, aMember, bMember, ruptureId, save, finish, read } = await scene();
    const empty = await read(b);
    expect(empty).toMatchObject({
      ruptureId,
      status: 'open',
      involvedMemberIds: [aMember, bMember],
      finishedBy: [],
      notYet: false,
      comeBackAt: null,
      mine: null,
    });
    expect(empty.answers).toBeUndefined();

    const saved = await save(a, ASHA);
    expect(saved.status).toBe(200);
    // Stored exactly as sent: spaces, new lines, quotes and emoji.
    expect(saved.body.mine).toMatchObject({ ...ASHA, finishedAt: null, agreesWith: [] });
    expect((await read(a)).mine).toMatchObject(ASHA);

    const peek = await read(b);
    expect(peek.mine).toBeNull();
    expect(peek.answers).toBeUndefined();
    expectNoneOf(peek, ASHA);

    const done = await finish(a);
    expect(done.status).toBe(200);
    expect(done.body.finishedBy).toEqual([aMember]);
    expect(done.body.status).toBe('open');
    expect(done.body.answers).toBeUndefined();
    const waiting = await read(b);
    expect(waiting.finishedBy).toEqual([aMember]);
    expectNoneOf(waiting, ASHA);

    await save(b, BEN);
    // Ben's draft is his alone too, even though Asha has finished.
    expectNoneOf(await read(a), BEN);
    const revealed = await finish(b);
    expect(revealed.status).toBe(200);
    for (const view of [revealed.body, await read(a), await read(b)]) {
      expect(view.status).toBe('revealed');
      expect(view.finishedBy).toEqual([aMember, bMember]);
      const { pause: _a, ...ashaWords } = ASHA;
      const { pause: _b, ...benWords } = BEN;
      expect(view.answers).toEqual([
        { memberId: aMember, ...ashaWords },
        { memberId: bMember, ...benWords },
      ]);
    }
    // Revealed to those in it, in their order; the rupture itself is unchanged.
    expect((await read(a)).mine?.finishedAt).not.toBeNull();
  });

  it('tells the others it waits for them, and everyone but the last that it is revealed; no words', async () => {
    const { a, b, circleId, aMember, bMember, ruptureId, save, finish } = await scene();
    const before = { a: (await updates(a)).length, b: (await updates(b)).length };
    await save(a, ASHA);
    expect((await updates(b)).length).toBe(before.b);
    await finish(a);
    const [waiting] = await updates(b);
    expect(waiting).toMatchObject({
      kind: 'repair_guide_waiting',
      circleId,
      actorMemberId: aMember,
      subjectId: ruptureId,
      readAt: null,
    });
    expect(await kinds(a)).not.toContain('repair_guide_waiting');

    await save(b, BEN);
    await finish(b);
    const [ready] = await updates(a);
    expect(ready).toMatchObject({
      kind: 'repair_guide_revealed',
      circleId,
      actorMemberId: bMember,
      subjectId: ruptureId,
    });
    expect(await kinds(b)).not.toContain('repair_guide_revealed');
    const told = [...(await updates(a)), ...(await updates(b))];
    expectNoneOf(told, ASHA);
    expectNoneOf(told, BEN);
    expect(JSON.stringify(told)).not.toContain('The plans');
  });

  it('in a family, waits for everyone in it, and says it waits once while unread', async () => {
    const asha = await server.signUp('Asha');
    const ben = await server.signUp('Ben');
    const chen = await server.signUp('Chen');
    const circle = (await asha.post('/api/circles', {}, { name: 'The Lins', kind: 'family' })).body;
    const circleId = circle.id;
    await join(asha, ben, circleId);
    await join(asha, chen, circleId);
    const rupture = (
      await asha.post('/api/circles/{circleId}/ruptures', { circleId }, { note: 'A hard evening' })
    ).body;
    const ids = { circleId, ruptureId: rupture.id };
    const done = async (who: Client, saw: string) => {
      expect((await who.put(ANSWERS, ids, answers({ saw }))).status).toBe(200);
      return who.post(FINISH, ids);
    };
    const waitingFor = async (who: Client) =>
      (await updates(who)).filter((u) => u.kind === 'repair_guide_waiting').length;

    expect((await done(asha, 'I was tired')).body.status).toBe('open');
    expect(await waitingFor(ben)).toBe(1);
    expect(await waitingFor(chen)).toBe(1);
    expect((await done(ben, 'I was hungry')).body.status).toBe('open');
    // Chen has not read the first yet: no second one.
    expect(await waitingFor(chen)).toBe(1);
    expect((await chen.get(GUIDE, ids)).body.answers).toBeUndefined();
    const last = await done(chen, 'I was late');
    expect(last.body.status).toBe('revealed');
    expect(last.body.answers?.map((x) => x.saw)).toEqual([
      'I was tired',
      'I was hungry',
      'I was late',
    ]);
    for (const who of [asha, ben]) expect(await kinds(who)).toContain('repair_guide_revealed');
    expect(await kinds(chen)).not.toContain('repair_guide_revealed');
  });

  it('lets people change their own answers until the reveal, and never after', async () => {
    const { a, b, save, finish, read } = await scene();
    await save(a, ASHA);
    await finish(a);
    // Still open: Asha may change her words after finishing…
    const changed = await save(a, { ...ASHA, saw: 'On second thought: I felt unseen.' });
    expect(changed.status).toBe(200);
    expect(changed.body.mine?.saw).toBe('On second thought: I felt unseen.');
    expect(changed.body.mine?.finishedAt).not.toBeNull();
    // …but not into answers she could not have finished with, and nothing changes.
    const unfinishable: Answers[] = [{ ...ASHA, pause: 'not_yet' }, answers()];
    for (const body of unfinishable) {
      const refused = await save(a, body);
      expect(refused.status).toBe(400);
      expect(refused.error.code).toBe('validation_failed');
    }
    expect((await read(a)).mine?.saw).toBe('On second thought: I felt unseen.');
    expect((await read(a)).mine?.pause).toBe('ready');
    expect((await finish(a)).status).toBe(409);

    await save(b, BEN);
    await finish(b);
    for (const who of [a, b]) {
      const late = await save(who, answers({ saw: 'changed afterwards' }));
      expect(late.status).toBe(409);
      expect(late.error.code).toBe('conflict');
      expect((await finish(who)).status).toBe(409);
    }
    const after = await read(b);
    expect(after.answers?.map((x) => x.saw)).toEqual([
      'On second thought: I felt unseen.',
      BEN.saw,
    ]);
    expect(JSON.stringify(after)).not.toContain('changed afterwards');
  });

  it('has nobody read or change another’s answers: each request touches only its sender’s', async () => {
    const { a, b, aMember, save, saveRaw, read, guide } = await scene();
    await save(a, ASHA);
    // Ben saving, even naming Asha, cannot reach her answers.
    expect((await saveRaw(b, { ...BEN, memberId: aMember })).status).toBe(400);
    expect((await save(b, BEN)).status).toBe(200);
    expect((await read(a)).mine).toMatchObject(ASHA);
    expect((await read(b)).mine).toMatchObject(BEN);
    // There is no path to anyone's answers but one's own.
    expect((await b.raw('GET', `${guide}/answers`)).status).toBe(404);
    expect((await b.raw('GET', `${guide}/answers/${aMember}`)).status).toBe(404);
    // What the database holds of Asha is what she sent.
    const stored = await server.recipro.database.db
      .selectFrom('repair_guide_answers')
      .selectAll()
      .where('member_id', '=', aMember)
      .execute();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ saw: ASHA.saw, my_part: ASHA.myPart, pause: 'ready' });
  });

  it('refuses bad input with the error shape and changes nothing', async () => {
    const { a, save, saveRaw, finish, read } = await scene();
    await save(a, ASHA);
    const long = 'x'.repeat(GUIDE_TEXT_MAX_LENGTH + 1);
    const bad: unknown[] = [
      {},
      { ...ASHA, pause: 'maybe' },
      { ...ASHA, pause: undefined },
      { ...ASHA, saw: long },
      { ...ASHA, agreement: 42 },
      { ...ASHA, myPart: null },
      { ...ASHA, extra: 'field' },
      { ...ASHA, wouldHelp: 'nul \u0000 inside' },
      [ASHA],
      'not json at all',
    ];
    for (const body of bad) {
      const reply = await saveRaw(a, body);
      expect(reply.status, JSON.stringify(body).slice(0, 60)).toBe(400);
      expect(reply.error.code).toBe('validation_failed');
      expect(typeof reply.error.message).toBe('string');
    }
    // The longest allowed text is kept whole.
    const longest = 'y'.repeat(GUIDE_TEXT_MAX_LENGTH);
    expect((await save(a, { ...ASHA, needed: longest })).body.mine?.needed).toBe(longest);
    await save(a, ASHA);
    expect((await read(a)).mine).toMatchObject(ASHA);
    expect((await finish(a)).status).toBe(200);
  });

  it('asks for a pause first: "not yet" suggests a time to come back, and holds finishing', async () => {
    const { a, b, save, finish, read } = await scene();
    expect((await finish(a)).status).toBe(409); // nothing saved yet
    const saidAt = server.clock.t;
    await save(a, answers({ pause: 'not_yet' }));
    const seenByBen = await read(b);
    expect(seenByBen.notYet).toBe(true);
    const back = Date.parse(seenByBen.comeBackAt ?? '');
    expect(back - saidAt).toBeGreaterThanOrEqual(30 * 60_000);
    expect(back - saidAt).toBeLessThan(31 * 60_000);
    // Writing while still saying "not yet" keeps the time it was said.
    server.clock.advance(10 * 60_000);
    await save(a, answers({ pause: 'not_yet', saw: 'notes for later' }));
    expect((await read(b)).comeBackAt).toBe(seenByBen.comeBackAt);
    const notReady = await finish(a);
    expect(notReady.status).toBe(409);
    expect(notReady.error.details).toEqual([{ reason: 'not_ready' }]);

    await save(a, answers({ pause: 'ready' }));
    expect((await read(b)).notYet).toBe(false);
    expect((await read(b)).comeBackAt).toBeNull();
    const blank = await finish(a);
    expect(blank.status).toBe(409);
    expect(blank.error.details).toEqual([{ reason: 'nothing_written' }]);
    expect((await read(a)).finishedBy).toEqual([]);
  });

  it('after the reveal, each says which proposals they are in on; agreed when all are', async () => {
    const { a, b, aMember, bMember, ids, save, finish, read, guide } = await scene();
    const agree = (who: Client, agreeTo: readonly string[]) => who.put(AGREEMENT, ids, { agreeTo });
    /** Sends what is refused on purpose (one of them a body the schema refuses), as it is. */
    const agreeRaw = (who: Client, agreeTo: unknown) =>
      who.raw('PUT', `${guide}/agreement`, { agreeTo });
    await save(a, ASHA);
    await save(b, { ...BEN, agreement: '   ' });
    await finish(a);
    expect((await agree(a, [bMember])).status).toBe(409);
    await finish(b);

    const revealed = await read(a);
    expect(revealed.agreements).toEqual([
      { proposedBy: aMember, agreedBy: [aMember], agreed: false },
    ]);
    // Ben's blank proposal, one's own, a stranger, a repeat or no list: refused, nothing changed.
    for (const [who, agreeTo] of [
      [a, [bMember]],
      [a, [aMember]],
      [a, ['someone-else']],
      [a, 'x'],
      [b, [aMember, aMember]],
    ] as const) {
      const reply = await agreeRaw(who, agreeTo);
      expect(reply.status, JSON.stringify(agreeTo)).toBe(400);
      expect(reply.error.code).toBe('validation_failed');
    }
    expect((await read(a)).mine?.agreesWith).toEqual([]);
    expect((await read(b)).mine?.agreesWith).toEqual([]);

    const agreed = await agree(b, [aMember]);
    expect(agreed.status).toBe(200);
    expect(agreed.body.agreements).toEqual([
      { proposedBy: aMember, agreedBy: [aMember, bMember], agreed: true },
    ]);
    expect((await read(a)).agreements?.[0]?.agreed).toBe(true);
    // Changing one's mind is one's own to do.
    await agree(b, []);
    expect((await read(a)).agreements?.[0]?.agreed).toBe(false);
  });

  it('answers 404 to anyone outside the rupture or the circle, and for unknown ruptures', async () => {
    const { a, circleId, ruptureId, ids, save } = await scene();
    await save(a, ASHA);
    const stranger = await server.signUp('Stranger');
    for (const reply of [
      await stranger.get(GUIDE, ids),
      await stranger.put(ANSWERS, ids, BEN),
      await stranger.post(FINISH, ids),
      await stranger.put(AGREEMENT, ids, { agreeTo: [] }),
      await a.get(GUIDE, { circleId, ruptureId: 'not-a-rupture' }),
    ]) {
      expect(reply.status).toBe(404);
      expect(reply.error.code).toBe('not_found');
    }
    // Asha's rupture under another circle of hers is not found either.
    const other = (await a.post('/api/circles', {}, { name: 'Work', kind: 'team' })).body;
    expect((await a.get(GUIDE, { circleId: other.id, ruptureId })).status).toBe(404);

    // Someone who joined a family days after its hard moment is not in it.
    const ben = await server.signUp('Ben');
    const family = (await a.post('/api/circles', {}, { name: 'The Lins', kind: 'family' })).body;
    await join(a, ben, family.id);
    const moment = (
      await a.post(
        '/api/circles/{circleId}/ruptures',
        { circleId: family.id },
        { note: 'A hard evening' },
      )
    ).body;
    const familyGuide = { circleId: family.id, ruptureId: moment.id };
    server.clock.advance(3 * DAY);
    const chen = await server.signUp('Chen');
    const chenMember = await join(a, chen, family.id);
    expect((await chen.get(GUIDE, familyGuide)).status).toBe(404);
    expect((await chen.put(ANSWERS, familyGuide, BEN)).status).toBe(404);
    expect((await chen.post(FINISH, familyGuide)).status).toBe(404);
    const seen = (await ben.get(GUIDE, familyGuide)).body;
    expect(seen.involvedMemberIds).toHaveLength(2);
    expect(seen.involvedMemberIds).not.toContain(chenMember);
  });

  it('deletes a leaver’s answers with their other words; what remains is revealed', async () => {
    const { a, b, circleId, aMember, save, finish, read } = await scene();
    await save(a, ASHA);
    await save(b, BEN);
    await finish(a);
    expect((await b.post('/api/circles/{circleId}/leave', { circleId })).status).toBe(204);
    const stored = JSON.stringify(
      await server.recipro.database.db
        .selectFrom('repair_guide_answers')
        .selectAll()
        .where('circle_id', '=', circleId)
        .execute(),
    );
    expectNoneOf(stored, BEN);
    expect(stored).toContain('I felt left out.');
    const view = await read(a);
    expect(view.involvedMemberIds).toEqual([aMember]);
    expect(view.status).toBe('revealed');
    expect(view.answers?.map((x) => x.memberId)).toEqual([aMember]);
  });

  it('puts one’s own answers in one’s export, and others’ only once revealed', async () => {
    const { a, b, circleId, ruptureId, save, finish } = await scene();
    // Served as application/schema+json, which the generated types do not read: checked here.
    const schema = (await server.client().get('/api/export.schema.json')).parsed;
    if (typeof schema !== 'object' || schema === null) {
      throw new Error(`no export schema: ${JSON.stringify(schema)}`);
    }
    const validate = addFormats(new Ajv2020({ allErrors: true })).compile(schema);
    const guidesIn = async (who: Client) => {
      const reply = await who.get('/api/me/export');
      expect(reply.status).toBe(200);
      expect(validate(reply.parsed), JSON.stringify(validate.errors)).toBe(true);
      const circle = reply.body.circles.find((c) => c.circle.id === circleId);
      if (!circle) throw new Error('the circle is not in the export');
      return { guides: circle.repairGuides, text: JSON.stringify(reply.parsed) };
    };
    expect((await guidesIn(a)).guides).toEqual([]);
    await save(a, ASHA);
    await save(b, BEN);
    await finish(a);
    const asha = await guidesIn(a);
    expect(asha.guides.map((g) => g.ruptureId)).toEqual([ruptureId]);
    expect(asha.guides[0]?.mine).toMatchObject(ASHA);
    expectNoneOf(asha.text, BEN);
    expectNoneOf((await guidesIn(b)).text, ASHA);

    await finish(b);
    const revealed = await guidesIn(b);
    expect(revealed.guides[0]?.answers).toHaveLength(2);
    expect(revealed.text).toContain('I felt left out.');
  });

  it('offers support to a writer whose own words suggest fear or harm, and to nobody else', async () => {
    const { a, b, save, finish, read } = await scene();
    await save(a, { ...ASHA, saw: 'He checks my phone and I walk on eggshells most evenings' });
    expect((await read(a)).showSupport).toBe(true);
    await save(b, BEN);
    expect((await read(b)).showSupport).toBeUndefined();
    await finish(a);
    await finish(b);
    // Revealed: Ben reads Asha's words, but nothing tells him she was offered support.
    const seen = await read(b);
    expect(JSON.stringify(seen)).toContain('walk on eggshells');
    expect(seen.showSupport).toBeUndefined();
    expect((await read(a)).showSupport).toBe(true);
  });
});
