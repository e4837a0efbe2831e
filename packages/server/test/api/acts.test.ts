import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Query } from '../../../web/src/api/typed.ts';
import { testDatabases } from '../support/databases.ts';
import { couple, startTestServer, type TestServer } from '../support/server.ts';

describe.each(testDatabases())('acts of care on $name', (database) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(database);
  });
  afterAll(async () => server?.stop());

  it('logs acts both ways, lets the receiver notice them, and sums them up', async () => {
    const { a, b, circleId, aMember, bMember } = await couple(server);
    const tea = await a.post(
      '/api/circles/{circleId}/acts',
      { circleId },
      {
        toMemberId: bMember,
        form: 'practical',
        note: 'Made tea',
      },
    );
    expect(tea.status).toBe(201);
    expect(tea.body).toMatchObject({
      circleId,
      fromMemberId: aMember,
      toMemberId: bMember,
      form: 'practical',
      effort: 1,
      note: 'Made tea',
      noticedAt: null,
    });
    await a.post(
      '/api/circles/{circleId}/acts',
      { circleId },
      {
        toMemberId: bMember,
        form: 'emotional',
        effort: 3,
      },
    );
    await b.post(
      '/api/circles/{circleId}/acts',
      { circleId },
      {
        toMemberId: aMember,
        form: 'appreciation',
        effort: 2,
      },
    );
    const acknowledge = '/api/circles/{circleId}/acts/{actId}/acknowledge';
    const noticed = await b.post(acknowledge, { circleId, actId: tea.body.id });
    expect(noticed.status).toBe(200);
    expect(noticed.body.noticedAt).not.toBeNull();
    const again = await b.post(acknowledge, { circleId, actId: tea.body.id });
    expect(again.body.noticedAt).toBe(noticed.body.noticedAt);
    const summary = await a.get(
      '/api/circles/{circleId}/summary',
      { circleId },
      { query: { days: 30 } },
    );
    expect(summary.status).toBe(200);
    expect(summary.body.days).toBe(30);
    expect(Date.parse(summary.body.to) - Date.parse(summary.body.from)).toBe(30 * 86_400_000);
    expect(summary.body.pairs).toEqual([
      { fromMemberId: aMember, toMemberId: bMember, acts: 2, effort: 4, noticed: 1 },
      { fromMemberId: bMember, toMemberId: aMember, acts: 1, effort: 2, noticed: 0 },
    ]);
  });

  it('lets only the receiver say "I noticed"', async () => {
    const { a, circleId, bMember } = await couple(server);
    const act = (
      await a.post(
        '/api/circles/{circleId}/acts',
        { circleId },
        { toMemberId: bMember, form: 'affection' },
      )
    ).body;
    const acknowledge = '/api/circles/{circleId}/acts/{actId}/acknowledge';
    const byGiver = await a.post(acknowledge, { circleId, actId: act.id });
    expect(byGiver.status).toBe(403);
    expect(byGiver.error.code).toBe('forbidden');
    expect(
      (await a.get('/api/circles/{circleId}/acts', { circleId })).body.acts[0]?.noticedAt,
    ).toBeNull();
    expect((await a.post(acknowledge, { circleId, actId: 'no-such-act' })).status).toBe(404);
  });
  it('lists acts newest first, filtered by time and by person', async () => {
    const { a, b, circleId, aMember, bMember } = await couple(server);
    const path = '/api/circles/{circleId}/acts';
    const base = Date.parse('2026-01-10T12:00:00.000Z');
    for (let i = 0; i < 5; i += 1) {
      const at = new Date(base + i * 86_400_000).toISOString();
      await a.post(
        '/api/circles/{circleId}/acts',
        { circleId },
        {
          toMemberId: bMember,
          form: 'quality_time',
          at,
        },
      );
    }
    await b.post(
      '/api/circles/{circleId}/acts',
      { circleId },
      {
        toMemberId: aMember,
        form: 'repair',
        at: '2026-01-12T08:00:00+05:30',
      },
    );
    const acts = (query: Query<'get', typeof path> = {}) => a.get(path, { circleId }, { query });
    const all = (await acts()).body.acts;
    expect(all).toHaveLength(6);
    const times = all.map((x) => Date.parse(x.at));
    expect([...times].sort((x, y) => y - x)).toEqual(times);
    expect(all.find((x) => x.form === 'repair')?.at).toBe('2026-01-12T02:30:00.000Z');

    const window = await acts({ from: '2026-01-11T00:00:00Z', to: '2026-01-13T00:00:00Z' });
    expect(window.body.acts).toHaveLength(3);
    // A window given in India's offset means the same instants as in UTC.
    const inUtc = await acts({ from: '2026-01-11T11:30:00Z', to: '2026-01-12T11:30:00Z' });
    const inIndia = await acts({
      from: '2026-01-11T17:00:00+05:30',
      to: '2026-01-12T17:00:00+05:30',
    });
    expect(inUtc.body.acts.map((x) => x.at)).toEqual([
      '2026-01-12T02:30:00.000Z',
      '2026-01-11T12:00:00.000Z',
    ]);
    expect(inIndia.body.acts).toEqual(inUtc.body.acts);
    const toMe = await acts({ toMemberId: aMember });
    expect(toMe.body.acts.map((x) => x.form)).toEqual(['repair']);
    const limited = await acts({ limit: 2 });
    expect(limited.body.acts).toHaveLength(2);
  });

  it('keeps text exactly as sent', async () => {
    const { a, circleId, bMember } = await couple(server);
    const notes = [
      `She said "thank you" — it's fine`,
      '🫖💛 chai at 6, नमस्ते',
      "'); DROP TABLE acts; --",
      '  leading and trailing spaces  ',
      'line one\nline two\ttab \\ backslash',
      'e\u0301 (combining) vs é',
    ];
    for (const note of notes) {
      const reply = await a.post(
        '/api/circles/{circleId}/acts',
        { circleId },
        { toMemberId: bMember, form: 'practical', note },
      );
      expect(reply.status).toBe(201);
      expect(reply.body.note).toBe(note);
    }
    const stored = (await a.get('/api/circles/{circleId}/acts', { circleId })).body.acts.map(
      (x) => x.note,
    );
    expect([...stored].sort()).toEqual([...notes].sort());
  });

  it('refuses bad acts with a 4xx in the error shape and changes nothing', async () => {
    const { a, circleId, aMember, bMember } = await couple(server);
    const other = await couple(server);
    const path = `/api/circles/${circleId}/acts`;
    const cases: [string, unknown, number][] = [
      ['malformed JSON', '{"toMemberId": ', 400],
      ['a JSON array', '[1,2]', 400],
      ['an unknown form', { toMemberId: bMember, form: 'money' }, 400],
      ['effort 0', { toMemberId: bMember, form: 'practical', effort: 0 }, 400],
      ['effort 4', { toMemberId: bMember, form: 'practical', effort: 4 }, 400],
      ['effort 1.5', { toMemberId: bMember, form: 'practical', effort: 1.5 }, 400],
      ['effort as text', { toMemberId: bMember, form: 'practical', effort: '2' }, 400],
      ['an unknown field', { toMemberId: bMember, form: 'practical', weight: 1 }, 400],
      ['no receiver', { form: 'practical' }, 400],
      ['a receiver from another circle', { toMemberId: other.bMember, form: 'practical' }, 400],
      ['oneself as receiver', { toMemberId: aMember, form: 'practical' }, 400],
      [
        'a note that is too long',
        { toMemberId: bMember, form: 'practical', note: 'x'.repeat(2001) },
        400,
      ],
      [
        'a date that is not a date',
        { toMemberId: bMember, form: 'practical', at: 'yesterday' },
        400,
      ],
      [
        'a date far in the future',
        { toMemberId: bMember, form: 'practical', at: '2999-01-01T00:00:00Z' },
        400,
      ],
      [
        'an oversized body',
        { toMemberId: bMember, form: 'practical', note: 'x'.repeat(70_000) },
        413,
      ],
    ];
    for (const [label, body, status] of cases) {
      const reply = await a.raw('POST', path, body);
      expect(reply.status, label).toBe(status);
      expect(reply.error, label).toEqual(
        expect.objectContaining({ code: expect.any(String), message: expect.any(String) }),
      );
    }
    expect((await a.get('/api/circles/{circleId}/acts', { circleId })).body.acts).toEqual([]);

    for (const query of [
      '?from=not-a-date',
      '?limit=0',
      '?limit=501',
      '?unknown=1',
      '?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z',
    ]) {
      const reply = await a.raw('GET', `${path}${query}`);
      expect(reply.status, query).toBe(400);
      expect(reply.error.code).toBe('validation_failed');
    }
    for (const query of ['?days=0', '?days=366', '?days=thirty']) {
      expect((await a.raw('GET', `/api/circles/${circleId}/summary${query}`)).status, query).toBe(
        400,
      );
    }
  });
});
