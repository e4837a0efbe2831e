import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import type { DatabaseConfig } from '../../src/config.ts';
import { openDatabase } from '../../src/db/database.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';

/**
 * The databases every storage and API test runs against: SQLite, and PostgreSQL — a real
 * server when TEST_DATABASE_URL is set, otherwise PGlite in this process, so both dialects are
 * covered on any machine. Under CI a real server is required.
 */
export interface TestDatabase {
  readonly name: string;
  /** Makes a fresh, empty database and returns its config and a way to throw it away. */
  create(): Promise<Created>;
  /**
   * Makes a fresh database already at the newest schema: a copy of the one the run's global
   * set-up migrated (test/support/templates.ts), or, without one, a new database migrated here.
   */
  createMigrated(): Promise<Created>;
}

interface Created {
  readonly config: DatabaseConfig;
  drop(): Promise<void>;
}

/** Databases migrated once per run by the global set-up, to be copied by each test file. */
export interface Templates {
  /** An SQLite file. */
  readonly sqlite?: string;
  /** A PGlite data directory. */
  readonly pglite?: string;
  /** The name of a database on the TEST_DATABASE_URL server. */
  readonly postgres?: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    testTemplates: Templates;
  }
}

const templates = (): Templates => {
  try {
    return inject('testTemplates') ?? {};
  } catch {
    return {}; // run outside vitest's workers, or without the global set-up
  }
};

/** A new database migrated the slow way, when no template was made for this run. */
async function migratedAfresh(create: () => Promise<Created>): Promise<Created> {
  const created = await create();
  const db = await openDatabase(created.config);
  try {
    await migrateToLatest(db.db);
  } finally {
    await db.close();
  }
  return created;
}

const freshDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'recipro-test-'));

const sqlite: TestDatabase = {
  name: 'sqlite',
  async create() {
    const dir = freshDir();
    return {
      config: { kind: 'sqlite', file: path.join(dir, 'recipro.sqlite') },
      drop: async () => fs.rmSync(dir, { recursive: true, force: true }),
    };
  },
  async createMigrated() {
    const template = templates().sqlite;
    if (!template) return migratedAfresh(() => this.create());
    const created = await this.create();
    if (created.config.kind === 'sqlite') fs.copyFileSync(template, created.config.file);
    return created;
  },
};

const pglite: TestDatabase = {
  name: 'postgres (PGlite, in-process)',
  async create() {
    return { config: { kind: 'pglite', dir: null }, drop: async () => {} };
  },
  async createMigrated() {
    const template = templates().pglite;
    if (!template) return migratedAfresh(() => this.create());
    // Migrating PGlite takes seconds; copying a migrated data directory takes a fraction.
    const dir = freshDir();
    fs.cpSync(template, dir, { recursive: true });
    return {
      config: { kind: 'pglite', dir },
      drop: async () => fs.rmSync(dir, { recursive: true, force: true }),
    };
  },
};

const postgresServer = (url: string): TestDatabase => ({
  name: 'postgres (server)',
  create: () => createPostgres(url),
  async createMigrated() {
    const template = templates().postgres;
    return template ? createPostgres(url, template) : migratedAfresh(() => createPostgres(url));
  },
});

/** A database on the server, empty or a copy of `template`. */
async function createPostgres(url: string, template?: string): Promise<Created> {
  const name = `recipro_test_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await retryWhileInUse(() =>
      admin.query(`create database ${name}${template ? ` template ${template}` : ''}`),
    );
  } finally {
    await admin.end();
  }
  const target = new URL(url);
  target.pathname = `/${name}`;
  return {
    config: { kind: 'postgres', url: target.toString() },
    // Waits for the test's own connections to finish closing rather than forcing them shut
    // (a forced termination surfaces as an error in a pool that is still winding down).
    drop: async () => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      try {
        await retryWhileInUse(() => c.query(`drop database if exists ${name}`));
      } finally {
        await c.end();
      }
    },
  };
}

/**
 * Runs a CREATE or DROP DATABASE again while PostgreSQL says another session is using the
 * database (55006): a pool still winding down, or another file copying the same template.
 */
export async function retryWhileInUse(run: () => Promise<unknown>): Promise<void> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      await run();
      return;
    } catch (error) {
      const inUse = (error as { code?: string }).code === '55006';
      if (!inUse || attempt >= 100) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

export function testDatabases(): TestDatabase[] {
  const url = process.env.TEST_DATABASE_URL;
  // `npm run test:quick`, the inner loop, runs on SQLite alone; `npm test` always on both.
  if (process.env.RECIPRO_TEST_DATABASES === 'sqlite') return [sqlite];
  if (process.env.CI && !url) {
    throw new Error('CI must run the PostgreSQL tier against a server: set TEST_DATABASE_URL.');
  }
  return [sqlite, url ? postgresServer(url) : pglite];
}
