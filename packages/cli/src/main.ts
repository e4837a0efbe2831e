import { EXIT_OK, EXIT_USAGE, type Command } from './command.ts';
import { serveCommand } from './commands/serve.ts';
import { migrateCommand } from './commands/migrate.ts';
import { analyzeCommand } from './commands/analyze.ts';

/** Every sub-command, in the order `recipro --help` lists them. */
const commands: readonly Command[] = [serveCommand, migrateCommand, analyzeCommand];

const help = (): string =>
  [
    'recipro — see and restore the balance of giving and receiving care.',
    '',
    'Usage: recipro <command> [options]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(10)} ${c.summary}`),
    '',
    'Run `recipro <command> --help` for the options of one command.',
  ].join('\n');

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    console.log(help());
    return EXIT_OK;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    console.error(
      `recipro: unknown command "${name}". Run \`recipro --help\` to see the commands.`,
    );
    return EXIT_USAGE;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    console.log(command.usage);
    return EXIT_OK;
  }
  return command.run(rest);
}
