// Runs the `analyze` command module directly (same code and flags as `recipro analyze`), to
// measure it without the start-up cost of the CLI's other commands, which main.ts imports eagerly.
import { analyzeCommand } from '../packages/cli/src/commands/analyze.ts';

process.exitCode = await analyzeCommand.run(process.argv.slice(2));
