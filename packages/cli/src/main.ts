import { EXIT_OK, EXIT_USAGE, runCommand, type Command } from './command.ts';

/**
 * Every sub-command, in the order `recipro --help` lists them. Each is loaded only when it
 * runs: `analyze` never loads the server, and `--help` loads nothing.
 */
const commands: readonly { name: string; summary: string; load: () => Promise<Command> }[] = [
  {
    name: 'serve',
    summary: 'start recipro (SQLite in ./data unless DATABASE_URL says otherwise)',
    load: async () => (await import('./commands/serve.ts')).serveCommand,
  },
  {
    name: 'migrate',
    summary: 'bring the database to the newest schema (serve does this too)',
    load: async () => (await import('./commands/migrate.ts')).migrateCommand,
  },
  {
    name: 'backup',
    summary: 'copy the SQLite database to a file, safely while recipro runs',
    load: async () => (await import('./commands/backup.ts')).backupCommand,
  },
  {
    name: 'restore',
    summary: 'make a backup the database of an empty data folder',
    load: async () => (await import('./commands/backup.ts')).restoreCommand,
  },
  {
    name: 'reset-password',
    summary: 'print a one-time link that sets a new password for an account',
    load: async () => (await import('./commands/reset-password.ts')).resetPasswordCommand,
  },
  {
    name: 'analyze',
    summary: 'read a chat export and show the balance of the conversation',
    load: async () => (await import('./commands/analyze.ts')).analyzeCommand,
  },
  {
    name: 'demo',
    summary: 'create a demo circle with lifelike activity and print its sign-ins',
    load: async () => (await import('./commands/demo.ts')).demoCommand,
  },
];

const help = (): string =>
  [
    'recipro — see and restore the balance of giving and receiving care.',
    '',
    'Usage: recipro <command> [options]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(15)} ${c.summary}`),
    '',
    'Run `recipro <command> --help` for the options of one command.',
  ].join('\n');

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    console.log(help());
    return EXIT_OK;
  }
  const entry = commands.find((c) => c.name === name);
  if (!entry) {
    console.error(
      `recipro: unknown command "${name}". Run \`recipro --help\` to see the commands.`,
    );
    return EXIT_USAGE;
  }
  return runCommand(await entry.load(), rest);
}
