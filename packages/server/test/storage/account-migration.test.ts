import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../src/db/database.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import { SessionsRepository } from '../../src/repositories/sessions.ts';
import { testDatabases } from '../support/databases.ts';
import { migrateToJustBefore } from '../support/migrations.ts';

/** A database from before account control, brought up to date with people signed in. */
describe.each(testDatabases())('upgrading to account control on $name', (database) => {
  let db: Db;
  let drop: () => Promise<void>;
  const t0 = '2026-03-01T10:00:00.000Z';

  beforeAll(async () => {
    const created = await database.create();
    drop = created.drop;
    db = await openDatabase(created.config);
    await migrateToJustBefore(db.db, '0011_account');
  });
  afterAll(async () => {
    await db?.close();
    await drop?.();
  });

  it('keeps open sessions signed in, each with its own public id, and no address confirmed', async () => {
    // Rows as the older schema had them (the columns this migration adds do not exist yet).
    await db.db
      .insertInto('users')
      .values({
        id: 'u1',
        email: 'Early@Example.test',
        email_key: 'early@example.test',
        name: 'Early',
        password_hash: 'x',
        created_at: t0,
      } as never)
      .execute();
    for (const id of ['hash-a', 'hash-b']) {
      await db.db
        .insertInto('sessions')
        .values({
          id,
          user_id: 'u1',
          created_at: t0,
          expires_at: '2026-04-01T00:00:00.000Z',
        } as never)
        .execute();
    }

    expect(await migrateToLatest(db.db)).toContain('0011_account');

    const sessions = new SessionsRepository(db.db);
    const found = await sessions.findUser('hash-a', t0);
    expect(found).toEqual({
      user: {
        id: 'u1',
        email: 'Early@Example.test',
        name: 'Early',
        createdAt: t0,
        emailConfirmed: false,
        pendingEmail: null,
        firstRun: 'done',
        locale: null,
      },
      lastSeenAt: t0,
    });
    const listed = await sessions.forUser('u1', t0);
    expect(listed).toHaveLength(2);
    const publicIds = listed.map((s) => s.publicId);
    expect(new Set(publicIds).size).toBe(2);
    for (const id of publicIds) expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(listed.every((s) => s.userAgent === null && s.lastSeenAt === t0)).toBe(true);
  });
});
