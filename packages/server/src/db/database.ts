import fs from 'node:fs';
import path from 'node:path';
import { Kysely, PostgresDialect } from 'kysely';
import type { DatabaseConfig } from '../config.ts';
import { PGliteDialect } from './pglite-dialect.ts';
import { SqliteDialect } from './sqlite-dialect.ts';
import type { Database } from './schema.ts';

export type Dialect = 'sqlite' | 'postgres';

/** An open database: the Kysely handle, which SQL dialect it speaks, and how to close it. */
export interface Db {
  readonly db: Kysely<Database>;
  readonly dialect: Dialect;
  close(): Promise<void>;
}

/**
 * Opens the configured database. SQLite runs in WAL mode with foreign keys on and
 * `synchronous = FULL`, so a write acknowledged to a client survives a power cut, not only a
 * crash of the process.
 */
export async function openDatabase(config: DatabaseConfig): Promise<Db> {
  switch (config.kind) {
    case 'sqlite': {
      const { default: SQLite } = await import('better-sqlite3');
      fs.mkdirSync(path.dirname(config.file), { recursive: true });
      const database = new SQLite(config.file);
      database.pragma('journal_mode = WAL');
      database.pragma('synchronous = FULL');
      database.pragma('foreign_keys = ON');
      database.pragma('busy_timeout = 5000');
      const db = new Kysely<Database>({ dialect: new SqliteDialect(database) });
      return { db, dialect: 'sqlite', close: () => db.destroy() };
    }
    case 'postgres': {
      const { default: pg } = await import('pg');
      const pool = new pg.Pool({ connectionString: config.url, max: 10 });
      const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
      return { db, dialect: 'postgres', close: () => db.destroy() };
    }
    case 'pglite': {
      const { PGlite } = await import('@electric-sql/pglite');
      if (config.dir) fs.mkdirSync(config.dir, { recursive: true });
      const pglite = config.dir ? new PGlite(config.dir) : new PGlite();
      const db = new Kysely<Database>({ dialect: new PGliteDialect(pglite) });
      return { db, dialect: 'postgres', close: () => db.destroy() };
    }
  }
}
