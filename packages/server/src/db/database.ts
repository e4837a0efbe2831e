import fs from 'node:fs';
import path from 'node:path';
import { Kysely } from 'kysely';
import { noChangeStamp, walChangeStamp, type ChangeStamp } from './change-stamp.ts';
import { ReciproPostgresDialect } from './postgres-adapter.ts';
import type { DatabaseConfig } from '../config.ts';
import { PGliteDialect } from './pglite-dialect.ts';
import { SqliteDialect } from './sqlite-dialect.ts';
import type { Database } from './schema.ts';

export type Dialect = 'sqlite' | 'postgres';

/** An open database: the Kysely handle, which SQL dialect it speaks, and how to close it. */
export interface Db {
  readonly db: Kysely<Database>;
  readonly dialect: Dialect;
  /** Whether anything was committed since (SQLite: by any process; elsewhere it cannot tell). */
  readonly changes: ChangeStamp;
  close(): Promise<void>;
}

/** What the opener tells its caller about the connection, without failing any request. */
export interface OpenOptions {
  /**
   * An idle PostgreSQL connection was lost (the server restarted, a proxy dropped it). The pool
   * has already thrown that connection away and will make new ones; this is for the log.
   */
  readonly onConnectionLost?: (error: Error) => void;
}

/**
 * How long a request waits for a PostgreSQL connection before it is answered 503: the pool's
 * ten connections all busy, or the server not answering. Short, so that a database that is
 * down gives a quick "try again" and never a hanging request.
 */
export const CONNECT_TIMEOUT_MS = 3_000;

/**
 * Opens the configured database. SQLite runs in WAL mode with foreign keys on and
 * `synchronous = FULL`, so a write acknowledged to a client survives a power cut, not only a
 * crash of the process.
 */
export async function openDatabase(config: DatabaseConfig, options: OpenOptions = {}): Promise<Db> {
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
      const changes = walChangeStamp(config.file);
      return {
        db,
        dialect: 'sqlite',
        changes,
        close: async () => {
          changes.close();
          await db.destroy();
        },
      };
    }
    case 'postgres': {
      const { default: pg } = await import('pg');
      const pool = new pg.Pool({
        connectionString: config.url,
        max: 10,
        connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
        keepAlive: true,
      });
      // A connection the server ends ("terminating connection due to administrator command" on
      // a restart) or the network drops emits 'error' on its client, and an idle one on the pool
      // too: without listeners that is an unhandled 'error' event and the process exits. The
      // pool throws such a connection away (at once if idle, on release if checked out); the
      // request that held it is answered 503 (db/unavailable.ts). Logged once, from the client.
      pool.on('connect', (client) => {
        client.on('error', (error) => options.onConnectionLost?.(error));
      });
      pool.on('error', () => {});
      const db = new Kysely<Database>({ dialect: new ReciproPostgresDialect({ pool }) });
      return { db, dialect: 'postgres', changes: noChangeStamp, close: () => db.destroy() };
    }
    case 'pglite': {
      const { PGlite } = await import('@electric-sql/pglite');
      if (config.dir) fs.mkdirSync(config.dir, { recursive: true });
      const pglite = config.dir ? new PGlite(config.dir) : new PGlite();
      const db = new Kysely<Database>({ dialect: new PGliteDialect(pglite) });
      return { db, dialect: 'postgres', changes: noChangeStamp, close: () => db.destroy() };
    }
  }
}
