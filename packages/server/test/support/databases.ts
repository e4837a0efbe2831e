import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { DatabaseConfig } from '../../src/config.ts';

/**
 * The databases every storage and API test runs against: SQLite, and PostgreSQL — a real
 * server when TEST_DATABASE_URL is set, otherwise PGlite in this process, so both dialects are
 * covered on any machine. Under CI a real server is required.
 */
export interface TestDatabase {
  readonly name: string;
  /** Makes a fresh, empty database and returns its config and a way to throw it away. */
  create(): Promise<{ config: DatabaseConfig; drop(): Promise<void> }>;
}

const sqlite: TestDatabase = {
  name: 'sqlite',
  async create() {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'recipro-test-'));
    return {
      config: { kind: 'sqlite', file: path.join(dir, 'recipro.sqlite') },
      drop: async () => fs.rmSync(dir, { recursive: true, force: true }),
    };
  },
};

const pglite: TestDatabase = {
  name: 'postgres (PGlite, in-process)',
  async create() {
    return { config: { kind: 'pglite', dir: null }, drop: async () => {} };
  },
};

const postgresServer = (url: string): TestDatabase => ({
  name: 'postgres (server)',
  async create() {
    const name = `recipro_test_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
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
          for (let attempt = 0; ; attempt += 1) {
            try {
              await c.query(`drop database if exists ${name}`);
              return;
            } catch (error) {
              const inUse = (error as { code?: string }).code === '55006';
              if (!inUse || attempt >= 100) throw error;
              await new Promise((resolve) => setTimeout(resolve, 100));
            }
          }
        } finally {
          await c.end();
        }
      },
    };
  },
});

export function testDatabases(): TestDatabase[] {
  const url = process.env.TEST_DATABASE_URL;
  if (process.env.CI && !url) {
    throw new Error('CI must run the PostgreSQL tier against a server: set TEST_DATABASE_URL.');
  }
  return [sqlite, url ? postgresServer(url) : pglite];
}
