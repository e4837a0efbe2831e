import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHAT_SUMMARY } from '../support/chat-summary.ts';
import { testDatabases } from '../support/databases.ts';
import type { Client } from '../support/client.ts';
import { couple, startTestServer, type TestServer } from '../support/server.ts';

const DAY = 86_400_000;

type Couple = Awaited<ReturnType<typeof couple>>;

/** What one list route needs for the walk: where it is, what it lists, and how to add one. */
interface ListRoute {
  readonly name: string;
  /** The list's address in this circle. */
  readonly path: (c: Couple) => string;
  /** The field of the answer holding the list. */
  readonly field: string;
  /** What tells two items apart. */
  readonly idOf?: (item: Record<string, unknown>) => string;
  /** Who reads the list (A unless said). */
  readonly reader?: (c: Couple) => Client;
  /** Adds the `i`th item. */
  readonly add: (server: TestServer, c: Couple, i: number) => Promise<void>;
  /** How many to add: more than a default page, and more than 100 where it is cheap. */
  readonly count?: number;
  /** Whether the list belongs to a circle (a cursor is then tried in another circle). */
  readonly inCircle?: boolean;
}

async function ok(reply: Promise<{ status: number; body: unknown }>, what: string): Promise<any> {
  const r = await reply;
  if (r.status >= 300) throw new Error(`${what}: ${String(r.status)} ${JSON.stringify(r.body)}`);
  return r.body;
}

const iso = (ms: number) => new Date(ms).toISOString();

const responsibility = (c: Couple, i: number) => ({
  title: `Chore ${String(i)}`,
  area: 'home',
  frequency: 'weekly',
  effort: 2,
  owners: { notice: c.aMember, plan: c.aMember, do: c.aMember, followUp: c.aMember },
});

const ROUTES: ListRoute[] = [
  {
    name: 'circles',
    path: () => '/api/circles',
    field: 'circles',
    inCircle: false,
    add: (_s, c, i) =>
      ok(
        c.a.raw('POST', '/api/circles', { name: `Circle ${String(i)}`, kind: 'friends' }),
        'circle',
      ),
  },
  {
    name: 'acts',
    path: (c) => `/api/circles/${c.circleId}/acts`,
    field: 'acts',
    count: 101,
    add: (_s, c) =>
      ok(
        c.a.raw('POST', `/api/circles/${c.circleId}/acts`, {
          toMemberId: c.bMember,
          form: 'practical',
        }),
        'act',
      ),
  },
  {
    name: 'check-ins',
    path: (c) => `/api/circles/${c.circleId}/checkins`,
    field: 'checkins',
    add: async (s, c) => {
      const opened = await ok(
        c.a.raw('POST', `/api/circles/${c.circleId}/checkins`, { instrument: 'csi4' }),
        'check-in',
      );
      for (const who of [c.a, c.b]) {
        await ok(
          who.raw('POST', `/api/circles/${c.circleId}/checkins/${String(opened.id)}/answers`, {
            answers: [3, 3, 3, 3],
          }),
          'answer',
        );
      }
      s.clock.advance(1000);
    },
  },
  {
    name: 'values conversations',
    path: (c) => `/api/circles/${c.circleId}/values`,
    field: 'conversations',
    add: async (s, c) => {
      await ok(c.a.raw('POST', `/api/circles/${c.circleId}/values`), 'values');
      s.clock.advance(1000);
    },
  },
  {
    name: 'reflections',
    path: (c) => `/api/circles/${c.circleId}/reflections`,
    field: 'reflections',
    add: (_s, c, i) =>
      ok(
        c.a.raw('POST', `/api/circles/${c.circleId}/reflections`, { text: `Thought ${String(i)}` }),
        'reflection',
      ),
  },
  {
    name: 'needs',
    path: (c) => `/api/circles/${c.circleId}/needs`,
    field: 'needs',
    add: (_s, c, i) =>
      ok(
        c.a.raw('POST', `/api/circles/${c.circleId}/needs`, { text: `Need ${String(i)}` }),
        'need',
      ),
  },
  {
    name: 'ruptures',
    path: (c) => `/api/circles/${c.circleId}/ruptures`,
    field: 'ruptures',
    add: (_s, c) =>
      ok(
        c.a.raw('POST', `/api/circles/${c.circleId}/ruptures`, { note: 'A hard moment' }),
        'rupture',
      ),
  },
  {
    name: 'seasons',
    path: (c) => `/api/circles/${c.circleId}/seasons`,
    field: 'seasons',
    add: (s, c, i) =>
      ok(
        c.a.raw('POST', `/api/circles/${c.circleId}/seasons`, {
          memberId: c.aMember,
          kind: 'work',
          startsAt: iso(s.clock.t - (40 - i) * DAY),
          endsAt: iso(s.clock.t - (40 - i) * DAY + DAY / 2),
        }),
        'season',
      ),
  },
  {
    name: 'responsibilities',
    path: (c) => `/api/circles/${c.circleId}/responsibilities`,
    field: 'responsibilities',
    add: (_s, c, i) =>
      ok(
        c.a.raw('POST', `/api/circles/${c.circleId}/responsibilities`, responsibility(c, i)),
        'responsibility',
      ),
  },
  {
    name: 'hand-overs',
    path: (c) => `/api/circles/${c.circleId}/handovers`,
    field: 'handovers',
    add: async (_s, c, i) => {
      const made = await ok(
        c.a.raw('POST', `/api/circles/${c.circleId}/responsibilities`, responsibility(c, i)),
        'responsibility',
      );
      const item = Array.isArray(made.responsibilities) ? made.responsibilities[0] : made;
      await ok(
        c.a.raw('POST', `/api/circles/${c.circleId}/handovers`, {
          responsibilityId: item.id,
          stage: 'do',
          toMemberId: c.bMember,
        }),
        'hand-over',
      );
    },
  },
  {
    name: 'rituals',
    path: (c) => `/api/circles/${c.circleId}/rituals`,
    field: 'rituals',
    add: (_s, c, i) =>
      ok(
        c.a.raw('POST', `/api/circles/${c.circleId}/rituals`, {
          kind: 'appreciation',
          title: `Kind words ${String(i)}`,
          rrule: 'FREQ=DAILY',
          time: '20:00',
          timezone: 'Europe/Lisbon',
        }),
        'ritual',
      ),
  },
  {
    name: 'chat summaries',
    path: (c) => `/api/circles/${c.circleId}/chat-summaries`,
    field: 'summaries',
    add: (_s, c) =>
      ok(c.a.raw('POST', `/api/circles/${c.circleId}/chat-summaries`, CHAT_SUMMARY), 'summary'),
  },
  {
    name: 'sessions',
    path: () => '/api/me/sessions',
    field: 'sessions',
    inCircle: false,
    add: async (s, c) => {
      const browser = s.client();
      await ok(
        browser.raw('POST', '/api/auth/signin', {
          email: (await ok(c.a.raw('GET', '/api/me'), 'me')).email,
          password: 'a good long password',
        }),
        'sign-in',
      );
    },
  },
  {
    name: 'updates',
    path: () => '/api/me/updates',
    field: 'updates',
    inCircle: false,
    add: async (_s, c) => {
      const act = await ok(
        c.a.raw('POST', `/api/circles/${c.circleId}/acts`, {
          toMemberId: c.bMember,
          form: 'practical',
        }),
        'act',
      );
      await ok(
        c.b.raw('POST', `/api/circles/${c.circleId}/acts/${String(act.id)}/question`),
        'question',
      );
    },
  },
  {
    name: 'past questions',
    path: (c) => `/api/circles/${c.circleId}/questions`,
    field: 'days',
    idOf: (d) => String(d.date),
    add: async (s, c, i) => {
      for (const who of [c.a, c.b]) {
        await ok(
          who.raw('POST', `/api/circles/${c.circleId}/question/answer`, {
            text: `Answer ${String(i)}`,
          }),
          'answer',
        );
      }
      s.clock.advance(DAY);
    },
  },
];

const idOf = (route: ListRoute, item: Record<string, unknown>) =>
  route.idOf ? route.idOf(item) : String(item.id);

const withQuery = (path: string, query: Record<string, string | number>) =>
  `${path}?${new URLSearchParams(Object.entries(query).map(([k, v]): [string, string] => [k, String(v)])).toString()}`;

/** A page as any list answers it, read from a raw answer (the routes are walked by address). */
function pageOf(body: unknown, field: string): { items: Record<string, unknown>[]; next: unknown } {
  if (typeof body !== 'object' || body === null) throw new Error(`not a page: ${String(body)}`);
  const record = body as Record<string, unknown>;
  const items = record[field];
  if (!Array.isArray(items)) throw new Error(`no ${field} in ${JSON.stringify(body)}`);
  return { items: items as Record<string, unknown>[], next: record.next };
}

/** Reads every page of a list, `limit` at a time; the ids in order, and each page's size. */
async function walk(
  reader: Client,
  route: ListRoute,
  path: string,
  limit: number,
): Promise<{ ids: string[]; sizes: number[] }> {
  const ids: string[] = [];
  const sizes: number[] = [];
  let before: string | null = null;
  for (let pages = 0; pages < 200; pages += 1) {
    const query: Record<string, string | number> = { limit };
    if (before !== null) query.before = before;
    const reply = await reader.raw('GET', withQuery(path, query));
    expect(reply.status, `${route.name} page ${String(pages)}`).toBe(200);
    const page = pageOf(reply.body, route.field);
    const items = page.items;
    ids.push(...items.map((item) => idOf(route, item)));
    sizes.push(items.length);
    before = page.next as string | null;
    if (before === null) return { ids, sizes };
    expect(before).toMatch(/^[A-Za-z0-9_-]+$/);
  }
  throw new Error(`${route.name}: no end after 200 pages`);
}

const expectRefused = (reply: { status: number; body: any }, what: string) => {
  expect(reply.status, what).toBe(400);
  expect(reply.body.error.code, what).toBe('validation_failed');
  expect(typeof reply.body.error.message, what).toBe('string');
};

describe.each(testDatabases())('every list pages with a cursor on $name', (database) => {
  let server: TestServer;
  beforeAll(async () => {
    // A question a day needs more than a month of days; sign-ins last through them.
    server = await startTestServer(database, { SESSION_DAYS: '365' });
  });
  afterAll(async () => server?.stop());

  it.each(ROUTES.map((r) => [r.name, r] as const))('%s', async (_name, route) => {
    const c = await couple(server);
    const reader = route.reader?.(c) ?? c.a;
    const path = route.path(c);
    const before = (await walk(reader, route, path, 100)).ids;
    const count = route.count ?? 35;
    for (let i = 0; i < count; i += 1) {
      await route.add(server, c, i);
      server.clock.advance(10);
    }

    // The default page holds 30, and says where the next one starts.
    const first = await reader.raw('GET', path);
    expect(first.status).toBe(200);
    const firstPage = pageOf(first.body, route.field);
    expect(firstPage.items).toHaveLength(30);
    expect(typeof firstPage.next).toBe('string');

    // Pages of 100 and pages of 7 list the same items in the same order: none twice, none left out.
    const big = await walk(reader, route, path, 100);
    expect(big.ids.length).toBeGreaterThanOrEqual(count + before.length);
    expect(new Set(big.ids).size).toBe(big.ids.length);
    expect(big.sizes.every((n) => n <= 100)).toBe(true);
    if (big.ids.length > 100) expect(big.sizes[0]).toBe(100);
    const small = await walk(reader, route, path, 7);
    expect(small.ids).toEqual(big.ids);
    expect(small.sizes.slice(0, -1).every((n) => n === 7)).toBe(true);
    expect(small.sizes.at(-1)).toBeGreaterThan(0);
    // The first default page is the start of the whole list.
    expect(firstPage.items.map((item) => idOf(route, item))).toEqual(big.ids.slice(0, 30));

    // Limits outside 1–100 and cursors this server did not make: 400 in the error shape.
    for (const limit of [101, 0, -1, 1.5]) {
      expectRefused(await reader.raw('GET', withQuery(path, { limit })), `limit ${String(limit)}`);
    }
    const someId = big.ids[0]!;
    const cursor = firstPage.next as string;
    for (const bad of [
      'nonsense',
      someId,
      '2026-01-01',
      `${cursor}x`,
      Buffer.from(`not a time|${someId}`).toString('base64url'),
      Buffer.from('2026-01-01T00:00:00.000Z|a|b').toString('base64url'),
      'a'.repeat(201),
      '%00',
    ]) {
      expectRefused(await reader.raw('GET', withQuery(path, { before: bad })), `before ${bad}`);
    }
    // …and nothing changed.
    expect((await walk(reader, route, path, 100)).ids).toEqual(big.ids);

    if (route.inCircle !== false) {
      // A cursor carries no circle: used in another circle it only says where to start there.
      const other = await couple(server);
      const theirs = await other.a.raw('GET', withQuery(route.path(other), { before: cursor }));
      expect(theirs.status).toBe(200);
      const mine = new Set(big.ids);
      for (const item of pageOf(theirs.body, route.field).items) {
        expect(mine.has(idOf(route, item))).toBe(false);
      }
      expect(JSON.stringify(theirs.body)).not.toContain(c.circleId);
      // Someone outside the circle gets nothing, cursor or not.
      const outside = await other.a.raw('GET', withQuery(path, { before: cursor }));
      expect(outside.status).toBe(404);
    }
  });
});
