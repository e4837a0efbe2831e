import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../src/db/database.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import { SessionsRepository } from '../../src/repositories/sessions.ts';
import { UsersRepository } from '../../src/repositories/users.ts';
import { testDatabases } from '../support/databases.ts';
import { migrateToJustBefore } from '../support/migrations.ts';

const t = '2026-03-01T00:00:00.000Z';

describe.each(testDatabases())('the account language migration on $name', (database) => {
  let db: Db;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    const created = await database.create();
    drop = created.drop;
    db = await openDatabase(created.config);
    await migrateToJustBefore(db.db, '0023_user_locale');
  });
  afterAll(async () => {
    await db?.close();
    await drop?.();
  });

  it('leaves accounts made before it with no language chosen, and keeps new choices', async () => {
    // A row as the older schema had it (the column this migration adds does not exist yet).
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
    await db.db
      .insertInto('sessions')
      .values({
        id: 'hash-u1',
        public_id: 'public-u1',
        user_id: 'u1',
        created_at: t,
        expires_at: '2026-04-01T00:00:00.000Z',
        last_seen_at: t,
        user_agent: null,
      })
      .execute();

    expect(await migrateToLatest(db.db)).toContain('0023_user_locale');

    const users = new UsersRepository(db.db);
    const sessions = new SessionsRepository(db.db);
    expect(await db.db.selectFrom('users').select('locale').execute()).toEqual([{ locale: null }]);
    expect(await users.findById('u1')).toMatchObject({ name: 'Early', locale: null });
    expect((await sessions.findUser('hash-u1', t))?.user.locale).toBeNull();

    const unchosen = await users.create({
      id: 'u2',
      email: 'new@example.test',
      name: 'New',
      passwordHash: 'x',
      createdAt: t,
    });
    expect(unchosen?.locale).toBeNull();
    expect((await users.findById('u2'))?.locale).toBeNull();
    const chosen = await users.create({
      id: 'u3',
      email: 'chosen@example.test',
      name: 'Chosen',
      passwordHash: 'x',
      createdAt: t,
      locale: 'es',
    });
    expect(chosen?.locale).toBe('es');
    expect((await users.findById('u3'))?.locale).toBe('es');

    expect(await users.updateProfile('u1', { locale: 'ar' })).toBe('updated');
    expect(await users.findById('u1')).toMatchObject({ name: 'Early', locale: 'ar' });
    expect((await sessions.findUser('hash-u1', t))?.user.locale).toBe('ar');
    expect((await sessions.findUserInCircle('hash-u1', t, 'no-circle'))?.user.locale).toBe('ar');
    expect((await users.findById('u3'))?.locale).toBe('es');

    // A stored language recipro does not speak reads as none chosen.
    await db.db.updateTable('users').set({ locale: 'fr' }).where('id', '=', 'u3').execute();
    expect((await users.findById('u3'))?.locale).toBeNull();
  });
});
