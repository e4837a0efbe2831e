import { runCommand } from './command.ts';
import { analyzeCommand } from './commands/analyze.ts';

// What a worker thread of `recipro analyze` runs, from this same module (or its bundle).
export { runAnalyzeWorker } from './commands/analyze-threads.ts';

/**
 * `recipro analyze <args>`, loaded on its own: what bin/recipro.js runs for `analyze`, the
 * same as main.ts would run for it, without the index of the other commands.
 */
export function analyzeMain(argv: string[]): Promise<number> {
  return runCommand(analyzeCommand, argv);
}
