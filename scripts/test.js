#!/usr/bin/env node
// `npm test`: builds the web app (the browser tier serves it), then runs every test tier
// and ends with one plain line: "N passed, N failed, N skipped".
import { spawnSync } from 'node:child_process';

const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit', env: process.env }).status ?? 1;

if (run('npm', ['run', 'build', '--silent']) !== 0) {
  console.log('0 passed, 1 failed');
  process.exit(1);
}
const status = run('npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=./scripts/summary-reporter.ts',
  ...process.argv.slice(2),
]);
process.exit(status);
