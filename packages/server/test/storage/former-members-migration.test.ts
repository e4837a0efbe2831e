import { Migrator, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../src/db/database.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import { migrations } from '../../src/db/migrations/index.ts';
import { testDatabases } from '../support/databases.ts';

const t = '2026-03-01T00:00:00.000Z';

describe.each(testDatabases())('the former-members migration on $name', (database) => {
  let db: Db;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    const created = await database.create();
    drop = created.drop;
    db = await openDatabase(created.config);
  });
  afterAll(async () => {
    await db?.close();
    await drop?.();
  });

  it('keeps every member, act and acknowledgement, and the foreign keys that guard them', async () => {
    const migrator = new Migrator({
      db: db.db,
      provider: { getMigrations: async () => migrations },
    });
    const before = await migrator.migrateTo('0009_checkin_schedules');
    expect(before.error).toBeUndefined();

    const raw = db.db;
    // Raw SQL: the users table of 0009 does not have later columns.
    await sql`insert into users (id, email, email_key, name, password_hash, created_at) values
      ('u1', 'a@x', 'a@x', 'A', 'h', ${t}), ('u2', 'b@x', 'b@x', 'B', 'h', ${t})`.execute(raw);
    await raw
      .insertInto('circles')
      .values({ id: 'c1', name: 'C', kind: 'couple', created_at: t })
      .execute();
    // Inserted without left_at: the table does not have it yet.
    await sql`insert into members (id, circle_id, user_id, name, joined_at) values
      ('m1', 'c1', 'u1', 'A', ${t}), ('m2', 'c1', 'u2', 'B', ${t})`.execute(raw);
    await raw
      .insertInto('acts')
      .values({
        id: 'a1',
        circle_id: 'c1',
        from_member_id: 'm1',
        to_member_id: 'm2',
        form: 'practical',
        effort: 1,
        note: 'n',
        at: t,
        created_at: t,
      })
      .execute();
    await raw
      .insertInto('acknowledgements')
      .values({ act_id: 'a1', circle_id: 'c1', member_id: 'm2', created_at: t })
      .execute();

    expect(await migrateToLatest(raw)).toContain('0010_former_members');

    const members = await raw.selectFrom('members').selectAll().orderBy('id').execute();
    expect(members).toEqual([
      { id: 'm1', circle_id: 'c1', user_id: 'u1', name: 'A', joined_at: t, left_at: null },
      { id: 'm2', circle_id: 'c1', user_id: 'u2', name: 'B', joined_at: t, left_at: null },
    ]);
    expect(await raw.selectFrom('acts').select('id').execute()).toEqual([{ id: 'a1' }]);

    // A member may now be without an account, and still one per account per circle.
    await raw
      .updateTable('members')
      .set({ user_id: null, left_at: t })
      .where('id', '=', 'm2')
      .execute();
    await expect(
      sql`insert into members (id, circle_id, user_id, name, joined_at) values ('m3', 'c1', 'u1', 'A', ${t})`.execute(
        raw,
      ),
    ).rejects.toThrow();
    // Acts still refuse a member of no circle, and still go with their circle.
    await expect(
      raw
        .insertInto('acts')
        .values({
          id: 'a2',
          circle_id: 'c1',
          from_member_id: 'm1',
          to_member_id: 'nobody',
          form: 'practical',
          effort: 1,
          note: null,
          at: t,
          created_at: t,
        })
        .execute(),
    ).rejects.toThrow();
    await raw.deleteFrom('circles').where('id', '=', 'c1').execute();
    expect(await raw.selectFrom('members').selectAll().execute()).toEqual([]);
    expect(await raw.selectFrom('acts').selectAll().execute()).toEqual([]);
    expect(await raw.selectFrom('acknowledgements').selectAll().execute()).toEqual([]);
  });
});
