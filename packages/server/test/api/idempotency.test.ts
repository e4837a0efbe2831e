import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../support/databases.ts';
import { couple, startTestServer, type TestServer } from '../support/server.ts';

/**
 * A client that never got its answer (the connection dropped, the server restarted just after
 * committing) sends the act again with the same Idempotency-Key: it is logged once.
 */
describe.each(testDatabases())('Idempotency-Key on logging an act, on $name', (database) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(database);
  });
  afterAll(async () => server?.stop());

  const acts = '/api/circles/{circleId}/acts';

  it('logs once: the same key again gets the first answer again', async () => {
    const { a, circleId, bMember } = await couple(server);
    const headers = { 'idempotency-key': 'f3b1c2d4-retry-1' };
    const act = { toMemberId: bMember, form: 'practical' as const, note: 'Fixed the tap' };
    const first = await a.post(acts, { circleId }, act, { headers });
    expect(first.status).toBe(201);
    expect(first.headers.get('idempotent-replayed')).toBeNull();
    const again = await a.post(acts, { circleId }, act, { headers });
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.body).toEqual(first.body);
    const listed = (await a.get(acts, { circleId })).body.acts;
    expect(listed.map((x) => x.id)).toEqual([first.body.id]);
  });

  it('logs once when the same request arrives several times at once', async () => {
    const { a, circleId, bMember } = await couple(server);
    const headers = { 'idempotency-key': 'burst-7' };
    const replies = await Promise.all(
      Array.from({ length: 6 }, () =>
        a.post(acts, { circleId }, { toMemberId: bMember, form: 'emotional' }, { headers }),
      ),
    );
    expect(replies.map((r) => r.status)).toEqual(Array(6).fill(201));
    expect(new Set(replies.map((r) => r.body.id)).size).toBe(1);
    expect((await a.get(acts, { circleId })).body.acts).toHaveLength(1);
  });

  it('refuses the same key for a different act, and changes nothing', async () => {
    const { a, circleId, bMember } = await couple(server);
    const headers = { 'idempotency-key': 'one-key' };
    await a.post(acts, { circleId }, { toMemberId: bMember, form: 'practical' }, { headers });
    const other = await a.post(
      acts,
      { circleId },
      { toMemberId: bMember, form: 'affection' },
      { headers },
    );
    expect(other.status).toBe(409);
    expect(other.error.code).toBe('conflict');
    const listed = (await a.get(acts, { circleId })).body.acts;
    expect(listed.map((x) => x.form)).toEqual(['practical']);
  });

  it('keeps keys apart per person: the other member’s same key is their own act', async () => {
    const { a, b, circleId, aMember, bMember } = await couple(server);
    const headers = { 'idempotency-key': 'shared-words' };
    const fromA = await a.post(
      acts,
      { circleId },
      { toMemberId: bMember, form: 'practical' },
      { headers },
    );
    const fromB = await b.post(
      acts,
      { circleId },
      { toMemberId: aMember, form: 'practical' },
      { headers },
    );
    expect(fromB.status).toBe(201);
    expect(fromB.headers.get('idempotent-replayed')).toBeNull();
    expect(fromB.body.id).not.toBe(fromA.body.id);
    expect((await a.get(acts, { circleId })).body.acts).toHaveLength(2);
  });

  it('refuses a key that is empty, too long or not plain ASCII, and logs nothing', async () => {
    const { a, circleId, bMember } = await couple(server);
    for (const key of ['', 'x'.repeat(256), 'clé-à-usage-unique', 'has space']) {
      const reply = await a.raw(
        'POST',
        `/api/circles/${circleId}/acts`,
        { toMemberId: bMember, form: 'practical' },
        { 'idempotency-key': key },
      );
      expect(reply.status, JSON.stringify(key)).toBe(400);
      expect(reply.error.code).toBe('validation_failed');
    }
    expect((await a.get(acts, { circleId })).body.acts).toHaveLength(0);
  });
});
