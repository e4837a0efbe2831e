/** One `recipro <name>` sub-command (its one-line summary lives in main.ts's index). `run` returns the process exit code. */
export interface Command {
  readonly name: string;
  /** The full usage text for `recipro <name> --help`. */
  readonly usage: string;
  run(argv: string[]): Promise<number>;
}

/** Exit codes: 0 fine, 1 something failed while running, 2 the command line or input was wrong. */
export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

/** Runs `command` with the arguments after its name: its usage for `--help`/`-h`, else `run`. */
export async function runCommand(command: Command, argv: string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(command.usage);
    return EXIT_OK;
  }
  return command.run(argv);
}
