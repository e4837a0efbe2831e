import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../src/db/database.ts';
import { SessionsRepository } from '../../src/repositories/sessions.ts';
import { UsersRepository } from '../../src/repositories/users.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';

/** better-sqlite3 as this package resolves it, for a process of its own. */
const SQLITE_MODULE = createRequire(import.meta.url).resolve('better-sqlite3');

/** Runs `statement` on the database file in a separate Node process, and waits for it. */
function writeFromAnotherProcess(file: string, statement: string): void {
  const script = `const D = require(${JSON.stringify(SQLITE_MODULE)});
    const d = new D(${JSON.stringify(file)}); d.pragma('busy_timeout = 5000');
    d.exec(${JSON.stringify(statement)}); d.close();`;
  execFileSync(process.execPath, ['-e', script]);
}

describe('whether anything was committed, told by the SQLite file (WAL index)', () => {
  let dir: string;
  let file: string;
  let database: Db;
  beforeEach(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'recipro-stamp-'));
    file = path.join(dir, 'recipro.sqlite');
    database = await openDatabase({ kind: 'sqlite', file });
    await migrateToLatest(database.db);
  });
  afterEach(async () => {
    await database.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const count = async () =>
    (await sql<{ n: number }>`select count(*) as n from users`.execute(database.db)).rows[0]!.n;

  it('stays the same while only reads happen, and changes with each commit', async () => {
    const before = database.changes.read();
    expect(before).not.toBeNull();
    await count();
    await count();
    expect(database.changes.read()).toBe(before);

    const users = new UsersRepository(database.db);
    await users.create({
      id: 'u1',
      email: 'one@example.test',
      name: 'One',
      passwordHash: 'x',
      createdAt: new Date(0).toISOString(),
      locale: null,
    });
    const afterOne = database.changes.read();
    expect(afterOne).not.toBe(before);
    await count();
    expect(database.changes.read()).toBe(afterOne);
  });

  it('changes when another process commits to the same file', async () => {
    const before = database.changes.read();
    writeFromAnotherProcess(
      file,
      `insert into users (id, email, email_key, name, password_hash, created_at, email_confirmed)
       values ('u2', 'two@example.test', 'two@example.test', 'Two', 'x', '1970-01-01T00:00:00.000Z', 0)`,
    );
    expect(database.changes.read()).not.toBe(before);
    expect(await count()).toBe(1);
  });

  it('gives a session ended by another process as ended on the next lookup', async () => {
    const sessions = new SessionsRepository(database.db, database.changes);
    await new UsersRepository(database.db).create({
      id: 'u3',
      email: 'three@example.test',
      name: 'Three',
      passwordHash: 'x',
      createdAt: new Date(0).toISOString(),
      locale: null,
    });
    await sessions.create({
      id: 'hash',
      publicId: 'p',
      userId: 'u3',
      createdAt: new Date(0).toISOString(),
      expiresAt: new Date(10 * 86_400_000).toISOString(),
      userAgent: null,
    });
    const now = new Date(86_400_000).toISOString();
    expect((await sessions.findUser('hash', now))?.user.id).toBe('u3');
    expect((await sessions.findUser('hash', now))?.user.id).toBe('u3');
    expect(sessions.unchanged.hits).toBe(1);

    // Kept, and still checked against its expiry with nothing committed.
    expect(await sessions.findUserInCircle('hash', now, 'no-circle')).toMatchObject({
      version: null,
    });
    const expired = new Date(11 * 86_400_000).toISOString();
    expect(await sessions.findUser('hash', expired)).toBeUndefined();
    expect(await sessions.findUserInCircle('hash', expired, 'no-circle')).toBeUndefined();
    expect(sessions.unchanged.hits).toBe(1);

    writeFromAnotherProcess(file, `delete from sessions where id = 'hash'`);
    expect(await sessions.findUser('hash', now)).toBeUndefined();
    expect(await sessions.findUserInCircle('hash', now, 'no-circle')).toBeUndefined();
  });
});

describe('where the database cannot tell', () => {
  it('says so for PGlite (and PostgreSQL), so every lookup asks the database', async () => {
    const database = await openDatabase({ kind: 'pglite', dir: null });
    try {
      expect(database.changes.read()).toBeNull();
    } finally {
      await database.close();
    }
  });
});
