import {
  BackupError,
  backupSqlite,
  ConfigError,
  parseConfig,
  restoreSqlite,
  type BackupSummary,
} from '@recipro/server';
import { EXIT_FAILURE, EXIT_OK, EXIT_USAGE, type Command } from '../command.ts';
import { parseOptions, UsageError } from './options.ts';

const POSTGRES_RECIPE =
  'recipro backs up SQLite itself; for PostgreSQL use pg_dump and pg_restore (README, "Backups").';

/** The command line of backup and restore: one file, and the data folder. */
function parse(name: string, argv: string[]) {
  const { values, positionals } = parseOptions(argv, { data: { type: 'string' } }, true);
  const [file, ...extra] = positionals;
  if (file === undefined || extra.length > 0) {
    throw new UsageError(`give one file: recipro ${name} <file> [--data DIR]`);
  }
  const config = parseConfig(
    process.env,
    values.data !== undefined ? { dataDir: values.data } : {},
  );
  return { file, config };
}

const size = (bytes: number) =>
  bytes < 1_048_576 ? `${Math.ceil(bytes / 1024)} KB` : `${(bytes / 1_048_576).toFixed(1)} MB`;

/** Runs backup or restore with the same handling of their failures. */
async function runBoth(
  name: string,
  argv: string[],
  work: (file: string, database: string) => Promise<BackupSummary>,
  done: (summary: BackupSummary, dataDir: string) => string,
): Promise<number> {
  let parsed;
  try {
    parsed = parse(name, argv);
  } catch (error) {
    if (error instanceof UsageError || error instanceof ConfigError) {
      console.error(`recipro ${name}: ${error.message}`);
      return EXIT_USAGE;
    }
    throw error;
  }
  const { file, config } = parsed;
  if (config.database.kind !== 'sqlite') {
    console.error(`recipro ${name}: ${POSTGRES_RECIPE}`);
    return EXIT_USAGE;
  }
  try {
    console.log(done(await work(file, config.database.file), config.dataDir));
    return EXIT_OK;
  } catch (error) {
    if (error instanceof BackupError) {
      console.error(`recipro ${name}: ${error.message}`);
      return EXIT_FAILURE;
    }
    throw error;
  }
}

export const backupCommand: Command = {
  name: 'backup',
  usage: [
    'Usage: recipro backup <file> [--data DIR]',
    '',
    'Copies the SQLite database in --data (default $DATA_DIR or ./data) to <file>, safely while',
    'recipro is running: a consistent snapshot, checked before it is kept. <file> must not exist.',
    '',
    POSTGRES_RECIPE,
  ].join('\n'),
  run: (argv) =>
    runBoth(
      'backup',
      argv,
      (file, database) => backupSqlite(database, file),
      (summary) => `Backed up to ${summary.file} (${size(summary.bytes)}, checked: intact).`,
    ),
};

export const restoreCommand: Command = {
  name: 'restore',
  usage: [
    'Usage: recipro restore <file> [--data DIR]',
    '',
    'Makes <file>, a backup from `recipro backup`, the database of --data (default $DATA_DIR or',
    './data), which must not hold one yet. `recipro serve` then brings it up to date.',
    '',
    POSTGRES_RECIPE,
  ].join('\n'),
  run: (argv) =>
    runBoth(
      'restore',
      argv,
      (file, database) => restoreSqlite(file, database),
      (summary, dataDir) =>
        `Restored into ${summary.file}. Start it with: recipro serve --data ${dataDir}`,
    ),
};
