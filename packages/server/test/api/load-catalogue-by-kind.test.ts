import { RESPONSIBILITY_CATALOGUE, catalogueFor } from '@recipro/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Reply } from '../../../web/src/api/typed.ts';
import { testDatabases } from '../support/databases.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

/**
 * Friends and teams share no household: the catalogue they are offered has no chores, and has
 * items of their own (a team's meetings and newcomers, friends' hosting and shared costs).
 */
describe.each(testDatabases())('the load catalogue by circle kind on $name', (database) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(database);
  });
  afterAll(async () => server?.stop());

  const ids = (body: Reply<'get', '/api/load-catalogue'>) => body.catalogue.map(({ id }) => id);

  it('lists the whole catalogue without a kind, and what fits with one', async () => {
    const client = server.client();
    const all = RESPONSIBILITY_CATALOGUE.map(({ id }) => id);
    expect(ids((await client.get('/api/load-catalogue')).body)).toEqual(all);
    for (const kind of ['couple', 'family', 'friends', 'team'] as const) {
      const offered = ids((await client.get('/api/load-catalogue', {}, { query: { kind } })).body);
      expect(offered).toEqual(catalogueFor(kind).map(({ id }) => id));
      expect(offered.length).toBeGreaterThanOrEqual(10);
    }
    const team = ids(
      (await client.get('/api/load-catalogue', {}, { query: { kind: 'team' } })).body,
    );
    expect(team).toContain('checking_in');
    expect(team).toContain('team_onboarding');
    expect(team).not.toContain('cooking');
    const friends = ids(
      (await client.get('/api/load-catalogue', {}, { query: { kind: 'friends' } })).body,
    );
    expect(friends).toContain('friends_shared_costs');
    expect(friends).not.toContain('school');
    expect(friends).not.toContain('team_meetings');
    expect((await client.raw('GET', '/api/load-catalogue?kind=flatmates')).status).toBe(400);
  });

  it('refuses a household chore in a team circle and adds nothing; what fits is added', async () => {
    const a = await server.signUp('Ama');
    const circle = (await a.post('/api/circles', {}, { name: 'Desk 4', kind: 'team' })).body;
    const refused = await a.post(
      '/api/circles/{circleId}/responsibilities/catalogue',
      { circleId: circle.id },
      { ids: ['checking_in', 'cooking'] },
    );
    expect(refused.status).toBe(400);
    expect(refused.error).toMatchObject({
      code: 'validation_failed',
      details: [{ field: 'ids', code: 'not_for_circle_kind', kind: 'team' }],
    });
    expect(
      (await a.get('/api/circles/{circleId}/responsibilities', { circleId: circle.id })).body
        .responsibilities,
    ).toEqual([]);

    const teamOnly = await a.post(
      '/api/circles/{circleId}/responsibilities/catalogue',
      { circleId: circle.id },
      { ids: ['team_meetings'] },
    );
    const friendsOnly = await a.post(
      '/api/circles/{circleId}/responsibilities/catalogue',
      { circleId: circle.id },
      {
        ids: ['friends_hosting'],
      },
    );
    expect(teamOnly.status).toBe(201);
    expect(friendsOnly.status).toBe(400);

    const added = await a.post(
      '/api/circles/{circleId}/responsibilities/catalogue',
      { circleId: circle.id },
      {
        ids: ['checking_in', 'team_overload'],
      },
    );
    expect(added.status).toBe(201);
    expect(added.body.responsibilities).toHaveLength(2);
    expect(added.body.responsibilities.map((r: { title: string }) => r.title)).toContain(
      'Noticing who is overloaded and offering a hand',
    );
  });
});
