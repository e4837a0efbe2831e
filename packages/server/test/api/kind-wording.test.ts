import {
  CIRCLE_KINDS,
  NEEDS_STARTERS,
  REFLECTION_PROMPTS,
  ritualSuggestion,
  VALUES_QUESTIONS,
} from '@recipro/core';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeScope } from '../../src/repositories/membership.ts';
import { RitualsRepository } from '../../src/repositories/rituals.ts';
import { testDatabases } from '../support/databases.ts';
import { couple, startTestServer, type TestServer } from '../support/server.ts';

const NOT_COUPLES = CIRCLE_KINDS.filter((kind) => kind !== 'couple');

/**
 * Every circle kind reads as written for it (PRODUCT.md principle 3): prompts, needs starters
 * and values questions in its words, and only the rituals offered to it, named for it.
 */
describe.each(testDatabases())('wording by circle kind on $name', (database) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(database, { REMINDER_INTERVAL_SECONDS: '0' });
  });
  afterAll(async () => server?.stop());

  it('gives the prompts by id, theme and topic, the same for every kind: the web words them', async () => {
    const client = server.client();
    const prompts = await client.get('/api/prompts');
    expect(prompts.status).toBe(200);
    expect(prompts.body).toEqual({
      reflection: REFLECTION_PROMPTS,
      needsStarters: NEEDS_STARTERS,
      values: VALUES_QUESTIONS,
    });
  });

  it.each(NOT_COUPLES)(
    'asks a %s circle’s values conversation by question id, and keeps a reflection’s prompt id',
    async (kind) => {
      const a = await server.signUp('Ama');
      const circle = (await a.post('/api/circles', {}, { name: 'Ours', kind })).body;
      const round = await a.post('/api/circles/{circleId}/values', { circleId: circle.id });
      expect(round.status).toBe(201);
      expect(round.body.questions).toEqual(
        VALUES_QUESTIONS.map(({ id, topic }) => ({ id, topic })),
      );

      const reflection = await a.post(
        '/api/circles/{circleId}/reflections',
        { circleId: circle.id },
        {
          text: 'More than I thought.',
          promptId: 'reflect_fear_of_asking_2',
        },
      );
      expect(reflection.status).toBe(201);
      expect(reflection.body.promptId).toBe('reflect_fear_of_asking_2');
    },
  );

  it('offers a team its own rituals, named for it, and refuses one that is not, storing nothing', async () => {
    const a = await server.signUp('Ama');
    const circle = (await a.post('/api/circles', {}, { name: 'Desk 4', kind: 'team' })).body;
    const schedule = { rrule: 'FREQ=WEEKLY;BYDAY=FR', time: '16:00', timezone: 'Europe/Berlin' };
    for (const kind of ['nightly_checkin', 'monthly_family_checkin'] as const) {
      const refused = await a.post(
        '/api/circles/{circleId}/rituals',
        { circleId: circle.id },
        { kind, ...schedule },
      );
      expect(refused.status, kind).toBe(400);
      expect(refused.error).toMatchObject({
        code: 'validation_failed',
        details: [{ field: 'kind', code: 'not_for_circle_kind', kind: 'team' }],
      });
    }
    expect(
      (await a.get('/api/circles/{circleId}/rituals', { circleId: circle.id })).body.rituals,
    ).toEqual([]);

    const thanks = await a.post(
      '/api/circles/{circleId}/rituals',
      { circleId: circle.id },
      { kind: 'appreciation', ...schedule },
    );
    expect(thanks.status).toBe(201);
    expect(thanks.body.title).toBe('Thank-you round');
    const feedback = await a.post(
      '/api/circles/{circleId}/rituals',
      { circleId: circle.id },
      { kind: 'team_feedback', ...schedule },
    );
    expect(feedback.body.title).toBe(ritualSuggestion('team_feedback', 'team').title);

    // Turning a ritual into one the kind is not offered is refused; nothing changes.
    const turned = await a.patch(
      '/api/circles/{circleId}/rituals/{ritualId}',
      { circleId: circle.id, ritualId: thanks.body.id },
      {
        kind: 'nightly_checkin',
      },
    );
    expect(turned.status).toBe(400);
    expect(turned.error.details).toMatchObject([{ code: 'not_for_circle_kind' }]);
    const kept = (
      await a.get('/api/circles/{circleId}/rituals', { circleId: circle.id })
    ).body.rituals.find((r) => r.id === thanks.body.id);
    expect(kept).toMatchObject({ kind: 'appreciation', title: 'Thank-you round' });
  });

  it('names a couple’s rituals for a couple, and refuses a team’s feedback round', async () => {
    const { a, circleId } = await couple(server);
    const schedule = { rrule: 'FREQ=WEEKLY;BYDAY=FR', time: '19:30', timezone: 'UTC' };
    const date = await a.post(
      '/api/circles/{circleId}/rituals',
      { circleId },
      { kind: 'get_together', ...schedule },
    );
    expect(date.status).toBe(201);
    expect(date.body.title).toBe('Date night');
    expect(
      (
        await a.post(
          '/api/circles/{circleId}/rituals',
          { circleId },
          { kind: 'team_feedback', ...schedule },
        )
      ).status,
    ).toBe(400);
  });

  it('lets a ritual started before kinds had their own keep its kind through an edit', async () => {
    const a = await server.signUp('Ama');
    const circle = (await a.post('/api/circles', {}, { name: 'Desk 5', kind: 'team' })).body;
    // As an old release stored it: a nightly check-in in a team circle.
    const old = await new RitualsRepository(server.recipro.database.db).create(
      makeScope(circle.id, circle.myMemberId, a.user.id),
      {
        id: randomUUID(),
        kind: 'nightly_checkin',
        title: 'Evening round',
        rrule: 'FREQ=DAILY',
        time: '21:30',
        timezone: 'UTC',
        memberIds: [circle.myMemberId],
        startsOn: new Date(server.clock.now()).toISOString().slice(0, 10),
        createdAt: new Date(server.clock.now()).toISOString(),
      },
    );
    const renamed = await a.patch(
      '/api/circles/{circleId}/rituals/{ritualId}',
      { circleId: circle.id, ritualId: old.id },
      {
        kind: 'nightly_checkin',
        title: 'Wind-down',
      },
    );
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ kind: 'nightly_checkin', title: 'Wind-down' });
    const changed = await a.patch(
      '/api/circles/{circleId}/rituals/{ritualId}',
      { circleId: circle.id, ritualId: old.id },
      { kind: 'weekly_checkin' },
    );
    expect(changed.status).toBe(200);
    expect(changed.body.kind).toBe('weekly_checkin');
  });
});
