import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../support/databases.ts';
import { couple, startTestServer, type TestServer } from '../support/server.ts';

const DAY = 86_400_000;

describe.each(testDatabases())('circles and invitations on $name', (database) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(database);
  });
  afterAll(async () => server?.stop());

  it('creates a circle with its founder as the first member', async () => {
    const a = await server.signUp('Priya');
    const created = await a.post('/api/circles', {}, { name: 'Home', kind: 'family' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: 'Home', kind: 'family' });
    expect(created.body.members).toEqual([
      { id: created.body.myMemberId, name: 'Priya', joinedAt: created.body.createdAt },
    ]);

    const list = await a.get('/api/circles');
    expect(list.body.circles).toEqual([
      expect.objectContaining({
        id: created.body.id,
        myMemberId: created.body.myMemberId,
        memberCount: 1,
      }),
    ]);
    expect((await a.get('/api/circles/{circleId}', { circleId: created.body.id })).body).toEqual(
      created.body,
    );
  });

  it('invites someone with a single-use link, and lets them in', async () => {
    const a = await server.signUp('Asha');
    const b = await server.signUp('Ben');
    const home = (await a.post('/api/circles', {}, { name: 'Home', kind: 'family' })).body;
    const circleId = home.id;
    const invitation = await a.post('/api/circles/{circleId}/invitations', { circleId });
    expect(invitation.status).toBe(201);
    expect(invitation.body.url).toBe(`${server.url}/invite/${invitation.body.token}`);
    const expires = Date.parse(invitation.body.expiresAt) - server.clock.now();
    expect(expires).toBeGreaterThan(7 * DAY - 1000);
    expect(expires).toBeLessThanOrEqual(7 * DAY);

    const preview = await server
      .client()
      .get('/api/invitations/{token}', { token: invitation.body.token });
    expect(preview.body).toMatchObject({
      circleId,
      circleName: 'Home',
      circleKind: 'family',
      invitedByName: 'Asha',
    });

    const accepted = await b.post('/api/invitations/{token}/accept', {
      token: invitation.body.token,
    });
    expect(accepted.status).toBe(200);
    expect(accepted.body).toEqual({ circleId, memberId: expect.any(String), status: 'pending' });
    const d = await server.signUp('Dev');
    const reused = await d.post('/api/invitations/{token}/accept', {
      token: invitation.body.token,
    });
    expect(reused.status).toBe(404);
    expect(reused.error.code).toBe('not_found');
    expect((await d.get('/api/circles/{circleId}', { circleId })).status).toBe(404);

    const admitted = await a.post('/api/circles/{circleId}/members/{memberId}/admit', {
      circleId,
      memberId: accepted.body.memberId,
    });
    expect(admitted.status).toBe(200);
    const circle = (await b.get('/api/circles/{circleId}', { circleId })).body;
    expect(circle.members.map((m) => m.id)).toEqual([home.myMemberId, accepted.body.memberId]);
    expect(circle.myMemberId).toBe(accepted.body.memberId);
    expect(circle.pendingMembers).toEqual([]);
  });

  it('refuses an invitation after seven days, and a member accepting twice', async () => {
    const a = await server.signUp('Old');
    const circle = (await a.post('/api/circles', {}, { name: 'Friends', kind: 'friends' })).body;
    const first = (await a.post('/api/circles/{circleId}/invitations', { circleId: circle.id }))
      .body;
    const own = await a.post('/api/invitations/{token}/accept', { token: first.token });
    expect(own.status).toBe(409);
    expect(own.error.code).toBe('conflict');

    const late = await server.signUp('Late');
    server.clock.advance(7 * DAY + 1);
    try {
      expect(
        (await late.post('/api/invitations/{token}/accept', { token: first.token })).status,
      ).toBe(404);
      expect((await late.get('/api/invitations/{token}', { token: first.token })).status).toBe(404);
    } finally {
      server.clock.advance(-(7 * DAY + 1));
    }
  });

  it('needs a signed-in person to accept, and a real token', async () => {
    const a = await server.signUp('Inviter');
    const circle = (await a.post('/api/circles', {}, { name: 'Team', kind: 'team' })).body;
    const invitation = (
      await a.post('/api/circles/{circleId}/invitations', { circleId: circle.id })
    ).body;
    expect(
      (await server.client().post('/api/invitations/{token}/accept', { token: invitation.token }))
        .status,
    ).toBe(401);
    const b = await server.signUp('Guess');
    expect(
      (await b.post('/api/invitations/{token}/accept', { token: 'not-a-real-token' })).status,
    ).toBe(404);
  });

  it('refuses a circle with an unknown kind, a blank or long name, or extra fields', async () => {
    const a = await server.signUp('Strict');
    for (const body of [
      { name: 'x', kind: 'situationship' },
      { name: '', kind: 'couple' },
      { name: 'x'.repeat(101), kind: 'couple' },
      { name: 'x', kind: 'couple', owner: 'me' },
      { name: ['x'], kind: 'couple' },
    ]) {
      const reply = await a.raw('POST', '/api/circles', body);
      expect(reply.status, JSON.stringify(body)).toBe(400);
      expect(reply.error.code).toBe('validation_failed');
    }
    expect((await a.get('/api/circles')).body.circles).toEqual([]);
  });

  it('hides every circle path from someone outside the circle', async () => {
    const { a, circleId, bMember } = await couple(server);
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
    const outsider = await server.signUp('Outsider');
    const replies = await Promise.all([
      outsider.get('/api/circles/{circleId}', { circleId }),
      outsider.get('/api/circles/{circleId}/acts', { circleId }),
      outsider.get('/api/circles/{circleId}/summary', { circleId }),
      outsider.post('/api/circles/{circleId}/invitations', { circleId }),
      outsider.post(
        '/api/circles/{circleId}/acts',
        { circleId },
        {
          toMemberId: bMember,
          form: 'practical',
        },
      ),
      outsider.post('/api/circles/{circleId}/acts/{actId}/acknowledge', {
        circleId,
        actId: act.id,
      }),
    ]);
    for (const reply of replies) {
      expect(reply.status).toBe(404);
      expect(reply.error.code).toBe('not_found');
    }
    expect((await outsider.get('/api/circles')).body.circles).toEqual([]);
    expect((await a.get('/api/circles/{circleId}/acts', { circleId })).body.acts).toHaveLength(1);
  });
});
