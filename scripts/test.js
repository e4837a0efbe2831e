#!/usr/bin/env node
// `npm test`: every test tier, ending with its wall-clock time and one plain line:
// "N passed, N failed, N skipped".
//
// The tiers run as two vitest runs side by side, each with more files at a time than the
// machine has cores: an API test mostly waits for a disk sync or a database round trip, a
// browser test for a page, its server and Chromium (a browser worker uses about a third of a
// core), so on two cores two workers would leave the machine idle half the time. The browser
// run starts once the web app it serves is built, which happens meanwhile.
// Each run's lines are prefixed with its name; the closing line adds both runs up.
//
// `npm test -- <vitest arguments>` runs one vitest with those arguments instead (after the
// build), e.g. `npm test -- --project api packages/server/test/api/acts.test.ts`.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';

/** Test files run at a time: unit, storage and API; browser (each with its server and Chromium). */
const TIER_WORKERS = process.env.RECIPRO_TEST_WORKERS ?? '3';
const BROWSER_WORKERS = process.env.RECIPRO_E2E_WORKERS ?? '3';
const REPORTERS = ['--reporter=default', '--reporter=./scripts/summary-reporter.ts'];

const started = performance.now();
const summaries = mkdtempSync(join(tmpdir(), 'recipro-test-summary-'));
const children = new Set();

/** Runs a command, its output lines prefixed with `label` (none when empty). */
function run(label, cmd, args, env = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, {
      stdio: ['ignore', label ? 'pipe' : 'inherit', label ? 'pipe' : 'inherit'],
      env: { ...process.env, ...env },
    });
    children.add(child);
    if (label) {
      for (const [stream, out] of [
        [child.stdout, process.stdout],
        [child.stderr, process.stderr],
      ]) {
        createInterface({ input: stream }).on('line', (line) => out.write(`[${label}] ${line}\n`));
      }
    }
    child.on('close', (code, signal) => {
      children.delete(child);
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    for (const child of children) child.kill(signal);
    process.exit(1);
  });
}

/** A vitest run whose counts the summary reporter leaves in `name`.json. */
const vitest = (label, name, args) =>
  run(label, 'npx', ['vitest', 'run', ...REPORTERS, ...args], {
    RECIPRO_TEST_SUMMARY: join(summaries, `${name}.json`),
  });

function counts(name) {
  try {
    return JSON.parse(readFileSync(join(summaries, `${name}.json`), 'utf8'));
  } catch {
    // The run ended before it could report: count it as one failure.
    return {
      passed: 0,
      failed: 1,
      skipped: 0,
      failures: [{ where: name, why: 'the run ended before it could report' }],
    };
  }
}

const build = () => run('build', 'npm', ['run', 'build', '--silent']);

let names;
const extra = process.argv.slice(2);
if (extra.length > 0) {
  names = ['all'];
  if ((await build()) === 0) await vitest('', 'all', extra);
} else {
  names = ['tiers', 'browser'];
  await Promise.all([
    vitest('tiers', 'tiers', [
      ...['--project', 'unit', '--project', 'storage', '--project', 'api', '--project', 'cli'],
      ...['--project', 'faults'],
      `--maxWorkers=${TIER_WORKERS}`,
    ]),
    build().then((status) =>
      status === 0
        ? vitest('browser', 'browser', ['--project', 'e2e', `--maxWorkers=${BROWSER_WORKERS}`])
        : undefined,
    ),
  ]);
}

// The closing lines: each failure of every run again (the runs' own lines are far above, mixed),
// then the counts added up.
const total = { passed: 0, failed: 0, skipped: 0 };
console.log('');
for (const name of names) {
  const c = counts(name);
  for (const key of Object.keys(total)) total[key] += c[key];
  for (const failure of c.failures ?? []) console.log(`FAILED ${failure.where}: ${failure.why}`);
}
rmSync(summaries, { recursive: true, force: true });
// The wall-clock time, so CI's log says how long the whole suite took (README quotes it).
console.log(`npm test took ${Math.round((performance.now() - started) / 1000)} s`);
console.log(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(total.failed === 0 ? 0 : 1);
