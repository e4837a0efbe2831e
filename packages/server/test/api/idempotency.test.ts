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

/**
 * Every other signed-in write takes an Idempotency-Key too: the key is claimed before the write
 * runs and its answer kept, so a retried request is never done twice.
 */
describe.each(testDatabases())('Idempotency-Key on other writes, on $name', (database) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(database);
  });
  afterAll(async () => server?.stop());

  const needs = '/api/circles/{circleId}/needs';
  const reflection = '/api/circles/{circleId}/reflections/{reflectionId}';
  const keyRows = (key: string) =>
    server.recipro.database.db
      .selectFrom('request_keys')
      .selectAll()
      .where('key', '=', key)
      .execute();

  it('does a write once: the same request again gets the first answer again', async () => {
    const { a, circleId } = await couple(server);
    const headers = { 'idempotency-key': 'need-1' };
    const need = { text: 'An evening  to ourselves\n', shared: true };
    const first = await a.post(needs, { circleId }, need, { headers });
    expect(first.status).toBe(201);
    expect(first.headers.get('idempotent-replayed')).toBeNull();
    const again = await a.post(needs, { circleId }, need, { headers });
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.body).toEqual(first.body);
    expect(again.body.text).toBe(need.text);
    expect((await a.get(needs, { circleId })).body.needs.map((n) => n.id)).toEqual([first.body.id]);
  });

  it('answers a repeated delete with its first answer (204), not a 404', async () => {
    const { a, circleId } = await couple(server);
    const written = await a.post(
      '/api/circles/{circleId}/reflections',
      { circleId },
      {
        text: 'Quiet week.',
      },
    );
    const params = { circleId, reflectionId: written.body.id };
    const headers = { 'idempotency-key': 'forget-it' };
    expect((await a.delete(reflection, params, { headers })).status).toBe(204);
    const again = await a.delete(reflection, params, { headers });
    expect(again.status).toBe(204);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect((await a.delete(reflection, params)).status).toBe(404);
  });

  it('refuses the same key for a different request, and does nothing', async () => {
    const { a, circleId } = await couple(server);
    const headers = { 'idempotency-key': 'two-needs' };
    await a.post(needs, { circleId }, { text: 'A walk' }, { headers });
    const other = await a.post(needs, { circleId }, { text: 'A nap' }, { headers });
    expect(other.status).toBe(409);
    expect(other.error.code).toBe('conflict');
    expect(other.error.details).toEqual([expect.objectContaining({ reason: 'another_request' })]);
    expect((await a.get(needs, { circleId })).body.needs.map((n) => n.text)).toEqual(['A walk']);
  });

  it('gives the key back when the request is refused, so it changed nothing', async () => {
    const { a, circleId } = await couple(server);
    const headers = { 'idempotency-key': 'wrong-circle-first' };
    const elsewhere = { circleId: '00000000-0000-4000-8000-000000000000' };
    const refused = await a.post(needs, elsewhere, { text: 'Tea' }, { headers });
    expect(refused.status).toBe(404);
    expect(await keyRows('wrong-circle-first')).toEqual([]);
    const done = await a.post(needs, { circleId }, { text: 'Tea' }, { headers });
    expect(done.status).toBe(201);
    expect(done.headers.get('idempotent-replayed')).toBeNull();
  });

  it('keeps keys apart per person', async () => {
    const { a, b, circleId } = await couple(server);
    const headers = { 'idempotency-key': 'same-words' };
    const fromA = await a.post(needs, { circleId }, { text: 'Help', shared: true }, { headers });
    const fromB = await b.post(needs, { circleId }, { text: 'Help', shared: true }, { headers });
    expect(fromB.status).toBe(201);
    expect(fromB.headers.get('idempotent-replayed')).toBeNull();
    expect(fromB.body.id).not.toBe(fromA.body.id);
  });

  it('says a request with the key is still running, or that its outcome is unknown, and does nothing', async () => {
    const { a, circleId } = await couple(server);
    const aUser = (await a.get('/api/me')).body.id;
    const need = { text: 'A hug' };
    const url = `/api/circles/${circleId}/needs`;
    const { requestFingerprint } = await import('../../src/services/request-keys.ts');
    const claim = async (key: string, ageMs: number) =>
      server.recipro.database.db
        .insertInto('request_keys')
        .values({
          user_id: aUser,
          key,
          fingerprint: requestFingerprint('POST', url, need),
          created_at: new Date(server.clock.now() - ageMs).toISOString(),
          status: null,
          body: null,
        })
        .execute();

    await claim('running', 1_000);
    const running = await a.post(needs, { circleId }, need, {
      headers: { 'idempotency-key': 'running' },
    });
    expect(running.status).toBe(409);
    expect(running.headers.get('retry-after')).toBe('1');
    expect(running.error.details).toEqual([expect.objectContaining({ reason: 'still_running' })]);

    // The process that claimed it stopped between its write and keeping the answer.
    await claim('stopped', 5 * 60_000);
    const unknown = await a.post(needs, { circleId }, need, {
      headers: { 'idempotency-key': 'stopped' },
    });
    expect(unknown.status).toBe(409);
    expect(unknown.headers.get('retry-after')).toBeNull();
    expect(unknown.error.details).toEqual([expect.objectContaining({ reason: 'outcome_unknown' })]);
    expect((await a.get(needs, { circleId })).body.needs).toEqual([]);
  });

  it('forgets a key after a day: the same key then does the write anew', async () => {
    const { a, circleId } = await couple(server);
    const headers = { 'idempotency-key': 'yesterday' };
    await a.post(needs, { circleId }, { text: 'Rest' }, { headers });
    server.clock.advance(25 * 3_600_000);
    const later = await a.post(needs, { circleId }, { text: 'Rest' }, { headers });
    expect(later.status).toBe(201);
    expect(later.headers.get('idempotent-replayed')).toBeNull();
    expect((await a.get(needs, { circleId })).body.needs).toHaveLength(2);
    expect(await keyRows('yesterday')).toHaveLength(1);
  });

  it('forgets a kept answer once what it holds is deleted, and only that one', async () => {
    const { a, circleId } = await couple(server);
    const text = 'Only mine, and soon gone.';
    const written = await a.post(
      '/api/circles/{circleId}/reflections',
      { circleId },
      { text },
      { headers: { 'idempotency-key': 'reflection-kept' } },
    );
    await a.post(
      needs,
      { circleId },
      { text: 'Kept' },
      { headers: { 'idempotency-key': 'need-kept' } },
    );
    expect((await keyRows('reflection-kept'))[0]?.body).toContain(text);

    const params = { circleId, reflectionId: written.body.id };
    expect((await a.delete(reflection, params)).status).toBe(204);
    expect(await keyRows('reflection-kept')).toEqual([]);
    expect(await keyRows('need-kept')).toHaveLength(1);

    // Leaving the circle deletes what the person wrote there, and the answers that hold it.
    expect((await a.post('/api/circles/{circleId}/leave', { circleId })).status).toBe(204);
    expect(await keyRows('need-kept')).toEqual([]);
  });

  it('documents the key and its 409 on every signed-in write, and on none that needs no session', async () => {
    const document = (await (await fetch(`${server.url}/api/openapi.json`)).json()) as {
      paths: Record<string, Record<string, OpenApiOperation>>;
    };
    let keyed = 0;
    for (const [path, operations] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        if (method === 'get' || method === 'head') continue;
        const key = (operation.parameters ?? []).find((p) => p.name === 'idempotency-key');
        const anonymous = Array.isArray(operation.security) && operation.security.length === 0;
        expect(key === undefined, `${method} ${path}`).toBe(anonymous);
        if (!anonymous) {
          expect(key?.in, `${method} ${path}`).toBe('header');
          expect(operation.responses['409'], `${method} ${path}`).toBeDefined();
          keyed += 1;
        }
      }
    }
    expect(keyed).toBeGreaterThan(30);
  });
});

interface OpenApiOperation {
  parameters?: { name: string; in: string }[];
  security?: unknown[];
  responses: Record<string, unknown>;
}
