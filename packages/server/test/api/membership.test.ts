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
    const circle = (await a.post('/api/circles', {}, { name: 'Home', kind: 'family' })).body;
    return { a, circleId: circle.id, aMember: circle.myMemberId };
  };
  const ask = async (inviter: Client, joiner: Client, circleId: string) => {
    const invitation = (await inviter.post('/api/circles/{circleId}/invitations', { circleId }))
      .body;
    const accepted = await joiner.post('/api/invitations/{token}/accept', {
      token: invitation.token,
    });
    expect(accepted.status).toBe(200);
    return accepted.body.memberId;
  };

  it('makes someone who accepts an invitation wait, seeing nothing, until a member lets them in', async () => {
    const { a, circleId, aMember } = await family();
    await a.post('/api/circles/{circleId}/reflections', { circleId }, { text: 'private' });
    await join(a, await server.signUp('Bo'), circleId);
    const stranger = await server.signUp('Forwarded to me');
    const requestId = await ask(a, stranger, circleId);

    const inside = `/api/circles/${circleId}`;
    for (const path of ['', '/acts', '/needs', '/ruptures', '/summary', '/balance', '/checkins']) {
      const reply = await stranger.raw('GET', `${inside}${path}`);
      expect(reply.status, path).toBe(403);
      expect(reply.error.code).toBe('pending');
    }
    const act = await stranger.post(
      '/api/circles/{circleId}/acts',
      { circleId },
      {
        toMemberId: aMember,
        form: 'practical',
      },
    );
    expect([403, 404]).toContain(act.status);
    const list = (await stranger.get('/api/circles')).body;
    expect(list.circles).toEqual([]);
    expect(list.waiting).toEqual([
      { circleId, name: 'Home', kind: 'family', requestedAt: expect.any(String) },
    ]);
    const exported = (await stranger.get('/api/me/export')).body;
    expect(exported.circles).toEqual([]);

    const seen = (await a.get('/api/circles/{circleId}', { circleId })).body;
    expect(seen.pendingMembers).toEqual([
      { id: requestId, name: 'Forwarded to me', requestedAt: expect.any(String) },
    ]);
    expect(seen.members).toHaveLength(2);

    const admitted = await a.post('/api/circles/{circleId}/members/{memberId}/admit', {
      circleId,
      memberId: requestId,
    });
    expect(admitted.status).toBe(200);
    expect(admitted.body.members.map((m: { id: string }) => m.id)).toContain(requestId);
    expect((await stranger.get('/api/circles/{circleId}', { circleId })).status).toBe(200);
    expect(
      (
        await a.post('/api/circles/{circleId}/members/{memberId}/admit', {
          circleId,
          memberId: requestId,
        })
      ).status,
    ).toBe(404);
  });

  it('keeps a couple to two people', async () => {
    const { a, b, circleId } = await couple(server);
    const third = await a.post('/api/circles/{circleId}/invitations', { circleId });
    expect(third.status).toBe(409);
    expect(third.error.code).toBe('circle_full');
    expect((await b.post('/api/circles/{circleId}/invitations', { circleId })).error.code).toBe(
      'circle_full',
    );

    // Two links made while one was alone: the second person to accept finds it full.
    const solo = await server.signUp('Solo');
    const own = (await solo.post('/api/circles', {}, { name: 'Us', kind: 'couple' })).body;
    const first = (await solo.post('/api/circles/{circleId}/invitations', { circleId: own.id }))
      .body;
    const second = (await solo.post('/api/circles/{circleId}/invitations', { circleId: own.id }))
      .body;
    const one = await server.signUp('One');
    const two = await server.signUp('Two');
    expect((await one.post('/api/invitations/{token}/accept', { token: first.token })).status).toBe(
      200,
    );
    const late = await two.post('/api/invitations/{token}/accept', { token: second.token });
    expect(late.status).toBe(409);
    expect(late.error.code).toBe('circle_full');
    expect((await two.get('/api/circles/{circleId}', { circleId: own.id })).status).toBe(404);
  });

  it('lets a request lapse after seven days, and lets members turn one down', async () => {
    const { a, circleId } = await family();
    const waiting = await server.signUp('Waits');
    const requestId = await ask(a, waiting, circleId);
    server.clock.advance(7 * DAY + 1000);
    expect((await waiting.get('/api/circles/{circleId}', { circleId })).status).toBe(404);
    expect((await a.get('/api/circles/{circleId}', { circleId })).body.pendingMembers).toEqual([]);
    expect(
      (
        await a.post('/api/circles/{circleId}/members/{memberId}/admit', {
          circleId,
          memberId: requestId,
        })
      ).status,
    ).toBe(404);

    const again = await ask(a, waiting, circleId);
    expect((await waiting.get('/api/circles/{circleId}', { circleId })).status).toBe(403);
    const declined = await a.delete('/api/circles/{circleId}/members/{memberId}', {
      circleId,
      memberId: again,
    });
    expect(declined.status).toBe(204);
    expect((await waiting.get('/api/circles/{circleId}', { circleId })).status).toBe(404);
    expect((await waiting.get('/api/circles')).body.waiting).toEqual([]);
  });

  it('lets members see and withdraw invitations nobody has used', async () => {
    const { a, circleId, aMember } = await family();
    const invitation = (await a.post('/api/circles/{circleId}/invitations', { circleId })).body;
    const open = (await a.get('/api/circles/{circleId}/invitations', { circleId })).body
      .invitations;
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
        await outsider.delete('/api/circles/{circleId}/invitations/{invitationId}', {
          circleId,
          invitationId: invitation.id,
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await a.delete('/api/circles/{circleId}/invitations/{invitationId}', {
          circleId,
          invitationId: invitation.id,
        })
      ).status,
    ).toBe(204);
    expect(
      (await a.get('/api/circles/{circleId}/invitations', { circleId })).body.invitations,
    ).toEqual([]);
    expect(
      (await outsider.post('/api/invitations/{token}/accept', { token: invitation.token })).status,
    ).toBe(404);
    expect(
      (
        await a.delete('/api/circles/{circleId}/invitations/{invitationId}', {
          circleId,
          invitationId: invitation.id,
        })
      ).status,
    ).toBe(404);
  });

  it('lets the keeper remove a member outside a couple, hand the role on, and passes it on when they leave', async () => {
    const { a, circleId, aMember } = await family();
    const b = await server.signUp('Bo');
    const c = await server.signUp('Cy');
    const bMember = await join(a, b, circleId);
    const cMember = await join(a, c, circleId);
    expect((await a.get('/api/circles/{circleId}', { circleId })).body.keeperMemberId).toBe(
      aMember,
    );
    await c.post('/api/circles/{circleId}/reflections', { circleId }, { text: 'Cy wrote this' });

    const notKeeper = await b.delete('/api/circles/{circleId}/members/{memberId}', {
      circleId,
      memberId: cMember,
    });
    expect(notKeeper.status).toBe(403);
    expect(notKeeper.error.code).toBe('forbidden');
    expect(
      (
        await a.delete('/api/circles/{circleId}/members/{memberId}', {
          circleId,
          memberId: aMember,
        })
      ).status,
    ).toBe(400);
    expect(
      (
        await a.delete('/api/circles/{circleId}/members/{memberId}', {
          circleId,
          memberId: 'nobody',
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await a.delete('/api/circles/{circleId}/members/{memberId}', {
          circleId,
          memberId: cMember,
        })
      ).status,
    ).toBe(204);
    expect((await c.get('/api/circles/{circleId}', { circleId })).status).toBe(404);
    const after = (await a.get('/api/circles/{circleId}', { circleId })).body;
    expect(after.members.map((m: { id: string }) => m.id)).toEqual([aMember, bMember]);
    expect(after.formerMembers.map((m: { id: string }) => m.id)).toEqual([cMember]);

    expect(
      (await b.put('/api/circles/{circleId}/keeper', { circleId }, { memberId: bMember })).status,
    ).toBe(403);
    expect(
      (await a.put('/api/circles/{circleId}/keeper', { circleId }, { memberId: cMember })).status,
    ).toBe(404);
    const handed = await a.put(
      '/api/circles/{circleId}/keeper',
      { circleId },
      { memberId: bMember },
    );
    expect(handed.status).toBe(200);
    expect(handed.body.keeperMemberId).toBe(bMember);
    expect(
      (
        await a.delete('/api/circles/{circleId}/members/{memberId}', {
          circleId,
          memberId: bMember,
        })
      ).status,
    ).toBe(403);

    expect((await b.post('/api/circles/{circleId}/leave', { circleId })).status).toBe(204);
    expect((await a.get('/api/circles/{circleId}', { circleId })).body.keeperMemberId).toBe(
      aMember,
    );
  });

  it('never lets one of a couple remove the other', async () => {
    const { a, b, circleId, bMember } = await couple(server);
    const refused = await a.delete('/api/circles/{circleId}/members/{memberId}', {
      circleId,
      memberId: bMember,
    });
    expect(refused.status).toBe(403);
    expect((await b.get('/api/circles/{circleId}', { circleId })).status).toBe(200);
  });
});
