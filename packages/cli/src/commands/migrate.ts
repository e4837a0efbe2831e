import { ConfigError, migrateToLatest, openDatabase, parseConfig } from '@recipro/server';
import { EXIT_FAILURE, EXIT_OK, EXIT_USAGE, type Command } from '../command.ts';
import { parseOptions, UsageError } from './options.ts';

export const migrateCommand: Command = {
  name: 'migrate',
  usage: [
    'Usage: recipro migrate [--data DIR]',
    '',
    'Runs every pending migration on the configured database (DATABASE_URL, or SQLite in --data).',
  ].join('\n'),
  async run(argv) {
    let config;
    try {
      const { values } = parseOptions(argv, { data: { type: 'string' } });
      config = parseConfig(process.env, values.data !== undefined ? { dataDir: values.data } : {});
    } catch (error) {
      if (error instanceof UsageError || error instanceof ConfigError) {
        console.error(`recipro migrate: ${error.message}`);
        return EXIT_USAGE;
      }
      throw error;
    }
    const database = await openDatabase(config.database);
    try {
      const applied = await migrateToLatest(database.db);
      console.log(
        applied.length === 0 ? 'The database is up to date.' : `Applied: ${applied.join(', ')}`,
      );
      return EXIT_OK;
    } catch (error) {
      console.error(`recipro migrate: ${error instanceof Error ? error.message : String(error)}`);
      return EXIT_FAILURE;
    } finally {
      await database.close();
    }
  },
};
