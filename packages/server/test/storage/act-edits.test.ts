import { randomUUID } from 'node:crypto';
import { aggregateActs, FORMS_OF_CARE, type FormOfCare } from '@recipro/core';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../src/db/database.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import { Writer } from '../../src/db/group-commit.ts';
import { ActsRepository, toCoreAct } from '../../src/repositories/acts.ts';
import { AggregatesRepository } from '../../src/repositories/aggregates.ts';
import { CirclesRepository } from '../../src/repositories/circles.ts';
import { InvitationsRepository } from '../../src/repositories/invitations.ts';
import { JoinRequestsRepository } from '../../src/repositories/join-requests.ts';
import { UsersRepository, type UserRecord } from '../../src/repositories/users.ts';
import { UpdatesRepository } from '../../src/repositories/updates.ts';
import { UpdatesService } from '../../src/services/updates.ts';
import { ActsService } from '../../src/services/acts.ts';
import { ANALYTICS_OPTIONS } from '../../src/services/analytics-options.ts';
import { CirclesService } from '../../src/services/circles.ts';
import { expectSameAggregates } from '../support/aggregates.ts';
import { testDatabases } from '../support/databases.ts';
import { TestClock } from '../support/server.ts';

const DAY = 86_400_000;

/** One step a couple may take on their acts: log, notice, question, edit or take back. */
type Step =
  | { kind: 'log'; byA: boolean; form: FormOfCare; effort: number; daysAgo: number }
  | { kind: 'notice'; pick: number }
  | { kind: 'question'; pick: number }
  | {
      kind: 'edit';
      pick: number;
      form?: FormOfCare;
      effort?: number;
      daysAgo?: number;
      note?: string | null;
    }
  | { kind: 'delete'; pick: number };

const form = fc.constantFrom(...FORMS_OF_CARE);
const effort = fc.integer({ min: 1, max: 3 });
const daysAgo = fc.integer({ min: 0, max: 400 });
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('log' as const), byA: fc.boolean(), form, effort, daysAgo }),
  fc.record({ kind: fc.constant('notice' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('question' as const), pick: fc.nat() }),
  fc.record(
    {
      kind: fc.constant('edit' as const),
      pick: fc.nat(),
      form,
      effort,
      daysAgo,
      note: fc.option(fc.string(), { nil: null }),
    },
    { requiredKeys: ['kind', 'pick'] },
  ),
  fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }),
);

describe.each(testDatabases())('editing and taking back acts on $name', (database) => {
  let db: Db;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    const created = await database.create();
    drop = created.drop;
    db = await openDatabase(created.config);
    await migrateToLatest(db.db);
  });
  afterAll(async () => {
    await db?.close();
    await drop?.();
  });

  it('keeps the stored aggregates equal to a from-scratch aggregate of the acts that remain and count', async () => {
    const clock = new TestClock(Date.parse('2026-06-01T12:00:00.000Z'));
    const users = new UsersRepository(db.db);
    const circlesRepository = new CirclesRepository(db.db);
    const invitations = new InvitationsRepository(db.db);
    const updates = new UpdatesService(new UpdatesRepository(db.db), clock);
    const circles = new CirclesService(
      circlesRepository,
      invitations,
      new JoinRequestsRepository(db.db),
      updates,
      clock,
    );
    const actsRepository = new ActsRepository(db.db, new Writer(db));
    const acts = new ActsService(actsRepository, circlesRepository, circles, updates, clock);
    const aggregates = new AggregatesRepository(db.db);

    const person = async (name: string): Promise<UserRecord> =>
      (await users.create({
        id: randomUUID(),
        email: `${name}.${randomUUID()}@x.test`,
        name,
        passwordHash: 'x',
        createdAt: new Date(clock.now()).toISOString(),
      }))!;

    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 25 }), async (steps) => {
        const a = await person('a');
        const b = await person('b');
        const circle = await circles.create(a, { name: 'c', kind: 'couple' });
        const invitation = await circles.invite(a, circle.id);
        const joined = await circles.acceptInvitation(b, invitation.token);
        await circles.admit(a, circle.id, joined.memberId);
        const memberOf = (byA: boolean) => (byA ? circle.myMemberId : joined.memberId);
        const ids: { id: string; giver: UserRecord; receiver: UserRecord }[] = [];
        const chosen = (pick: number) => (ids.length === 0 ? undefined : ids[pick % ids.length]);
        const dated = (days: number) => new Date(clock.now() - days * DAY).toISOString();

        for (const s of steps) {
          if (s.kind === 'log') {
            const act = await acts.log(s.byA ? a : b, circle.id, {
              toMemberId: memberOf(!s.byA),
              form: s.form,
              effort: s.effort,
              at: dated(s.daysAgo),
            });
            ids.push({ id: act.id, giver: s.byA ? a : b, receiver: s.byA ? b : a });
            continue;
          }
          const target = chosen(s.pick);
          if (!target) continue;
          if (s.kind === 'notice') {
            await acts.acknowledge(target.receiver, circle.id, target.id);
          } else if (s.kind === 'question') {
            const questioned = await acts.question(target.receiver, circle.id, target.id);
            expect(questioned.questionedAt).not.toBeNull();
          } else if (s.kind === 'edit') {
            const edited = await acts.edit(target.giver, circle.id, target.id, {
              ...(s.form === undefined ? {} : { form: s.form }),
              ...(s.effort === undefined ? {} : { effort: s.effort }),
              ...(s.daysAgo === undefined ? {} : { at: dated(s.daysAgo) }),
              note: s.note ?? null,
            });
            // A change by the giver answers the question: the act counts again.
            expect(edited.questionedAt).toBeNull();
          } else {
            await acts.remove(target.giver, circle.id, target.id);
            ids.splice(ids.indexOf(target), 1);
          }
        }

        const remaining = await acts.list(a, circle.id, {});
        expect(remaining.map((r) => r.id).sort()).toEqual(ids.map((r) => r.id).sort());
        const scope = await circles.scope(a, circle.id);
        // Questioned acts stay listed, but count nowhere until changed or withdrawn.
        expectSameAggregates(
          await aggregates.load(scope, -1_000_000, ANALYTICS_OPTIONS.halfLifeDays),
          aggregateActs(
            remaining.filter((r) => r.questionedAt === null).map(toCoreAct),
            ANALYTICS_OPTIONS,
          ),
        );
      }),
      { numRuns: 12 },
    );
  });
});
