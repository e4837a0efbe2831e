import { reciprocity, VALUES_QUESTIONS } from '@recipro/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Query } from '../../../web/src/api/typed.ts';
import { testDatabases } from '../support/databases.ts';
import { couple, join, startTestServer, type TestServer } from '../support/server.ts';

type Client = Awaited<ReturnType<TestServer['signUp']>>;
const DAY = 86_400_000;
const WEEKLY_RITUAL = {
  kind: 'weekly_checkin',
  rrule: 'FREQ=WEEKLY;BYDAY=SU',
  time: '18:00',
  timezone: 'Europe/London',
} as const;
const iso = (ms: number) => new Date(ms).toISOString();

/**
 * Updates between members: who is told what when another member does something that concerns
 * them; each person reads and marks only their own; nothing anyone wrote travels in one.
 */
describe.each(testDatabases())('updates between members on $name', (database) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(database);
  });
  afterAll(async () => server?.stop());
  const updates = async (who: Client, query: Query<'get', '/api/me/updates'> = {}) => {
    const reply = await who.get('/api/me/updates', {}, { query });
    expect(reply.status).toBe(200);
    return reply.body;
  };
  const kinds = async (who: Client) => (await updates(who)).updates.map((u) => u.kind);

  it('tells every member that someone waits to be let in, and the others that they were', async () => {
    const asha = await server.signUp('Asha');
    const ben = await server.signUp('Ben');
    const chen = await server.signUp('Chen');
    const circle = (await asha.post('/api/circles', {}, { name: 'The Lins', kind: 'family' })).body;
    const benMember = await join(asha, ben, circle.id);
    expect(await kinds(asha)).toEqual(['invitation_accepted']);
    expect(await kinds(ben)).toEqual(['welcome']);

    const invitation = (
      await ben.post('/api/circles/{circleId}/invitations', { circleId: circle.id })
    ).body;
    const accepted = (
      await chen.post('/api/invitations/{token}/accept', { token: invitation.token })
    ).body;
    const [waiting] = (await updates(asha)).updates;
    expect(waiting).toMatchObject({
      kind: 'invitation_accepted',
      circleId: circle.id,
      circleName: 'The Lins',
      actorMemberId: accepted.memberId,
      actorName: 'Chen',
      subjectId: accepted.memberId,
      readAt: null,
    });
    expect((await updates(ben)).updates[0]).toMatchObject({ kind: 'invitation_accepted' });
    // The one waiting hears nothing of the circle yet.
    expect(await kinds(chen)).toEqual([]);

    await ben.post('/api/circles/{circleId}/members/{memberId}/admit', {
      circleId: circle.id,
      memberId: accepted.memberId,
    });
    expect((await updates(asha)).updates[0]).toMatchObject({
      kind: 'member_admitted',
      actorMemberId: benMember,
      actorName: 'Ben',
      subjectId: accepted.memberId,
    });
    expect((await updates(chen)).updates).toEqual([
      expect.objectContaining({ kind: 'welcome', actorName: 'Ben', circleName: 'The Lins' }),
    ]);
    // Whoever let them in is not told what they did themselves.
    expect((await kinds(ben)).filter((k) => k === 'member_admitted')).toEqual([]);
  });

  it('tells the giver, once, that the receiver does not recognise an act; nothing of its note', async () => {
    const { a, b, circleId, bMember } = await couple(server);
    const note = 'Picked up the parcel from the depot';
    const act = (
      await a.post(
        '/api/circles/{circleId}/acts',
        { circleId },
        {
          toMemberId: bMember,
          form: 'practical',
          note,
        },
      )
    ).body;
    const before = (await updates(a)).unread;
    expect(
      (await b.post('/api/circles/{circleId}/acts/{actId}/question', { circleId, actId: act.id }))
        .status,
    ).toBe(200);
    expect(
      (await b.post('/api/circles/{circleId}/acts/{actId}/question', { circleId, actId: act.id }))
        .status,
    ).toBe(200);
    const page = await updates(a);
    expect(page.unread).toBe(before + 1);
    expect(page.updates[0]).toMatchObject({
      kind: 'act_questioned',
      actorMemberId: bMember,
      actorName: 'Ben',
      subjectId: act.id,
      detail: null,
    });
    expect(JSON.stringify(page)).not.toContain('parcel');
    expect(await kinds(b)).not.toContain('act_questioned');
  });

  it('tells a member of a season suggested about them, and who suggested it of the answer', async () => {
    const { a, b, circleId, aMember, bMember } = await couple(server);
    const suggest = async () =>
      (
        await a.post(
          '/api/circles/{circleId}/seasons',
          { circleId },
          {
            memberId: bMember,
            kind: 'exams',
            startsAt: iso(server.clock.now() - DAY),
            note: 'Your finals are close',
          },
        )
      ).body as { id: string };
    const first = await suggest();
    expect((await updates(b)).updates[0]).toMatchObject({
      kind: 'season_suggested',
      actorMemberId: aMember,
      subjectId: first.id,
    });
    expect(JSON.stringify(await updates(b))).not.toContain('finals');
    await b.post('/api/circles/{circleId}/seasons/{seasonId}/accept', {
      circleId,
      seasonId: first.id,
    });
    expect((await updates(a)).updates[0]).toMatchObject({
      kind: 'season_answered',
      actorMemberId: bMember,
      subjectId: first.id,
      detail: 'accepted',
    });
    const second = await suggest();
    expect(
      (
        await b.post('/api/circles/{circleId}/seasons/{seasonId}/decline', {
          circleId,
          seasonId: second.id,
        })
      ).status,
    ).toBe(204);
    expect((await updates(a)).updates[0]).toMatchObject({
      kind: 'season_answered',
      detail: 'declined',
    });
    // A season one declares for oneself tells nobody.
    const own = await b.post(
      '/api/circles/{circleId}/seasons',
      { circleId },
      {
        memberId: bMember,
        kind: 'work',
        startsAt: iso(server.clock.now()),
      },
    );
    expect(own.status).toBe(201);
    expect((await updates(a)).updates[0]!.kind).toBe('season_answered');
  });

  it('tells the other person of a hand-over, and the proposer of the answer', async () => {
    const { a, b, circleId, aMember, bMember } = await couple(server);
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
    const offer = (
      await a.post(
        '/api/circles/{circleId}/handovers',
        { circleId },
        {
          responsibilityId: item.id,
          stage: 'do',
          toMemberId: bMember,
        },
      )
    ).body;
    expect((await updates(b)).updates[0]).toMatchObject({
      kind: 'handover_proposed',
      actorMemberId: aMember,
      subjectId: offer.id,
    });
    expect(
      (
        await b.post('/api/circles/{circleId}/handovers/{handoverId}/decline', {
          circleId,
          handoverId: offer.id,
        })
      ).status,
    ).toBe(200);
    expect((await updates(a)).updates[0]).toMatchObject({
      kind: 'handover_answered',
      actorMemberId: bMember,
      subjectId: offer.id,
      detail: 'declined',
    });
  });

  it('tells the others a responsibility or ritual concerns when one of them changes or stops it', async () => {
    const { a, b, circleId, aMember, bMember } = await couple(server);
    const shared = (
      await b.post(
        '/api/circles/{circleId}/responsibilities',
        { circleId },
        {
          title: 'School runs',
          area: 'children',
          frequency: 'daily',
          effort: 2,
          owners: { notice: aMember, do: bMember },
        },
      )
    ).body;
    expect(
      (
        await a.patch(
          '/api/circles/{circleId}/responsibilities/{responsibilityId}',
          { circleId, responsibilityId: shared.id },
          { title: 'Run' },
        )
      ).status,
    ).toBe(200);
    expect((await updates(b)).updates[0]).toMatchObject({
      kind: 'responsibility_changed',
      actorMemberId: aMember,
      subjectId: shared.id,
    });
    expect(await kinds(a)).not.toContain('responsibility_changed');
    expect(
      (
        await b.delete('/api/circles/{circleId}/responsibilities/{responsibilityId}', {
          circleId,
          responsibilityId: shared.id,
        })
      ).status,
    ).toBe(204);
    expect((await updates(a)).updates[0]).toMatchObject({
      kind: 'responsibility_removed',
      subjectId: shared.id,
    });
    // One's own responsibility, changed or deleted, concerns nobody else.
    const mine = (
      await b.post(
        '/api/circles/{circleId}/responsibilities',
        { circleId },
        {
          title: 'Bins',
          area: 'home',
          frequency: 'weekly',
          effort: 1,
          owners: { notice: bMember, plan: bMember, do: bMember, followUp: bMember },
        },
      )
    ).body;
    const unreadBefore = (await updates(a)).unread;
    await b.patch(
      '/api/circles/{circleId}/responsibilities/{responsibilityId}',
      { circleId, responsibilityId: mine.id },
      { title: 'Recycling' },
    );
    await b.delete('/api/circles/{circleId}/responsibilities/{responsibilityId}', {
      circleId,
      responsibilityId: mine.id,
    });
    expect((await updates(a)).unread).toBe(unreadBefore);

    const ritual = (await a.post('/api/circles/{circleId}/rituals', { circleId }, WEEKLY_RITUAL))
      .body;
    // Stepping out is a change the other taking part hears of.
    expect(
      (
        await b.patch(
          '/api/circles/{circleId}/rituals/{ritualId}',
          { circleId, ritualId: ritual.id },
          { memberIds: [aMember] },
        )
      ).status,
    ).toBe(200);
    expect((await updates(a)).updates[0]).toMatchObject({
      kind: 'ritual_changed',
      actorMemberId: bMember,
      subjectId: ritual.id,
    });
    // Now the ritual is Asha's alone: stopping it tells nobody.
    const benUnread = (await updates(b)).unread;
    expect(
      (
        await a.delete('/api/circles/{circleId}/rituals/{ritualId}', {
          circleId,
          ritualId: ritual.id,
        })
      ).status,
    ).toBe(204);
    expect((await updates(b)).unread).toBe(benUnread);

    const together = (await a.post('/api/circles/{circleId}/rituals', { circleId }, WEEKLY_RITUAL))
      .body;
    expect(
      (
        await b.delete('/api/circles/{circleId}/rituals/{ritualId}', {
          circleId,
          ritualId: together.id,
        })
      ).status,
    ).toBe(204);
    expect((await updates(a)).updates[0]).toMatchObject({
      kind: 'ritual_stopped',
      actorMemberId: bMember,
      subjectId: together.id,
    });
  });

  it('tells a person the keeper removed them, and forgets what a leaver was told', async () => {
    const keeper = await server.signUp('Kai');
    const friend = await server.signUp('Fern');
    const circle = (await keeper.post('/api/circles', {}, { name: 'Book club', kind: 'friends' }))
      .body;
    const friendMember = await join(keeper, friend, circle.id);
    expect(await kinds(friend)).toEqual(['welcome']);
    const removed = await keeper.delete('/api/circles/{circleId}/members/{memberId}', {
      circleId: circle.id,
      memberId: friendMember,
    });
    expect(removed.status).toBe(204);
    expect((await updates(friend)).updates).toEqual([
      expect.objectContaining({
        kind: 'removed_from_circle',
        circleId: circle.id,
        circleName: 'Book club',
        actorName: 'Kai',
      }),
    ]);

    // Someone who leaves keeps nothing they were told about the circle, and is named by nobody.
    const other = await server.signUp('Oli');
    const otherMember = await join(keeper, other, circle.id);
    expect(
      (await other.post('/api/circles/{circleId}/leave', { circleId: circle.id })).status,
    ).toBe(204);
    expect(await kinds(other)).toEqual([]);
    const told = (await updates(keeper)).updates.find(
      (u) => u.kind === 'invitation_accepted' && u.actorMemberId === otherMember,
    );
    expect(told?.actorName).toBeNull();
  });

  it('tells the others of "let’s reset", and each person of the repair that waits for them', async () => {
    const { a, b, circleId, aMember, bMember } = await couple(server);
    const note = 'We argued about the holiday plans';
    const rupture = (await a.post('/api/circles/{circleId}/ruptures', { circleId }, { note })).body;
    expect(
      (
        await b.post('/api/circles/{circleId}/ruptures/{ruptureId}/reset', {
          circleId,
          ruptureId: rupture.id,
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await b.post('/api/circles/{circleId}/ruptures/{ruptureId}/reset', {
          circleId,
          ruptureId: rupture.id,
        })
      ).status,
    ).toBe(200);
    const told = await updates(a);
    expect(told.updates.filter((u) => u.kind === 'reset_requested')).toEqual([
      expect.objectContaining({ actorMemberId: bMember, actorName: 'Ben', subjectId: rupture.id }),
    ]);
    expect(JSON.stringify(told)).not.toContain('holiday');
    expect(await kinds(b)).not.toContain('reset_requested');

    expect(
      (
        await a.post('/api/circles/{circleId}/ruptures/{ruptureId}/repair', {
          circleId,
          ruptureId: rupture.id,
        })
      ).status,
    ).toBe(200);
    expect((await updates(b)).updates[0]).toMatchObject({
      kind: 'rupture_waiting',
      actorMemberId: aMember,
      subjectId: rupture.id,
    });
    expect(
      (
        await b.post('/api/circles/{circleId}/ruptures/{ruptureId}/repair', {
          circleId,
          ruptureId: rupture.id,
        })
      ).status,
    ).toBe(200);
    expect((await updates(a)).updates[0]).toMatchObject({
      kind: 'rupture_repaired',
      subjectId: rupture.id,
    });
    expect(await kinds(b)).not.toContain('rupture_repaired');
  });

  it('tells the others that a need was shared, never what it says; a private need tells nobody', async () => {
    const { a, b, circleId, aMember } = await couple(server);
    const before = (await updates(b)).unread;
    const secret = (
      await a.post(
        '/api/circles/{circleId}/needs',
        { circleId },
        { text: 'More quiet evenings at home' },
      )
    ).body;
    expect((await updates(b)).unread).toBe(before);
    await a.patch(
      '/api/circles/{circleId}/needs/{needId}',
      { circleId, needId: secret.id },
      { shared: true },
    );
    const told = await updates(b);
    expect(told.updates[0]).toMatchObject({
      kind: 'need_shared',
      actorMemberId: aMember,
      subjectId: secret.id,
    });
    expect(JSON.stringify(told)).not.toContain('quiet evenings');
    // Made private and shared again: told again, as it is shared anew.
    await a.patch(
      '/api/circles/{circleId}/needs/{needId}',
      { circleId, needId: secret.id },
      { shared: false },
    );
    await a.patch(
      '/api/circles/{circleId}/needs/{needId}',
      { circleId, needId: secret.id },
      { shared: true },
    );
    expect((await updates(b)).unread).toBe(before + 2);
    const shared = (
      await a.post(
        '/api/circles/{circleId}/needs',
        { circleId },
        { text: 'A walk on Sundays', shared: true },
      )
    ).body;
    expect((await updates(b)).updates[0]).toMatchObject({
      kind: 'need_shared',
      subjectId: shared.id,
    });
    expect(await kinds(a)).not.toContain('need_shared');
  });

  it('tells of a check-in opened, waiting and ready, and nothing of anyone’s answers', async () => {
    const { a, b, circleId, aMember } = await couple(server);
    const checkin = (
      await a.post('/api/circles/{circleId}/checkins', { circleId }, { instrument: 'csi4' })
    ).body;
    expect((await updates(b)).updates[0]).toMatchObject({
      kind: 'checkin_opened',
      actorMemberId: aMember,
      subjectId: checkin.id,
    });
    await a.post(
      '/api/circles/{circleId}/checkins/{checkinId}/answers',
      { circleId, checkinId: checkin.id },
      {
        answers: [6, 5, 5, 5],
        note: 'Tired lately',
      },
    );
    const waiting = await updates(b);
    expect(waiting.updates[0]).toMatchObject({ kind: 'checkin_waiting', subjectId: checkin.id });
    expect(JSON.stringify(waiting)).not.toMatch(/Tired|"answers"|score/);
    expect(await kinds(a)).not.toContain('checkin_waiting');
    await b.post(
      '/api/circles/{circleId}/checkins/{checkinId}/answers',
      { circleId, checkinId: checkin.id },
      { answers: [3, 2, 2, 3] },
    );
    expect((await updates(a)).updates[0]).toMatchObject({
      kind: 'checkin_ready',
      subjectId: checkin.id,
    });
    expect(await kinds(b)).not.toContain('checkin_ready');
  });

  it('tells of a values conversation opened, waiting and ready, and nothing anyone wrote', async () => {
    const { a, b, circleId, aMember } = await couple(server);
    const round = (await a.post('/api/circles/{circleId}/values', { circleId })).body;
    expect((await updates(b)).updates[0]).toMatchObject({
      kind: 'values_opened',
      actorMemberId: aMember,
      subjectId: round.id,
    });
    const said = VALUES_QUESTIONS.map((_q, i) => `Honesty matters most ${i}`);
    expect(
      (
        await a.post(
          '/api/circles/{circleId}/values/{roundId}/answers',
          { circleId, roundId: round.id },
          { answers: said },
        )
      ).status,
    ).toBe(201);
    const waiting = await updates(b);
    expect(waiting.updates[0]).toMatchObject({ kind: 'values_waiting', subjectId: round.id });
    expect(JSON.stringify(waiting)).not.toContain('Honesty');
    await b.post(
      '/api/circles/{circleId}/values/{roundId}/answers',
      { circleId, roundId: round.id },
      { answers: VALUES_QUESTIONS.map(() => 'Kindness') },
    );
    expect((await updates(a)).updates[0]).toMatchObject({
      kind: 'values_ready',
      subjectId: round.id,
    });
    expect(await kinds(b)).not.toContain('values_ready');
  });

  it('tells those in a round that it is ready when the last person it waited for leaves', async () => {
    const PASSWORD = 'a good long password';
    for (const departure of ['leaves', 'deletes their account'] as const) {
      const asha = await server.signUp('Asha');
      const ben = await server.signUp('Ben');
      const chen = await server.signUp('Chen');
      const circle = (await asha.post('/api/circles', {}, { name: 'The Lins', kind: 'family' }))
        .body;
      const circleId = circle.id;
      await join(asha, ben, circleId);
      await join(asha, chen, circleId);
      const round = (await asha.post('/api/circles/{circleId}/values', { circleId })).body;
      const checkin = (
        await asha.post(
          '/api/circles/{circleId}/checkins',
          { circleId },
          { instrument: 'reciprocity' },
        )
      ).body;
      for (const who of [asha, ben]) {
        const answered = await who.post(
          '/api/circles/{circleId}/values/{roundId}/answers',
          { circleId, roundId: round.id },
          { answers: VALUES_QUESTIONS.map(() => 'Time together') },
        );
        expect(answered.status).toBe(201);
        const sheet = await who.post(
          '/api/circles/{circleId}/checkins/{checkinId}/answers',
          { circleId, checkinId: checkin.id },
          { answers: reciprocity.items.map(() => 0) },
        );
        expect(sheet.status).toBe(201);
      }
      // And today's question, answered by both of them.
      expect((await asha.get('/api/circles/{circleId}/question', { circleId })).status).toBe(200);
      for (const who of [asha, ben]) {
        const answered = await who.post(
          '/api/circles/{circleId}/question/answer',
          { circleId },
          { text: 'A slow breakfast' },
        );
        expect(answered.status).toBe(201);
      }
      expect(await kinds(asha)).not.toContain('values_ready');
      expect(await kinds(asha)).not.toContain('checkin_ready');
      expect(await kinds(asha)).not.toContain('question_answered');
      if (departure === 'leaves') {
        expect((await chen.post('/api/circles/{circleId}/leave', { circleId })).status).toBe(204);
      } else {
        expect((await chen.delete('/api/me', {}, { body: { password: PASSWORD } })).status).toBe(
          204,
        );
      }
      for (const who of [asha, ben]) {
        const told = (await updates(who)).updates;
        expect(
          told.find((u) => u.kind === 'values_ready'),
          departure,
        ).toMatchObject({
          subjectId: round.id,
          actorMemberId: null,
        });
        expect(
          told.find((u) => u.kind === 'checkin_ready'),
          departure,
        ).toMatchObject({
          subjectId: checkin.id,
          actorMemberId: null,
        });
        expect(
          told.find((u) => u.kind === 'question_answered'),
          departure,
        ).toMatchObject({
          actorMemberId: null,
        });
      }
    }
  });

  it('tells those a hard moment involves that it is repaired, and its guide revealed, when the last person it waited for leaves', async () => {
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
    for (const who of [asha, ben]) {
      expect(
        (await who.post('/api/circles/{circleId}/ruptures/{ruptureId}/repair', ids)).status,
      ).toBe(200);
      const saved = await who.put(
        '/api/circles/{circleId}/ruptures/{ruptureId}/guide/answers',
        ids,
        {
          pause: 'ready',
          saw: 'We were both tired',
          myPart: 'I snapped',
          needed: '',
          wouldHelp: '',
          agreement: 'Pause first',
        },
      );
      expect(saved.status).toBe(200);
      expect(
        (await who.post('/api/circles/{circleId}/ruptures/{ruptureId}/guide/finish', ids)).status,
      ).toBe(200);
    }
    expect(await kinds(asha)).not.toContain('rupture_repaired');
    expect(await kinds(asha)).not.toContain('repair_guide_revealed');
    expect((await chen.post('/api/circles/{circleId}/leave', { circleId })).status).toBe(204);
    for (const who of [asha, ben]) {
      const told = (await updates(who)).updates;
      for (const kind of ['rupture_repaired', 'repair_guide_revealed'] as const) {
        expect(
          told.find((u) => u.kind === kind),
          kind,
        ).toMatchObject({
          subjectId: rupture.id,
          actorMemberId: null,
        });
      }
    }
  });

  it('bundles "noticed" into at most one update a day for the giver', async () => {
    const { a, b, circleId, bMember } = await couple(server);
    const give = async () =>
      (
        await a.post(
          '/api/circles/{circleId}/acts',
          { circleId },
          { toMemberId: bMember, form: 'practical' },
        )
      ).body.id;
    const noticedToday = async () =>
      (await updates(a)).updates.filter((u) => u.kind === 'act_noticed');
    for (let i = 0; i < 3; i += 1) {
      const id = await give();
      expect(
        (await b.post('/api/circles/{circleId}/acts/{actId}/acknowledge', { circleId, actId: id }))
          .status,
      ).toBe(200);
    }
    expect(await noticedToday()).toEqual([
      expect.objectContaining({ actorMemberId: null, actorName: null, subjectId: null }),
    ]);
    server.clock.advance(DAY);
    const tomorrow = await give();
    await b.post('/api/circles/{circleId}/acts/{actId}/acknowledge', { circleId, actId: tomorrow });
    expect(await noticedToday()).toHaveLength(2);
  });

  it('pages newest first, and marks read only one’s own updates', async () => {
    const { a, b, circleId, bMember } = await couple(server);
    const acts: string[] = [];
    for (let i = 0; i < 5; i += 1) {
      const act = (
        await a.post(
          '/api/circles/{circleId}/acts',
          { circleId },
          {
            toMemberId: bMember,
            form: 'practical',
          },
        )
      ).body;
      acts.push(act.id);
      server.clock.advance(1000);
      await b.post('/api/circles/{circleId}/acts/{actId}/question', { circleId, actId: act.id });
    }
    const firstPage = await updates(a, { limit: 2 });
    expect(firstPage.updates.map((u) => u.subjectId)).toEqual([acts[4], acts[3]]);
    expect(firstPage.next).toEqual(expect.any(String));
    const second = await updates(a, { limit: 2, before: firstPage.next! });
    expect(second.updates.map((u) => u.subjectId)).toEqual([acts[2], acts[1]]);
    // The last page ends with Ben's request to join, and says there is no more.
    const third = await updates(a, { limit: 2, before: second.next! });
    expect(third.updates.map((u) => u.subjectId)).toEqual([acts[0], bMember]);
    expect(third.next).toBeNull();

    // An update id is not a cursor, and another person's update is not theirs to mark.
    const mine = firstPage.updates[0]!.id;
    const paging = await b.get('/api/me/updates', {}, { query: { before: mine } });
    expect(paging.status).toBe(400);
    expect(paging.error.code).toBe('validation_failed');
    const bUnread = (await updates(b)).unread;
    const stolen = await b.post('/api/me/updates/read', {}, { ids: [mine] });
    expect(stolen.status).toBe(404);
    expect(stolen.error.code).toBe('not_found');
    expect((await updates(a)).updates[0]!.readAt).toBeNull();
    expect((await updates(b)).unread).toBe(bUnread);

    // One unknown id among one's own: nothing marked at all.
    const mixed = await a.post('/api/me/updates/read', {}, { ids: [mine, 'no-such-update'] });
    expect(mixed.status).toBe(404);
    expect((await updates(a)).unread).toBe(firstPage.unread);

    const one = await a.post('/api/me/updates/read', {}, { ids: [mine] });
    expect(one.status).toBe(200);
    expect(one.body).toEqual({ unread: firstPage.unread - 1 });
    expect((await updates(a)).updates[0]!.readAt).not.toBeNull();
    const all = await a.post('/api/me/updates/read', {}, { all: true });
    expect(all.body).toEqual({ unread: 0 });

    for (const bad of [{}, { ids: [] }, { all: false }, { ids: [mine], all: true }, { ids: 'x' }]) {
      const reply = await a.raw('POST', '/api/me/updates/read', bad);
      expect(reply.status).toBe(400);
      expect(reply.error.code).toBe('validation_failed');
    }
    for (const query of ['?limit=0', '?limit=101', '?limit=x', '?other=1']) {
      expect((await a.raw('GET', `/api/me/updates${query}`)).status).toBe(400);
    }
  });

  it('answers 401 without a session', async () => {
    const stranger = server.client();
    expect((await stranger.get('/api/me/updates')).status).toBe(401);
    expect((await stranger.post('/api/me/updates/read', {}, { all: true })).status).toBe(401);
  });
});
