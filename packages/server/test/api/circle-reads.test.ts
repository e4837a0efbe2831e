import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { READ_RESOLUTION_MS } from '../../src/http/circle-reads.ts';
import type { Client } from '../support/client.ts';
import { testDatabases } from '../support/databases.ts';
import { couple, startAlongside, startTestServer, type TestServer } from '../support/server.ts';

/** The derived views of a circle that are answered again from memory or with 304. */
const READS = [
  '/balance?window=30',
  '/balance?window=decay',
  '/balance/series',
  '/summary',
  '/load',
  '/review',
] as const;

describe.each(testDatabases())('reads that cost nothing twice, on $name', (database) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(database);
  });
  afterAll(async () => server?.stop());

  const read = (person: Client, circleId: string, path: string, etag?: string) =>
    person.raw(
      'GET',
      `/api/circles/${circleId}${path}`,
      undefined,
      etag === undefined ? {} : { 'if-none-match': etag },
    );
  const logAct = async (person: Client, circleId: string, to: string) => {
    const reply = await person.post(
      '/api/circles/{circleId}/acts',
      { circleId },
      { toMemberId: to, form: 'practical' },
    );
    expect(reply.status).toBe(201);
  };

  it('answers a repeated read with the same ETag, and 304 with no body when it is sent back', async () => {
    const { a, b, circleId, bMember } = await couple(server);
    await logAct(a, circleId, bMember);
    for (const path of READS) {
      const first = await read(a, circleId, path);
      expect(first.status, path).toBe(200);
      const etag = first.headers.get('etag');
      expect(etag, path).toMatch(/^W\/"[\w-]+"$/);
      expect(first.headers.get('cache-control'), path).toBe('private, no-cache');
      const again = await read(a, circleId, path);
      expect(again.status, path).toBe(200);
      expect(again.headers.get('etag'), path).toBe(etag);
      expect(again.parsed, path).toEqual(first.parsed);
      expect(again.headers.get('content-type'), path).toMatch(/^application\/json/);

      const unchanged = await read(a, circleId, path, etag!);
      expect(unchanged.status, path).toBe(304);
      expect(unchanged.parsed, path).toBeNull();
      expect(unchanged.headers.get('etag'), path).toBe(etag);
      // A list of tags, the strong form of the same tag and "*" match too (weak comparison).
      expect((await read(a, circleId, path, `W/"other", ${etag!}`)).status, path).toBe(304);
      expect((await read(a, circleId, path, etag!.slice(2))).status, path).toBe(304);
      expect((await read(a, circleId, path, '*')).status, path).toBe(304);
      // Anything else is simply not a match.
      for (const other of ['W/"other"', '"', '', 'not a tag'])
        expect((await read(a, circleId, path, other)).status, `${path} ${other}`).toBe(200);
      // Another person's answer (private items, "your" views) has a tag of its own.
      const theirs = await read(b, circleId, path, etag!);
      expect(theirs.status, path).toBe(200);
      expect(theirs.headers.get('etag'), path).not.toBe(etag);
    }
  });

  it('answers anew after any write to the circle, by anyone', async () => {
    const { a, b, circleId, aMember, bMember } = await couple(server);
    await logAct(a, circleId, bMember);
    const before = await read(a, circleId, '/balance?window=30');
    const etag = before.headers.get('etag')!;
    const given = (body: unknown) =>
      (body as { pairs: { fromMemberId: string; given: { acts: number } }[] }).pairs.find(
        (p) => p.fromMemberId === bMember,
      )!.given.acts;
    expect(given(before.parsed)).toBe(0);

    // Ben logs an act: Asha's tag no longer matches and her answer counts it.
    await logAct(b, circleId, aMember);
    const after = await read(a, circleId, '/balance?window=30', etag);
    expect(after.status).toBe(200);
    expect(after.headers.get('etag')).not.toBe(etag);
    expect(given(after.parsed)).toBe(1);

    // A season, a change to what the load looks like, a rename of the circle: each moves it.
    const writes: (() => Promise<unknown>)[] = [
      () =>
        b.post(
          '/api/circles/{circleId}/seasons',
          { circleId },
          { memberId: bMember, kind: 'illness', startsAt: new Date().toISOString() },
        ),
      () => b.put('/api/circles/{circleId}/load/me', { circleId }, { perceivedShare: 40 }),
      // The circle's own row: the keeper hands the role on.
      () => a.put('/api/circles/{circleId}/keeper', { circleId }, { memberId: bMember }),
      // A person's care languages belong to no circle but weigh in each of theirs.
      () => b.put('/api/me/care-languages', {}, { ranked: ['time', 'acts'] }),
    ];
    let last = after.headers.get('etag')!;
    for (const write of writes) {
      const reply = (await write()) as { status: number };
      expect(reply.status).toBeLessThan(300);
      const next = await read(a, circleId, '/balance?window=30', last);
      expect(next.status).toBe(200);
      expect(next.headers.get('etag')).not.toBe(last);
      last = next.headers.get('etag')!;
    }
  });

  it('keeps nothing in memory with READ_CACHE_MB=0, and still answers 304 to its tag', async () => {
    const bare = await startTestServer(database, { READ_CACHE_MB: '0' });
    try {
      const { a, circleId, bMember } = await couple(bare);
      await logAct(a, circleId, bMember);
      const first = await read(a, circleId, '/summary');
      const again = await read(a, circleId, '/summary');
      // Computed afresh (its "to" is the time of the second read), the same counts, the same tag.
      type Summary = { to: string; pairs: unknown[] };
      const [one, two] = [first.parsed as Summary, again.parsed as Summary];
      expect(Date.parse(two.to)).toBeGreaterThan(Date.parse(one.to));
      expect(two.pairs).toEqual(one.pairs);
      expect(again.headers.get('etag')).toBe(first.headers.get('etag'));
      expect((await read(a, circleId, '/summary', first.headers.get('etag')!)).status).toBe(304);
    } finally {
      await bare.stop();
    }
  });

  it('answers anew once the minute has passed, with nothing written', async () => {
    const { a, circleId } = await couple(server);
    const first = await read(a, circleId, '/balance?window=decay');
    const etag = first.headers.get('etag')!;
    server.clock.advance(READ_RESOLUTION_MS);
    const later = await read(a, circleId, '/balance?window=decay', etag);
    expect(later.status).toBe(200);
    expect(later.headers.get('etag')).not.toBe(etag);
    expect(Date.parse((later.parsed as { now: string }).now)).toBeGreaterThan(
      Date.parse((first.parsed as { now: string }).now),
    );
  });

  it('still asks whether the reader is in the circle, cached or not', async () => {
    const { b, circleId } = await couple(server);
    const etag = (await read(b, circleId, '/load')).headers.get('etag')!;
    expect((await read(b, circleId, '/load')).status).toBe(200);
    expect((await b.post('/api/circles/{circleId}/leave', { circleId })).status).toBe(204);
    for (const tag of [undefined, etag]) {
      const gone = await read(b, circleId, '/load', tag);
      expect(gone.status).toBe(404);
      expect(gone.headers.get('etag')).toBeNull();
    }
    const stranger = await server.signUp('Stranger');
    expect((await read(stranger, circleId, '/load', etag)).status).toBe(404);
    expect((await read(server.client(), circleId, '/load', etag)).status).toBe(401);
  });

  it('answers a repeated read from memory only while nothing is committed, on SQLite', async () => {
    const { a, b, circleId, aMember } = await couple(server);
    const kept = () => server.recipro.services.auth.keptLookups;
    await read(a, circleId, '/summary');
    const before = kept();
    for (let i = 0; i < 3; i++) expect((await read(a, circleId, '/summary')).status).toBe(200);
    // SQLite tells from its file whether anything was committed; PostgreSQL is always asked.
    expect(kept() - before).toBe(database.name === 'sqlite' ? 3 : 0);
    // Ben's act is a commit: Asha's next read asks again and sees it.
    const tag = (await read(a, circleId, '/summary')).headers.get('etag')!;
    await logAct(b, circleId, aMember);
    expect((await read(a, circleId, '/summary', tag)).status).toBe(200);
    // So is signing out: the ended session's cookie is refused at once.
    const cookie = a.cookie;
    expect((await read(a, circleId, '/summary')).status).toBe(200);
    expect((await a.post('/api/auth/signout', {})).status).toBe(204);
    const replayed = server.client();
    replayed.cookie = cookie;
    expect((await read(replayed, circleId, '/summary')).status).toBe(401);
  });

  // Several processes share a database server or file; PGlite lives inside one process.
  it.skipIf(database.name.includes('PGlite'))(
    'sees a write another process made: the version lives in the database',
    async () => {
      const other = await startAlongside(server);
      try {
        const { a, b, circleId, aMember, bMember } = await couple(server);
        await logAct(a, circleId, bMember);
        const first = await read(a, circleId, '/summary');
        expect(first.status).toBe(200);
        expect((await read(a, circleId, '/summary')).headers.get('etag')).toBe(
          first.headers.get('etag'),
        );
        // Ben, served by the other process, logs an act for Asha.
        const benThere = other.client();
        benThere.cookie = b.cookie;
        await logAct(benThere, circleId, aMember);
        const after = await read(a, circleId, '/summary', first.headers.get('etag')!);
        expect(after.status).toBe(200);
        expect(after.parsed).not.toEqual(first.parsed);
        // The other process answers the same version with the same tag.
        const ashaThere = other.client();
        ashaThere.cookie = a.cookie;
        const there = await read(ashaThere, circleId, '/summary', after.headers.get('etag')!);
        expect(there.status).toBe(304);
      } finally {
        await other.stop();
      }
    },
  );
});
