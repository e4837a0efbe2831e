import { randomUUID } from 'node:crypto';
import {
  aggregateActs,
  maxMembers,
  balanceFacts,
  BALANCE_WINDOWS,
  FORMS_OF_CARE,
  type ActFacts,
  type Effort,
} from '@recipro/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../src/db/database.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import { Writer } from '../../src/db/group-commit.ts';
import { ActsRepository } from '../../src/repositories/acts.ts';
import { AggregatesRepository } from '../../src/repositories/aggregates.ts';
import { CirclesRepository } from '../../src/repositories/circles.ts';
import { InvitationsRepository } from '../../src/repositories/invitations.ts';
import { JoinRequestsRepository } from '../../src/repositories/join-requests.ts';
import { UsersRepository } from '../../src/repositories/users.ts';
import { expectSameAggregates } from '../support/aggregates.ts';
import { testDatabases } from '../support/databases.ts';

const DAY = 86_400_000;

describe.each(testDatabases())('stored act aggregates on $name', (database) => {
  let db: Db;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    const created = await database.createMigrated();
    drop = created.drop;
    db = await openDatabase(created.config);
    await migrateToLatest(db.db);
  });
  afterAll(async () => {
    await db?.close();
    await drop?.();
  });

  it('equal a from-scratch aggregate after acts and acknowledgements, read back from rows', async () => {
    const users = new UsersRepository(db.db);
    const circles = new CirclesRepository(db.db);
    const invitations = new InvitationsRepository(db.db);
    const acts = new ActsRepository(db.db, new Writer(db));
    const t0 = '2026-03-01T00:00:00.000Z';
    const mk = async (name: string) =>
      (await users.create({
        id: randomUUID(),
        email: `${name}${randomUUID()}@x.test`,
        name,
        passwordHash: 'x',
        createdAt: t0,
      }))!;
    const a = await mk('a');
    const b = await mk('b');
    const circle = await circles.create({
      id: randomUUID(),
      name: 'c',
      kind: 'couple',
      createdAt: t0,
      founder: { memberId: randomUUID(), userId: a.id, name: 'a' },
    });
    const aScope = (await circles.scope(a.id, circle.id))!;
    await invitations.create(aScope, {
      id: randomUUID(),
      tokenHash: 'agg',
      createdAt: t0,
      expiresAt: '2026-04-01T00:00:00.000Z',
    });
    const accepted = await invitations.accept(
      'agg',
      { userId: b.id, name: 'b' },
      { id: randomUUID(), requestedAt: t0 },
      maxMembers,
    );
    if (accepted.status !== 'waiting') throw new Error('not accepted');
    await new JoinRequestsRepository(db.db).admit(aScope, accepted.memberId, t0, 2);
    const bScope = (await circles.scope(b.id, circle.id))!;

    const facts: ActFacts[] = [];
    const base = Date.parse('2026-03-10T08:00:00.000Z');
    for (let i = 0; i < 40; i += 1) {
      const fromA = i % 3 !== 0;
      const scope = fromA ? aScope : bScope;
      const fact = {
        fromMemberId: scope.memberId,
        toMemberId: fromA ? bScope.memberId : aScope.memberId,
        form: FORMS_OF_CARE[i % FORMS_OF_CARE.length]!,
        effort: ((i % 3) + 1) as Effort,
        at: base - ((i * 7 + (i % 5)) * DAY) / 3,
        noticedAt: null,
      };
      const stored = await acts.create(
        scope,
        {
          id: randomUUID(),
          toMemberId: fact.toMemberId,
          form: fact.form,
          effort: fact.effort,
          note: null,
          at: new Date(fact.at).toISOString(),
          createdAt: t0,
        },
        aggregateActs([fact]),
      );
      if (i % 4 === 0) {
        const receiver = fromA ? bScope : aScope;
        const noticedAt = base + DAY;
        await acts.acknowledge(receiver, stored.id, new Date(noticedAt).toISOString(), (_act, at) =>
          aggregateActs([at === null ? fact : { ...fact, noticedAt }]),
        );
        facts.push({ ...fact, noticedAt });
      } else {
        facts.push(fact);
      }
    }

    const loaded = await new AggregatesRepository(db.db).load(aScope, -1_000_000, 30);
    const expected = aggregateActs(facts);
    expectSameAggregates(loaded, expected);

    // A balance read's facts, summed by the database, equal core's reduction in every view.
    const repository = new AggregatesRepository(db.db);
    for (const now of [base + DAY, base - 40 * DAY]) {
      for (const window of BALANCE_WINDOWS) {
        const summed = await repository.balanceFacts(aScope, window, now, 30);
        const reduced = balanceFacts(expected, window, now);
        const { pairs: summedPairs, ...summedRest } = summed;
        const { pairs: reducedPairs, ...reducedRest } = reduced;
        expect(summedRest).toEqual(reducedRest);
        expect(Object.keys(summedPairs).sort()).toEqual(Object.keys(reducedPairs).sort());
        for (const [key, pair] of Object.entries(reducedPairs)) {
          const other = summedPairs[key]!;
          expect(other.daily).toEqual(pair.daily);
          if (window !== 'decay') {
            expect(other.totals).toEqual(pair.totals);
            continue;
          }
          expect(other.totals.effort).toBeCloseTo(pair.totals.effort, 9);
          expect(other.totals.acts).toBeCloseTo(pair.totals.acts, 9);
          expect(other.totals.noticed).toBeCloseTo(pair.totals.noticed, 9);
          for (const form of FORMS_OF_CARE) {
            expect(other.totals.byForm[form]).toBeCloseTo(pair.totals.byForm[form], 9);
          }
        }
      }
    }
    expect(
      Object.values(loaded.pairs)
        .map((p) => p.acts)
        .sort(),
    ).toEqual(
      Object.values(expected.pairs)
        .map((p) => p.acts)
        .sort(),
    );
  });
});
