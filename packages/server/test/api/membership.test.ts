import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '../support/client.ts';
import { testDatabases } from '../support/databases.ts';
import { couple, join, startTestServer, type TestServer } from '../support/server.ts';

const DAY = 86_400_000;

describe.each(testDatabases())('who is in a circle on $name', (database) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(database);
  });
  afterAll(async () => server?.stop());

  const family = async () => {
    const a = await server.signUp('Ama');
    const circle = (await a.legacyPost('/api/circles', { name: 'Home', kind: 'family' })).body;
    return { a, circleId: circle.id as string, aMember: circle.myMemberId as string };
  };
  const ask = async (inviter: Client, joiner: Client, circleId: string) => {
    const invitation = (await inviter.legacyPost(`/api/circles/${circleId}/invitations`)).body;
    const accepted = await joiner.legacyPost(`/api/invitations/${invitation.token}/accept`);
    expect(accepted.status).toBe(200);
    return accepted.body.memberId as string;
  };

  it('makes someone who accepts an invitation wait, seeing nothing, until a member lets them in', async () => {
    const { a, circleId, aMember } = await family();
    await a.legacyPost(`/api/circles/${circleId}/reflections`, { text: 'private' });
    await join(a, await server.signUp('Bo'), circleId);
    const stranger = await server.signUp('Forwarded to me');
    const requestId = await ask(a, stranger, circleId);

    const inside = `/api/circles/${circleId}`;
    for (const path of ['', '/acts', '/needs', '/ruptures', '/summary', '/balance', '/checkins']) {
      const reply = await stranger.legacyGet(`${inside}${path}`);
      expect(reply.status, path).toBe(403);
      expect(reply.body.error.code).toBe('pending');
    }
    const act = await stranger.legacyPost(`${inside}/acts`, {
      toMemberId: aMember,
      form: 'practical',
    });
    expect([403, 404]).toContain(act.status);
    const list = (await stranger.legacyGet('/api/circles')).body;
    expect(list.circles).toEqual([]);
    expect(list.waiting).toEqual([
      { circleId, name: 'Home', kind: 'family', requestedAt: expect.any(String) },
    ]);
    const exported = (await stranger.legacyGet('/api/me/export')).body;
    expect(exported.circles).toEqual([]);

    const seen = (await a.legacyGet(inside)).body;
    expect(seen.pendingMembers).toEqual([
      { id: requestId, name: 'Forwarded to me', requestedAt: expect.any(String) },
    ]);
    expect(seen.members).toHaveLength(2);

    const admitted = await a.legacyPost(`${inside}/members/${requestId}/admit`);
    expect(admitted.status).toBe(200);
    expect(admitted.body.members.map((m: { id: string }) => m.id)).toContain(requestId);
    expect((await stranger.legacyGet(inside)).status).toBe(200);
    expect((await a.legacyPost(`${inside}/members/${requestId}/admit`)).status).toBe(404);
  });

  it('keeps a couple to two people', async () => {
    const { a, b, circleId } = await couple(server);
    const third = await a.legacyPost(`/api/circles/${circleId}/invitations`);
    expect(third.status).toBe(409);
    expect(third.body.error.code).toBe('circle_full');
    expect((await b.legacyPost(`/api/circles/${circleId}/invitations`)).body.error.code).toBe(
      'circle_full',
    );

    // Two links made while one was alone: the second person to accept finds it full.
    const solo = await server.signUp('Solo');
    const own = (await solo.legacyPost('/api/circles', { name: 'Us', kind: 'couple' })).body;
    const first = (await solo.legacyPost(`/api/circles/${own.id}/invitations`)).body;
    const second = (await solo.legacyPost(`/api/circles/${own.id}/invitations`)).body;
    const one = await server.signUp('One');
    const two = await server.signUp('Two');
    expect((await one.legacyPost(`/api/invitations/${first.token}/accept`)).status).toBe(200);
    const late = await two.legacyPost(`/api/invitations/${second.token}/accept`);
    expect(late.status).toBe(409);
    expect(late.body.error.code).toBe('circle_full');
    expect((await two.legacyGet(`/api/circles/${own.id}`)).status).toBe(404);
  });

  it('lets a request lapse after seven days, and lets members turn one down', async () => {
    const { a, circleId } = await family();
    const waiting = await server.signUp('Waits');
    const requestId = await ask(a, waiting, circleId);
    server.clock.advance(7 * DAY + 1000);
    expect((await waiting.legacyGet(`/api/circles/${circleId}`)).status).toBe(404);
    expect((await a.legacyGet(`/api/circles/${circleId}`)).body.pendingMembers).toEqual([]);
    expect((await a.legacyPost(`/api/circles/${circleId}/members/${requestId}/admit`)).status).toBe(
      404,
    );

    const again = await ask(a, waiting, circleId);
    expect((await waiting.legacyGet(`/api/circles/${circleId}`)).status).toBe(403);
    const declined = await a.legacyRequest('DELETE', `/api/circles/${circleId}/members/${again}`);
    expect(declined.status).toBe(204);
    expect((await waiting.legacyGet(`/api/circles/${circleId}`)).status).toBe(404);
    expect((await waiting.legacyGet('/api/circles')).body.waiting).toEqual([]);
  });

  it('lets members see and withdraw invitations nobody has used', async () => {
    const { a, circleId, aMember } = await family();
    const invitation = (await a.legacyPost(`/api/circles/${circleId}/invitations`)).body;
    const open = (await a.legacyGet(`/api/circles/${circleId}/invitations`)).body.invitations;
    expect(open).toEqual([
      {
        id: invitation.id,
        invitedByMemberId: aMember,
        createdAt: expect.any(String),
        expiresAt: invitation.expiresAt,
      },
    ]);
    const outsider = await server.signUp('Outside');
    expect(
      (
        await outsider.legacyRequest(
          'DELETE',
          `/api/circles/${circleId}/invitations/${invitation.id}`,
        )
      ).status,
    ).toBe(404);
    expect(
      (await a.legacyRequest('DELETE', `/api/circles/${circleId}/invitations/${invitation.id}`))
        .status,
    ).toBe(204);
    expect((await a.legacyGet(`/api/circles/${circleId}/invitations`)).body.invitations).toEqual(
      [],
    );
    expect((await outsider.legacyPost(`/api/invitations/${invitation.token}/accept`)).status).toBe(
      404,
    );
    expect(
      (await a.legacyRequest('DELETE', `/api/circles/${circleId}/invitations/${invitation.id}`))
        .status,
    ).toBe(404);
  });

  it('lets the keeper remove a member outside a couple, hand the role on, and passes it on when they leave', async () => {
    const { a, circleId, aMember } = await family();
    const b = await server.signUp('Bo');
    const c = await server.signUp('Cy');
    const bMember = await join(a, b, circleId);
    const cMember = await join(a, c, circleId);
    const at = (path: string) => `/api/circles/${circleId}${path}`;
    expect((await a.legacyGet(at(''))).body.keeperMemberId).toBe(aMember);
    await c.legacyPost(at('/reflections'), { text: 'Cy wrote this' });

    const notKeeper = await b.legacyRequest('DELETE', at(`/members/${cMember}`));
    expect(notKeeper.status).toBe(403);
    expect(notKeeper.body.error.code).toBe('forbidden');
    expect((await a.legacyRequest('DELETE', at(`/members/${aMember}`))).status).toBe(400);
    expect((await a.legacyRequest('DELETE', at('/members/nobody'))).status).toBe(404);
    expect((await a.legacyRequest('DELETE', at(`/members/${cMember}`))).status).toBe(204);
    expect((await c.legacyGet(at(''))).status).toBe(404);
    const after = (await a.legacyGet(at(''))).body;
    expect(after.members.map((m: { id: string }) => m.id)).toEqual([aMember, bMember]);
    expect(after.formerMembers.map((m: { id: string }) => m.id)).toEqual([cMember]);

    expect((await b.legacyRequest('PUT', at('/keeper'), { memberId: bMember })).status).toBe(403);
    expect((await a.legacyRequest('PUT', at('/keeper'), { memberId: cMember })).status).toBe(404);
    const handed = await a.legacyRequest('PUT', at('/keeper'), { memberId: bMember });
    expect(handed.status).toBe(200);
    expect(handed.body.keeperMemberId).toBe(bMember);
    expect((await a.legacyRequest('DELETE', at(`/members/${bMember}`))).status).toBe(403);

    expect((await b.legacyPost(at('/leave'))).status).toBe(204);
    expect((await a.legacyGet(at(''))).body.keeperMemberId).toBe(aMember);
  });

  it('never lets one of a couple remove the other', async () => {
    const { a, b, circleId, bMember } = await couple(server);
    const refused = await a.legacyRequest('DELETE', `/api/circles/${circleId}/members/${bMember}`);
    expect(refused.status).toBe(403);
    expect((await b.legacyGet(`/api/circles/${circleId}`)).status).toBe(200);
  });
});
