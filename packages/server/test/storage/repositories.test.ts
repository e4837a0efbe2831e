import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../src/db/database.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import { migrations } from '../../src/db/migrations/index.ts';
import { Writer } from '../../src/db/group-commit.ts';
import { ActsRepository } from '../../src/repositories/acts.ts';
import { CirclesRepository } from '../../src/repositories/circles.ts';
import { InvitationsRepository } from '../../src/repositories/invitations.ts';
import { JoinRequestsRepository } from '../../src/repositories/join-requests.ts';
import { NotificationSettingsRepository } from '../../src/repositories/notification-settings.ts';
import { SessionsRepository } from '../../src/repositories/sessions.ts';
import { UsersRepository } from '../../src/repositories/users.ts';
import { testDatabases } from '../support/databases.ts';
import { createAggregates, maxMembers } from '@recipro/core';

/** An act that adds nothing to the aggregates, for tests about other things. */
const NO_DELTA = createAggregates();

/** One contract, every database: the repositories must behave the same on each dialect. */
describe.each(testDatabases())('storage contract on $name', (database) => {
  let db: Db;
  let drop: () => Promise<void>;
  let users: UsersRepository;
  let circles: CirclesRepository;
  let invitations: InvitationsRepository;
  let joinRequests: JoinRequestsRepository;
  let acts: ActsRepository;
  let sessions: SessionsRepository;
  const t0 = '2026-03-01T10:00:00.000Z';

  beforeAll(async () => {
    const created = await database.create();
    drop = created.drop;
    db = await openDatabase(created.config);
    expect(await migrateToLatest(db.db)).toEqual(Object.keys(migrations));
    expect(Object.keys(migrations)[0]).toBe('0001_init');
    users = new UsersRepository(db.db);
    circles = new CirclesRepository(db.db);
    invitations = new InvitationsRepository(db.db);
    joinRequests = new JoinRequestsRepository(db.db);
    acts = new ActsRepository(db.db, new Writer(db));
    sessions = new SessionsRepository(db.db);
  });
  afterAll(async () => {
    await db?.close();
    await drop?.();
  });

  const newUser = async (name: string) => {
    const user = await users.create({
      id: randomUUID(),
      email: `${name}.${randomUUID()}@example.test`,
      name,
      passwordHash: 'x',
      createdAt: t0,
    });
    if (!user) throw new Error('user not created');
    return user;
  };

  const newCircle = async (founder: { id: string; name: string }) =>
    circles.create({
      id: randomUUID(),
      name: 'c',
      kind: 'couple',
      createdAt: t0,
      founder: { memberId: randomUUID(), userId: founder.id, name: founder.name },
    });

  const join = async (
    circleId: string,
    user: { id: string; name: string },
    inviterScope: Awaited<ReturnType<typeof circles.scope>>,
  ) => {
    const tokenHash = randomUUID();
    await invitations.create(inviterScope!, {
      id: randomUUID(),
      tokenHash,
      createdAt: t0,
      expiresAt: '2026-03-08T10:00:00.000Z',
    });
    const at = '2026-03-01T11:00:00.000Z';
    const result = await invitations.accept(
      tokenHash,
      { userId: user.id, name: user.name },
      { id: randomUUID(), requestedAt: at },
      maxMembers,
    );
    if (result.status !== 'waiting') throw new Error(result.status);
    const admitted = await joinRequests.admit(inviterScope!, result.memberId, at, null);
    if (admitted.status !== 'admitted') throw new Error(admitted.status);
    return result.memberId;
  };

  it('migrating again does nothing', async () => {
    expect(await migrateToLatest(db.db)).toEqual([]);
  });

  it('refuses a database migrated by a newer recipro', async () => {
    await db.db
      .insertInto('kysely_migration' as never)
      .values({ name: '9999_future', timestamp: t0 } as never)
      .execute();
    try {
      await expect(migrateToLatest(db.db)).rejects.toThrow(/newer recipro/);
    } finally {
      await db.db
        .deleteFrom('kysely_migration' as never)
        .where('name' as never, '=', '9999_future' as never)
        .execute();
    }
  });

  it('treats emails as one account regardless of case and spaces', async () => {
    const first = await users.create({
      id: randomUUID(),
      email: 'Same@Example.test',
      name: 'a',
      passwordHash: 'x',
      createdAt: t0,
    });
    expect(first).not.toBeNull();
    expect(
      await users.create({
        id: randomUUID(),
        email: ' same@example.TEST ',
        name: 'b',
        passwordHash: 'x',
        createdAt: t0,
      }),
    ).toBeNull();
    expect((await users.findByEmail('SAME@example.test'))?.email).toBe('Same@Example.test');
  });

  it('reads the people it writes to with their language, settings or not', async () => {
    const settings = new NotificationSettingsRepository(db.db);
    const amal = await users.create({
      id: randomUUID(),
      email: `amal.${randomUUID()}@example.test`,
      name: 'Amal',
      passwordHash: 'x',
      createdAt: t0,
      locale: 'ar',
    });
    const nova = await newUser('Nova');
    await settings.getOrCreate(
      amal!.id,
      {
        email: true,
        push: false,
        quietHours: { from: '22:00', to: '07:00' },
        timezone: 'Asia/Dubai',
        unsubscribeToken: `u-${amal!.id}`,
        calendarToken: `c-${amal!.id}`,
      },
      t0,
    );
    const people = await settings.recipients([amal!.id, nova.id, randomUUID()]);
    expect([...people.keys()].sort()).toEqual([amal!.id, nova.id].sort());
    expect(people.get(amal!.id)).toEqual({
      user: { id: amal!.id, email: amal!.email, name: 'Amal', locale: 'ar' },
      settings: {
        email: true,
        push: false,
        quietHours: { from: '22:00', to: '07:00' },
        timezone: 'Asia/Dubai',
        unsubscribeToken: `u-${amal!.id}`,
        calendarToken: `c-${amal!.id}`,
      },
    });
    expect(people.get(nova.id)).toEqual({
      user: { id: nova.id, email: nova.email, name: 'Nova', locale: null },
      settings: null,
    });
    expect(await settings.userByCalendarToken(`c-${amal!.id}`)).toEqual({
      userId: amal!.id,
      locale: 'ar',
    });
    expect(await settings.userByCalendarToken('c-nobody')).toBeUndefined();
    expect(await settings.localeByUnsubscribeToken(`u-${amal!.id}`)).toBe('ar');
    expect(await settings.localeByUnsubscribeToken('u-nobody')).toBeNull();
  });

  it('finds a session only until it expires', async () => {
    const user = await newUser('s');
    await sessions.create({
      id: 'hash-1',
      publicId: randomUUID(),
      userId: user.id,
      createdAt: t0,
      expiresAt: '2026-03-02T10:00:00.000Z',
      userAgent: null,
    });
    expect((await sessions.findUser('hash-1', '2026-03-02T09:59:59.999Z'))?.user.id).toBe(user.id);
    expect(await sessions.findUser('hash-1', '2026-03-02T10:00:00.000Z')).toBeUndefined();
    await sessions.deleteExpired('2026-03-03T00:00:00.000Z');
    expect(await sessions.findUser('hash-1', t0)).toBeUndefined();
  });

  it('reads circles only through membership', async () => {
    const a = await newUser('a');
    const stranger = await newUser('stranger');
    const circle = await newCircle(a);
    expect(await circles.getForUser(a.id, circle.id)).toMatchObject({
      id: circle.id,
      myMemberId: circle.myMemberId,
    });
    expect(await circles.getForUser(stranger.id, circle.id)).toBeUndefined();
    expect(await circles.scope(stranger.id, circle.id)).toBeUndefined();
    expect(await circles.listForUser(stranger.id)).toEqual([]);
    const scope = await circles.scope(a.id, circle.id);
    await acts.create(
      scope!,
      {
        id: randomUUID(),
        toMemberId: circle.myMemberId,
        form: 'practical',
        effort: 1,
        note: null,
        at: t0,
        createdAt: t0,
      },
      NO_DELTA,
    );
    expect(await acts.list(stranger.id, circle.id)).toEqual([]);
    expect(await acts.list(a.id, circle.id)).toHaveLength(1);
  });

  it('lets exactly one of two people racing for one invitation in', async () => {
    const a = await newUser('a');
    const circle = await newCircle(a);
    const scope = await circles.scope(a.id, circle.id);
    await invitations.create(scope!, {
      id: randomUUID(),
      tokenHash: 'race',
      createdAt: t0,
      expiresAt: '2026-03-08T10:00:00.000Z',
    });
    const [x, y] = [await newUser('x'), await newUser('y')];
    const results = await Promise.all([
      invitations.accept(
        'race',
        { userId: x.id, name: 'x' },
        { id: randomUUID(), requestedAt: '2026-03-02T00:00:00.000Z' },
        maxMembers,
      ),
      invitations.accept(
        'race',
        { userId: y.id, name: 'y' },
        { id: randomUUID(), requestedAt: '2026-03-02T00:00:00.000Z' },
        maxMembers,
      ),
    ]);
    // The loser finds the link used, or (having read it before the winner committed) the couple full.
    const statuses = results.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 'waiting')).toHaveLength(1);
    expect(['invalid', 'circle_full']).toContain(statuses.find((s) => s !== 'waiting'));
    const waiting = results.find((r) => r.status === 'waiting');
    if (waiting?.status !== 'waiting') throw new Error('nobody waits');
    const admitted = await joinRequests.admit(
      scope!,
      waiting.memberId,
      '2026-03-02T00:00:01.000Z',
      2,
    );
    expect(admitted.status).toBe('admitted');
    expect((await circles.getForUser(a.id, circle.id))?.members).toHaveLength(2);
  });

  it('refuses, in the database itself, an act to a member of another circle', async () => {
    const a = await newUser('a');
    const b = await newUser('b');
    const mine = await newCircle(a);
    const theirs = await newCircle(b);
    const scope = await circles.scope(a.id, mine.id);
    await expect(
      acts.create(
        scope!,
        {
          id: randomUUID(),
          toMemberId: theirs.myMemberId,
          form: 'practical',
          effort: 1,
          note: null,
          at: t0,
          createdAt: t0,
        },
        NO_DELTA,
      ),
    ).rejects.toThrow();
    expect(await acts.list(a.id, mine.id)).toEqual([]);
  });

  it('refuses an effort outside 1 to 3 in the database itself', async () => {
    const a = await newUser('a');
    const circle = await newCircle(a);
    await expect(
      db.db
        .insertInto('acts')
        .values({
          id: randomUUID(),
          circle_id: circle.id,
          from_member_id: circle.myMemberId,
          to_member_id: circle.myMemberId,
          form: 'practical',
          effort: 9,
          note: null,
          at: t0,
          created_at: t0,
        })
        .execute(),
    ).rejects.toThrow();
  });

  it('stores acts and acknowledgements, once each', async () => {
    const a = await newUser('a');
    const b = await newUser('b');
    const circle = await newCircle(a);
    const aScope = (await circles.scope(a.id, circle.id))!;
    const bMember = await join(circle.id, b, aScope);
    const bScope = (await circles.scope(b.id, circle.id))!;
    const note = `"quoted" 'single' 🫖 ; drop table acts; --`;
    const act = await acts.create(
      aScope,
      {
        id: randomUUID(),
        toMemberId: bMember,
        form: 'mental_load',
        effort: 3,
        note,
        at: t0,
        createdAt: t0,
      },
      NO_DELTA,
    );
    expect(await acts.acknowledge(aScope, act.id, '2026-03-01T11:00:00.000Z', () => NO_DELTA)).toBe(
      false,
    );
    await acts.acknowledge(bScope, act.id, '2026-03-01T12:00:00.000Z', () => NO_DELTA);
    await acts.acknowledge(bScope, act.id, '2026-03-01T13:00:00.000Z', () => NO_DELTA);
    const [stored] = await acts.list(b.id, circle.id);
    expect(stored).toEqual({ ...act, noticedAt: '2026-03-01T12:00:00.000Z' });
    const count = await sql<{
      n: number | string;
    }>`select count(*) as n from acknowledgements`.execute(db.db);
    expect(Number(count.rows[0]?.n)).toBeGreaterThanOrEqual(1);
  });

  it('commits writes that arrive together, each in its own savepoint', async () => {
    const a = await newUser('a');
    const mine = await newCircle(a);
    const theirs = await newCircle(await newUser('b'));
    const scope = (await circles.scope(a.id, mine.id))!;
    const act = (to: string) => ({
      id: randomUUID(),
      toMemberId: to,
      form: 'practical' as const,
      effort: 1 as const,
      note: null,
      at: t0,
      createdAt: t0,
    });
    const results = await Promise.allSettled([
      ...Array.from({ length: 20 }, () => acts.create(scope, act(mine.myMemberId), NO_DELTA)),
      // A member of another circle: the database refuses this one write, and only this one.
      acts.create(scope, act(theirs.myMemberId), NO_DELTA),
      ...Array.from({ length: 20 }, () => acts.create(scope, act(mine.myMemberId), NO_DELTA)),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(40);
    expect(results[20]!.status).toBe('rejected');
    expect(await acts.list(a.id, mine.id)).toHaveLength(40);
  });

  it('deleting a circle removes its rows with it', async () => {
    const a = await newUser('a');
    const circle = await newCircle(a);
    const scope = (await circles.scope(a.id, circle.id))!;
    await acts.create(
      scope,
      {
        id: randomUUID(),
        toMemberId: circle.myMemberId,
        form: 'practical',
        effort: 1,
        note: null,
        at: t0,
        createdAt: t0,
      },
      NO_DELTA,
    );
    await db.db.deleteFrom('circles').where('id', '=', circle.id).execute();
    const left = await db.db
      .selectFrom('acts')
      .select('id')
      .where('circle_id', '=', circle.id)
      .execute();
    const members = await db.db
      .selectFrom('members')
      .select('id')
      .where('circle_id', '=', circle.id)
      .execute();
    expect(left).toEqual([]);
    expect(members).toEqual([]);
  });
});
