import {
  ConfigError,
  migrateToLatest,
  openDatabase,
  parseConfig,
  passwordResetLink,
  RESET_MINUTES,
} from '@recipro/server';
import { EXIT_FAILURE, EXIT_OK, EXIT_USAGE, type Command } from '../command.ts';
import { parseOptions, UsageError } from './options.ts';

const usage = [
  'Usage: recipro reset-password <email> [--url URL] [--data DIR]',
  '',
  `Prints a one-time link (valid ${RESET_MINUTES} minutes) that lets the person with this email`,
  'choose a new password: for a server without email, whose owner hands the link over.',
  'Using the link ends every session of that account.',
  '',
  'Options:',
  '  --url URL   the address people open recipro at (default $PUBLIC_URL, else',
  '              http://127.0.0.1:$PORT, PORT defaulting to 3000)',
  '  --data DIR  folder for the SQLite database (default $DATA_DIR or ./data); DATABASE_URL wins',
].join('\n');

/** The origin of an http(s) address given with --url. */
function parseUrl(raw: string): string {
  try {
    const url = new URL(raw);
    if (url.protocol === 'http:' || url.protocol === 'https:') return url.origin;
  } catch {
    // reported below
  }
  throw new UsageError(
    `--url must be an http(s) address such as https://recipro.example, got "${raw}".`,
  );
}

/** `recipro reset-password`: a password reset link for the server's owner to hand over. */
export const resetPasswordCommand: Command = {
  name: 'reset-password',
  usage,
  async run(argv) {
    let config;
    let email: string;
    let appUrl: string;
    try {
      const { values, positionals } = parseOptions(
        argv,
        { url: { type: 'string' }, data: { type: 'string' } },
        true,
      );
      if (positionals.length !== 1 || !positionals[0]?.trim()) {
        throw new UsageError(
          'give exactly one email, e.g. recipro reset-password maya@example.org',
        );
      }
      email = positionals[0];
      config = parseConfig(process.env, values.data !== undefined ? { dataDir: values.data } : {});
      appUrl =
        values.url !== undefined
          ? parseUrl(values.url)
          : (config.publicUrl ?? `http://127.0.0.1:${config.port}`);
    } catch (error) {
      if (error instanceof UsageError) {
        // One line: node's own parser explains some mistakes over several.
        console.error(`recipro reset-password: ${error.message.split('\n')[0]}`);
        return EXIT_USAGE;
      }
      if (error instanceof ConfigError) {
        console.error(`recipro reset-password: ${error.message}`);
        return EXIT_USAGE;
      }
      throw error;
    }

    const database = await openDatabase(config.database);
    try {
      await migrateToLatest(database.db);
      const link = await passwordResetLink(database, email, appUrl);
      if (!link) {
        console.error(`recipro reset-password: no account has the email "${email}".`);
        return EXIT_FAILURE;
      }
      console.log(
        [
          `A one-time link to set a new password for ${email}:`,
          '',
          `  ${link.url}`,
          '',
          `It works once, until ${link.expiresAt} (${RESET_MINUTES} minutes). Using it signs that account out everywhere.`,
        ].join('\n'),
      );
      return EXIT_OK;
    } catch (error) {
      console.error(
        `recipro reset-password: ${error instanceof Error ? error.message : String(error)}`,
      );
      return EXIT_FAILURE;
    } finally {
      await database.close();
    }
  },
};
