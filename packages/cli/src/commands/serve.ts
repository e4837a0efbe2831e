import { ConfigError, ENV_VARIABLES, parseConfig, startRecipro } from '@recipro/server';
import { EXIT_FAILURE, EXIT_OK, EXIT_USAGE, type Command } from '../command.ts';
import { parseOptions, parsePort, UsageError } from './options.ts';

export const serveCommand: Command = {
  name: 'serve',
  usage: [
    'Usage: recipro serve [--port N] [--host H] [--data DIR]',
    '',
    'Starts the recipro server and web app, migrating the database first.',
    '',
    'Options:',
    '  --port N    port to listen on (default $PORT or 3000; 0 picks a free port)',
    '  --host H    interface to listen on (default $HOST or 127.0.0.1)',
    '  --data DIR  folder for the SQLite database (default $DATA_DIR or ./data)',
    '',
    'Environment:',
    ...Object.entries(ENV_VARIABLES).map(([name, meaning]) => `  ${name.padEnd(18)} ${meaning}`),
  ].join('\n'),
  async run(argv) {
    let config;
    try {
      const { values } = parseOptions(argv, {
        port: { type: 'string' },
        host: { type: 'string' },
        data: { type: 'string' },
      });
      config = parseConfig(process.env, {
        ...(values.port !== undefined && { port: parsePort(values.port) }),
        ...(values.host !== undefined && { host: values.host }),
        ...(values.data !== undefined && { dataDir: values.data }),
      });
    } catch (error) {
      if (error instanceof UsageError || error instanceof ConfigError) {
        console.error(`recipro serve: ${error.message}`);
        return EXIT_USAGE;
      }
      throw error;
    }

    let recipro;
    try {
      recipro = await startRecipro(config);
    } catch (error) {
      console.error(
        `recipro serve: could not start: ${error instanceof Error ? error.message : String(error)}`,
      );
      return EXIT_FAILURE;
    }
    const where = config.database.kind === 'sqlite' ? config.database.file : config.database.kind;
    console.log(`recipro is running at ${recipro.url}  (database: ${where})`);

    await new Promise<void>((resolve) => {
      const stop = () => resolve();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    await recipro.close();
    return EXIT_OK;
  },
};
