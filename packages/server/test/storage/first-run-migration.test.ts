import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../src/db/database.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import { UsersRepository } from '../../src/repositories/users.ts';
import { testDatabases } from '../support/databases.ts';
import { migrateToJustBefore } from '../support/migrations.ts';

const t = '2026-03-01T00:00:00.000Z';

describe.each(testDatabases())('the first-run migration on $name', (database) => {
  let db: Db;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    const created = await database.create();
    drop = created.drop;
    db = await openDatabase(created.config);
    await migrateToJustBefore(db.db, '0019_first_run');
  });
  afterAll(async () => {
    await db?.close();
    await drop?.();
  });

  it('counts accounts made before it as done, and starts new ones open', async () => {
    await db.db
      .insertInto('users')
      .values({
        id: 'u1',
        email: 'early@example.test',
        email_key: 'early@example.test',
        name: 'Early',
        password_hash: 'x',
        created_at: t,
        email_confirmed: 1,
        pending_email: null,
      })
      .execute();

    expect(await migrateToLatest(db.db)).toContain('0019_first_run');

    const users = new UsersRepository(db.db);
    expect((await users.findById('u1'))?.firstRun).toBe('done');
    const made = await users.create({
      id: 'u2',
      email: 'new@example.test',
      name: 'New',
      passwordHash: 'x',
      createdAt: t,
    });
    expect(made?.firstRun).toBe('open');
    expect((await users.findById('u2'))?.firstRun).toBe('open');
    expect(await users.updateProfile('u2', { firstRun: 'skipped' })).toBe('updated');
    expect((await users.findById('u2'))?.firstRun).toBe('skipped');
    expect((await users.findById('u1'))?.firstRun).toBe('done');
  });
});
