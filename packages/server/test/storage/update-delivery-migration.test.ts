import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../src/db/database.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import { UpdateChoicesRepository } from '../../src/repositories/update-choices.ts';
import { UpdatesRepository } from '../../src/repositories/updates.ts';
import { testDatabases } from '../support/databases.ts';
import { migrateToJustBefore } from '../support/migrations.ts';

const t = '2026-03-01T00:00:00.000Z';

describe.each(testDatabases())('the update-delivery migration on $name', (database) => {
  let db: Db;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    const created = await database.create();
    drop = created.drop;
    db = await openDatabase(created.config);
    await migrateToJustBefore(db.db, '0017_update_delivery');
  });
  afterAll(async () => {
    await db?.close();
    await drop?.();
  });

  it('counts the updates made before it as planned, so an upgrade sends nothing from the past', async () => {
    const raw = db.db;
    await raw
      .insertInto('users')
      .values({
        id: 'u1',
        email: 'a@example.test',
        email_key: 'a@example.test',
        name: 'A',
        password_hash: 'x',
        created_at: t,
        email_confirmed: 1,
        pending_email: null,
      })
      .execute();
    await raw
      .insertInto('circles')
      .values({ id: 'c1', name: 'C', kind: 'couple', created_at: t, keeper_member_id: null })
      .execute();
    await raw
      .insertInto('updates')
      .values({
        id: 'old',
        user_id: 'u1',
        circle_id: 'c1',
        kind: 'need_shared',
        actor_member_id: null,
        subject_id: null,
        detail: null,
        created_at: t,
        read_at: null,
      } as never)
      .execute();

    expect(await migrateToLatest(raw)).toContain('0017_update_delivery');

    const updates = new UpdatesRepository(raw);
    expect(await updates.unplanned(10)).toEqual([]);
    const row = await raw.selectFrom('updates').selectAll().executeTakeFirstOrThrow();
    expect(row.planned_at).toBe(t);

    // A new update waits to be planned; choices are kept per person and kind.
    await raw
      .insertInto('updates')
      .values({
        id: 'new',
        user_id: 'u1',
        circle_id: 'c1',
        kind: 'reset_requested',
        actor_member_id: null,
        subject_id: null,
        detail: null,
        created_at: t,
        read_at: null,
      })
      .execute();
    expect((await updates.unplanned(10)).map((u) => [u.id, u.userId])).toEqual([['new', 'u1']]);
    const choices = new UpdateChoicesRepository(raw);
    await choices.save('u1', [{ kind: 'need_shared', push: false, email: true }], t);
    await choices.save('u1', [{ kind: 'need_shared', push: true, email: false }], t);
    expect(await choices.forUsers(['u1'])).toEqual(
      new Map([
        ['u1', new Map([['need_shared', { kind: 'need_shared', push: true, email: false }]])],
      ]),
    );
  });
});
