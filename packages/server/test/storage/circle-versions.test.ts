import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../src/db/database.ts';
import type { Database } from '../../src/db/schema.ts';
import {
  DERIVED_TABLES,
  UNVERSIONED_TABLES,
  VERSIONED_TABLES,
} from '../../src/db/migrations/0021_circle_versions.ts';
import { REPORT_TABLES } from '../../src/db/migrations/0024_reports.ts';
import { CirclesRepository } from '../../src/repositories/circles.ts';
import { UsersRepository } from '../../src/repositories/users.ts';
import { testDatabases } from '../support/databases.ts';

const T0 = '2026-03-01T00:00:00.000Z';

/** Tables with a `circle_id` column, as the database itself describes them. */
async function tablesWithCircleId(db: Kysely<Database>, sqlite: boolean): Promise<string[]> {
  if (sqlite) {
    const { rows } = await sql<{ name: string }>`
      select m.name from sqlite_master m, pragma_table_info(m.name) c
      where m.type = 'table' and c.name = 'circle_id'`.execute(db);
    return rows.map((r) => r.name).sort();
  }
  const { rows } = await sql<{ name: string }>`
    select table_name as name from information_schema.columns
    where column_name = 'circle_id' and table_schema = current_schema()`.execute(db);
  return rows.map((r) => r.name).sort();
}

/** Tables with a trigger that moves the version, by the migration's names. */
async function tablesWithTriggers(db: Kysely<Database>, sqlite: boolean): Promise<string[]> {
  const { rows } = sqlite
    ? await sql<{ name: string }>`
        select distinct tbl_name as name from sqlite_master
        where type = 'trigger' and name like '%\\_version%' escape '\\'`.execute(db)
    : await sql<{ name: string }>`
        select distinct event_object_table as name from information_schema.triggers
        where trigger_name like '%\\_version' escape '\\'`.execute(db);
  return rows.map((r) => r.name).sort();
}

describe.each(testDatabases())('circle versions on $name', (database) => {
  let db: Db;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    const created = await database.createMigrated();
    drop = created.drop;
    db = await openDatabase(created.config);
  });
  afterAll(async () => {
    await db?.close();
    await drop?.();
  });

  const sqlite = () => db.dialect === 'sqlite';
  const version = async (circleId: string) =>
    Number(
      (
        await db.db
          .selectFrom('circles')
          .select('version')
          .where('id', '=', circleId)
          .executeTakeFirstOrThrow()
      ).version,
    );
  const person = async (name: string) =>
    (await new UsersRepository(db.db).create({
      id: randomUUID(),
      email: `${name}${randomUUID()}@x.test`,
      name,
      passwordHash: 'x',
      createdAt: T0,
    }))!;
  const circleOf = async (userId: string) => {
    const memberId = randomUUID();
    const circle = await new CirclesRepository(db.db).create({
      id: randomUUID(),
      name: 'c',
      kind: 'friends',
      createdAt: T0,
      founder: { memberId, userId, name: 'n' },
    });
    return { circleId: circle.id, memberId };
  };

  it('moves on a write to every table that carries circle_id, but for those listed', async () => {
    const withCircle = await tablesWithCircleId(db.db, sqlite());
    expect(
      [...VERSIONED_TABLES, ...UNVERSIONED_TABLES, ...DERIVED_TABLES, ...REPORT_TABLES].sort(),
    ).toEqual(withCircle);
    expect(await tablesWithTriggers(db.db, sqlite())).toEqual(
      [...VERSIONED_TABLES, 'circles', 'user_care_languages'].sort(),
    );
  });

  it('moves in the write itself, for that circle only; notices and reminders leave it', async () => {
    const user = await person('a');
    const { circleId, memberId } = await circleOf(user.id);
    const other = await circleOf(user.id);
    const before = await version(circleId);
    const otherBefore = await version(other.circleId);
    const seasonId = randomUUID();
    const season = {
      id: seasonId,
      circle_id: circleId,
      member_id: memberId,
      kind: 'illness',
      starts_at: T0,
      ends_at: null,
      note: null,
      created_by_member_id: memberId,
      created_at: T0,
      status: 'active',
    };
    // A write that is rolled back leaves the version where it was.
    await db.db
      .transaction()
      .execute(async (tx) => {
        await tx.insertInto('seasons').values(season).execute();
        throw new Error('rolled back');
      })
      .catch(() => {});
    expect(await version(circleId)).toBe(before);

    await db.db.insertInto('seasons').values(season).execute();
    expect(await version(circleId)).toBe(before + 1);
    await db.db.updateTable('seasons').set({ note: 'rest' }).where('id', '=', seasonId).execute();
    expect(await version(circleId)).toBe(before + 2);
    await db.db.deleteFrom('seasons').where('id', '=', seasonId).execute();
    expect(await version(circleId)).toBe(before + 3);
    expect(await version(other.circleId)).toBe(otherBefore);

    // The circle's own row: its name.
    await db.db
      .updateTable('circles')
      .set({ name: 'renamed' })
      .where('id', '=', circleId)
      .execute();
    expect(await version(circleId)).toBe(before + 4);

    await db.db
      .insertInto('updates')
      .values({
        id: randomUUID(),
        user_id: user.id,
        circle_id: circleId,
        kind: 'act_logged',
        actor_member_id: memberId,
        subject_id: null,
        detail: null,
        created_at: T0,
        read_at: null,
      })
      .execute();
    expect(await version(circleId)).toBe(before + 4);
  });

  it('moves every circle of a person whose care languages change', async () => {
    const user = await person('b');
    const one = await circleOf(user.id);
    const two = await circleOf(user.id);
    const stranger = await circleOf((await person('c')).id);
    const [v1, v2, v3] = await Promise.all([one, two, stranger].map((c) => version(c.circleId)));
    await db.db
      .insertInto('user_care_languages')
      .values({ user_id: user.id, ranked: '["time"]', updated_at: T0 })
      .execute();
    expect(await version(one.circleId)).toBe(v1! + 1);
    expect(await version(two.circleId)).toBe(v2! + 1);
    expect(await version(stranger.circleId)).toBe(v3);
  });

  it('lets a circle be deleted with everything in it', async () => {
    const user = await person('d');
    const { circleId } = await circleOf(user.id);
    await db.db.deleteFrom('circles').where('id', '=', circleId).execute();
    expect(
      await db.db.selectFrom('members').select('id').where('circle_id', '=', circleId).execute(),
    ).toEqual([]);
  });
});
