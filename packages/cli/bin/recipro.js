#!/usr/bin/env node
// The `recipro` command. The sources are TypeScript, run through tsx's loader so that the
// CLI, the server and the tests all execute the same files with no separate compile step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/main.ts');
process.exitCode = await main(process.argv.slice(2));
