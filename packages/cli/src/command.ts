/** One `recipro <name>` sub-command. `run` returns the process exit code. */
export interface Command {
  readonly name: string;
  /** One line for `recipro --help`. */
  readonly summary: string;
  /** The full usage text for `recipro <name> --help`. */
  readonly usage: string;
  run(argv: string[]): Promise<number>;
}

/** Exit codes: 0 fine, 1 something failed while running, 2 the command line or input was wrong. */
export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;
