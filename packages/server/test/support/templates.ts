import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../../src/db/database.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import type { DatabaseConfig } from '../../src/config.ts';
import { retryWhileInUse, type Templates } from './databases.ts';

/**
 * vitest global set-up of the storage and API tiers: each database brought to the newest schema
 * once per run, for every test file to copy (`TestDatabase.createMigrated`) instead of
 * migrating its own. Copying is what a fresh database costs; migrating PGlite takes seconds.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'recipro-templates-'));
  const url = process.env.TEST_DATABASE_URL;
  const made: { -readonly [K in keyof Templates]: Templates[K] } = {};
  const migrate = async (config: DatabaseConfig) => {
    const database = await openDatabase(config);
    try {
      await migrateToLatest(database.db);
    } finally {
      await database.close();
    }
  };

  made.sqlite = path.join(dir, 'recipro.sqlite');
  await migrate({ kind: 'sqlite', file: made.sqlite });
  if (process.env.RECIPRO_TEST_DATABASES === 'sqlite') {
    // The quick loop: no PostgreSQL template to make.
  } else if (url) {
    const name = `recipro_template_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
    await admin(url, (c) => c.query(`create database ${name}`));
    const target = new URL(url);
    target.pathname = `/${name}`;
    await migrate({ kind: 'postgres', url: target.toString() });
    made.postgres = name;
  } else {
    made.pglite = path.join(dir, 'pglite');
    await migrate({ kind: 'pglite', dir: made.pglite });
  }
  project.provide('testTemplates', made);

  return async () => {
    if (made.postgres) {
      const name = made.postgres;
      await admin(url!, (c) => retryWhileInUse(() => c.query(`drop database if exists ${name}`)));
    }
    fs.rmSync(dir, { recursive: true, force: true });
  };
}

async function admin(url: string, run: (client: pg.Client) => Promise<unknown>): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await run(client);
  } finally {
    await client.end();
  }
}
