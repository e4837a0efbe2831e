import path from 'node:path';
import type { DatabaseConfig } from '../../src/config.ts';
import { testDatabases } from './databases.ts';

/**
 * The databases a `recipro serve` process of a faults test runs on: SQLite in its data folder,
 * and a PostgreSQL server when there is one (TEST_DATABASE_URL; CI always has one).
 */
export interface ServeTarget {
  readonly name: string;
  /** The serve environment, the database as the test reads it, and how to throw it away. */
  prepare(dataDir: string): Promise<{
    env: Record<string, string>;
    config: DatabaseConfig;
    drop: () => Promise<void>;
  }>;
}

/** SQLite, and PostgreSQL when a server is there; `test` names the test in the skip message. */
export function serveTargets(test: string): ServeTarget[] {
  const postgres = testDatabases().find((database) => database.name === 'postgres (server)');
  if (!postgres) {
    console.warn(
      `${test}: the PostgreSQL case is skipped: it needs a PostgreSQL server (set TEST_DATABASE_URL).`,
    );
  }
  return [
    {
      name: 'SQLite',
      prepare: async (dataDir) => ({
        env: {},
        config: { kind: 'sqlite', file: path.join(dataDir, 'recipro.sqlite') },
        drop: async () => {},
      }),
    },
    ...(postgres
      ? [
          {
            name: 'PostgreSQL',
            async prepare() {
              const { config, drop } = await postgres.create();
              if (config.kind !== 'postgres') throw new Error('expected a PostgreSQL server');
              return { env: { DATABASE_URL: config.url }, config, drop };
            },
          },
        ]
      : []),
  ];
}
