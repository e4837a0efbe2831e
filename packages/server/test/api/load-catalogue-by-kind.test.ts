import { RESPONSIBILITY_CATALOGUE } from '@recipro/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../support/databases.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

/** Friends and teams share no household: the catalogue they are offered has no chores. */
describe.each(testDatabases())('the load catalogue by circle kind on $name', (database) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(database);
  });
  afterAll(async () => server?.stop());

  const ids = (body: { catalogue: { id: string }[] }) => body.catalogue.map(({ id }) => id);

  it('lists the whole catalogue without a kind, and what fits with one', async () => {
    const client = server.client();
    const all = RESPONSIBILITY_CATALOGUE.map(({ id }) => id);
    expect(ids((await client.get('/api/load-catalogue')).body)).toEqual(all);
    expect(ids((await client.get('/api/load-catalogue?kind=family')).body)).toEqual(all);
    const team = ids((await client.get('/api/load-catalogue?kind=team')).body);
    expect(team).toContain('checking_in');
    expect(team).not.toContain('cooking');
    expect(ids((await client.get('/api/load-catalogue?kind=friends')).body)).not.toContain(
      'school',
    );
    expect((await client.get('/api/load-catalogue?kind=flatmates')).status).toBe(400);
  });

  it('refuses a household chore in a team circle and adds nothing; what fits is added', async () => {
    const a = await server.signUp('Ama');
    const circle = (await a.post('/api/circles', { name: 'Desk 4', kind: 'team' })).body;
    const path = `/api/circles/${circle.id}/responsibilities`;
    const refused = await a.post(`${path}/catalogue`, { ids: ['checking_in', 'cooking'] });
    expect(refused.status).toBe(400);
    expect(refused.body.error).toMatchObject({
      code: 'validation_failed',
      details: [{ field: 'ids', code: 'not_for_circle_kind', kind: 'team' }],
    });
    expect((await a.get(path)).body.responsibilities).toEqual([]);

    const added = await a.post(`${path}/catalogue`, { ids: ['checking_in', 'birthdays'] });
    expect(added.status).toBe(201);
    expect(added.body.responsibilities).toHaveLength(2);
  });
});
