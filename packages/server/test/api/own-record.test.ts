import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
  const refused = (reply: { status: number; body: { error: { code: string } } }) => {
    expect(reply.status).toBe(403);
    expect(reply.body.error.code).toBe('forbidden');
  };

  it('refuses taking over, changing or deleting another member’s responsibility', async () => {
    const { a, b, circleId, aMember, bMember } = await couple(server);
    const path = `/api/circles/${circleId}/responsibilities`;
    const theirs = (
      await b.legacyPost(path, {
        title: 'Bins',
        area: 'home',
        frequency: 'weekly',
        effort: 1,
        owners: all(bMember),
      })
    ).body;
    const item = `${path}/${theirs.id}`;
    refused(await a.legacyRequest('PATCH', item, { owners: all(aMember) }));
    refused(await a.legacyRequest('PATCH', item, { owners: { do: aMember } }));
    refused(await a.legacyRequest('PATCH', item, { title: 'Renamed' }));
    refused(await a.legacyPost(`${item}/own`));
    refused(await a.legacyRequest('DELETE', item));
    const stored = (await b.legacyGet(path)).body.responsibilities;
    expect(stored).toEqual([theirs]);
  });

  it('lets those a responsibility concerns change it, and anyone take a free stage for themselves', async () => {
    const { a, b, circleId, aMember, bMember } = await couple(server);
    const path = `/api/circles/${circleId}/responsibilities`;
    const shared = (
      await b.legacyPost(path, {
        title: 'School runs',
        area: 'children',
        frequency: 'daily',
        effort: 2,
        owners: { notice: aMember, do: bMember },
      })
    ).body;
    const item = `${path}/${shared.id}`;
    const renamed = await a.legacyRequest('PATCH', item, { title: 'School run' });
    expect(renamed.status).toBe(200);
    expect(renamed.body.title).toBe('School run');
    // A free stage: to yourself, yes; to someone else, no.
    refused(await a.legacyRequest('PATCH', item, { owners: { plan: bMember } }));
    const took = await a.legacyRequest('PATCH', item, { owners: { plan: aMember } });
    expect(took.body.owners).toEqual({
      notice: aMember,
      plan: aMember,
      do: bMember,
      followUp: null,
    });
    // Moving the other's stage, even for one who shares the responsibility, is a hand-over.
    const direct = await a.legacyRequest('PATCH', item, { owners: { do: aMember } });
    expect(direct.status).toBe(409);
    expect(direct.body.error.code).toBe('conflict');
    expect((await a.legacyPost(`${item}/own`)).status).toBe(409);
    expect((await b.legacyGet(path)).body.responsibilities[0].owners.do).toBe(bMember);
    expect((await b.legacyRequest('DELETE', item)).status).toBe(204);
  });

  const ritual = async (client: Member, circleId: string, memberIds?: string[]) =>
    (
      await client.legacyPost(`/api/circles/${circleId}/rituals`, {
        kind: 'weekly_checkin',
        rrule: 'FREQ=WEEKLY;BYDAY=SU',
        time: '18:00',
        timezone: 'Europe/London',
        ...(memberIds === undefined ? {} : { memberIds }),
      })
    ).body as { id: string; memberIds: string[] };

  it('keeps a ritual of another member alone theirs: not re-assigned, renamed or stopped', async () => {
    const { a, b, circleId, aMember, bMember } = await couple(server);
    const theirs = await ritual(b, circleId, [bMember]);
    const path = `/api/circles/${circleId}/rituals/${theirs.id}`;
    refused(await a.legacyRequest('PATCH', path, { memberIds: [aMember] }));
    refused(await a.legacyRequest('PATCH', path, { title: 'Mine now' }));
    refused(await a.legacyRequest('DELETE', path));
    const listed = (await b.legacyGet(`/api/circles/${circleId}/rituals`)).body.rituals;
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatchObject({ id: theirs.id, memberIds: [bMember] });
    expect(listed[0].title).not.toBe('Mine now');
  });

  it('lets anyone taking part change or stop a shared ritual, stepping out only for themselves', async () => {
    const { a, b, circleId, aMember, bMember } = await couple(server);
    const shared = await ritual(b, circleId);
    const path = `/api/circles/${circleId}/rituals/${shared.id}`;
    refused(await a.legacyRequest('PATCH', path, { memberIds: [aMember] }));
    const renamed = await a.legacyRequest('PATCH', path, { title: 'Sunday talk' });
    expect(renamed.status).toBe(200);
    const stepped = await a.legacyRequest('PATCH', path, { memberIds: [bMember] });
    expect(stepped.status).toBe(200);
    expect(stepped.body.memberIds).toEqual([bMember]);
    // Now it concerns Ben alone.
    refused(await a.legacyRequest('DELETE', path));
    const again = await ritual(a, circleId);
    expect(
      (await b.legacyRequest('DELETE', `/api/circles/${circleId}/rituals/${again.id}`)).status,
    ).toBe(204);
  });
});
