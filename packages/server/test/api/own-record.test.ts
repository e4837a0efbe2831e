import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiError } from '../support/client.ts';
import { testDatabases } from '../support/databases.ts';
import { couple, startTestServer, type TestServer } from '../support/server.ts';

type Member = Awaited<ReturnType<typeof couple>>['a'];

/**
 * Responsibilities and rituals are changed by those they concern: owners change only through
 * an accepted hand-over, and what concerns only another member is theirs alone (403).
 */
describe.each(testDatabases())('responsibilities and rituals of one’s own on $name', (database) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(database);
  });
  afterAll(async () => server?.stop());

  const all = (id: string) => ({ notice: id, plan: id, do: id, followUp: id });
  const refused = (reply: { status: number; readonly error: ApiError }) => {
    expect(reply.status).toBe(403);
    expect(reply.error.code).toBe('forbidden');
  };

  it('refuses taking over, changing or deleting another member’s responsibility', async () => {
    const { a, b, circleId, aMember, bMember } = await couple(server);
    const theirs = (
      await b.post(
        '/api/circles/{circleId}/responsibilities',
        { circleId },
        {
          title: 'Bins',
          area: 'home',
          frequency: 'weekly',
          effort: 1,
          owners: all(bMember),
        },
      )
    ).body;
    refused(
      await a.patch(
        '/api/circles/{circleId}/responsibilities/{responsibilityId}',
        { circleId, responsibilityId: theirs.id },
        { owners: all(aMember) },
      ),
    );
    refused(
      await a.patch(
        '/api/circles/{circleId}/responsibilities/{responsibilityId}',
        { circleId, responsibilityId: theirs.id },
        { owners: { do: aMember } },
      ),
    );
    refused(
      await a.patch(
        '/api/circles/{circleId}/responsibilities/{responsibilityId}',
        { circleId, responsibilityId: theirs.id },
        { title: 'Renamed' },
      ),
    );
    // "I'll take this" on an item someone else holds: a conflict, a hand-over is the way.
    const taking = await a.post('/api/circles/{circleId}/responsibilities/{responsibilityId}/own', {
      circleId,
      responsibilityId: theirs.id,
    });
    expect(taking.status).toBe(409);
    expect(taking.error.code).toBe('conflict');
    refused(
      await a.delete('/api/circles/{circleId}/responsibilities/{responsibilityId}', {
        circleId,
        responsibilityId: theirs.id,
      }),
    );
    const stored = (await b.get('/api/circles/{circleId}/responsibilities', { circleId })).body
      .responsibilities;
    expect(stored).toEqual([theirs]);
  });

  it('lets those a responsibility concerns change it, and anyone take a free stage for themselves', async () => {
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
    const renamed = await a.patch(
      '/api/circles/{circleId}/responsibilities/{responsibilityId}',
      { circleId, responsibilityId: shared.id },
      { title: 'School run' },
    );
    expect(renamed.status).toBe(200);
    expect(renamed.body.title).toBe('School run');
    // A free stage: to yourself, yes; to someone else, no.
    refused(
      await a.patch(
        '/api/circles/{circleId}/responsibilities/{responsibilityId}',
        { circleId, responsibilityId: shared.id },
        { owners: { plan: bMember } },
      ),
    );
    const took = await a.patch(
      '/api/circles/{circleId}/responsibilities/{responsibilityId}',
      { circleId, responsibilityId: shared.id },
      { owners: { plan: aMember } },
    );
    expect(took.body.owners).toEqual({
      notice: aMember,
      plan: aMember,
      do: bMember,
      followUp: null,
    });
    // Moving the other's stage, even for one who shares the responsibility, is a hand-over.
    const direct = await a.patch(
      '/api/circles/{circleId}/responsibilities/{responsibilityId}',
      { circleId, responsibilityId: shared.id },
      { owners: { do: aMember } },
    );
    expect(direct.status).toBe(409);
    expect(direct.error.code).toBe('conflict');
    expect(
      (
        await a.post('/api/circles/{circleId}/responsibilities/{responsibilityId}/own', {
          circleId,
          responsibilityId: shared.id,
        })
      ).status,
    ).toBe(409);
    expect(
      (await b.get('/api/circles/{circleId}/responsibilities', { circleId })).body
        .responsibilities[0]?.owners.do,
    ).toBe(bMember);
    expect(
      (
        await b.delete('/api/circles/{circleId}/responsibilities/{responsibilityId}', {
          circleId,
          responsibilityId: shared.id,
        })
      ).status,
    ).toBe(204);
  });

  const ritual = async (client: Member, circleId: string, memberIds?: string[]) =>
    (
      await client.post(
        '/api/circles/{circleId}/rituals',
        { circleId },
        {
          kind: 'weekly_checkin',
          rrule: 'FREQ=WEEKLY;BYDAY=SU',
          time: '18:00',
          timezone: 'Europe/London',
          ...(memberIds === undefined ? {} : { memberIds }),
        },
      )
    ).body;

  it('keeps a ritual of another member alone theirs: not re-assigned, renamed or stopped', async () => {
    const { a, b, circleId, aMember, bMember } = await couple(server);
    const theirs = await ritual(b, circleId, [bMember]);
    refused(
      await a.patch(
        '/api/circles/{circleId}/rituals/{ritualId}',
        { circleId, ritualId: theirs.id },
        { memberIds: [aMember] },
      ),
    );
    refused(
      await a.patch(
        '/api/circles/{circleId}/rituals/{ritualId}',
        { circleId, ritualId: theirs.id },
        { title: 'Mine now' },
      ),
    );
    refused(
      await a.delete('/api/circles/{circleId}/rituals/{ritualId}', {
        circleId,
        ritualId: theirs.id,
      }),
    );
    const listed = (await b.get('/api/circles/{circleId}/rituals', { circleId })).body.rituals;
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatchObject({ id: theirs.id, memberIds: [bMember] });
    expect(listed[0]?.title).not.toBe('Mine now');
  });

  it('lets anyone taking part change or stop a shared ritual, stepping out only for themselves', async () => {
    const { a, b, circleId, aMember, bMember } = await couple(server);
    const shared = await ritual(b, circleId);
    refused(
      await a.patch(
        '/api/circles/{circleId}/rituals/{ritualId}',
        { circleId, ritualId: shared.id },
        { memberIds: [aMember] },
      ),
    );
    const renamed = await a.patch(
      '/api/circles/{circleId}/rituals/{ritualId}',
      { circleId, ritualId: shared.id },
      { title: 'Sunday talk' },
    );
    expect(renamed.status).toBe(200);
    const stepped = await a.patch(
      '/api/circles/{circleId}/rituals/{ritualId}',
      { circleId, ritualId: shared.id },
      { memberIds: [bMember] },
    );
    expect(stepped.status).toBe(200);
    expect(stepped.body.memberIds).toEqual([bMember]);
    // Now it concerns Ben alone.
    refused(
      await a.delete('/api/circles/{circleId}/rituals/{ritualId}', {
        circleId,
        ritualId: shared.id,
      }),
    );
    const again = await ritual(a, circleId);
    expect(
      (
        await b.delete('/api/circles/{circleId}/rituals/{ritualId}', {
          circleId,
          ritualId: again.id,
        })
      ).status,
    ).toBe(204);
  });
});
