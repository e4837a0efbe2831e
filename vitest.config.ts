import { defineConfig } from 'vitest/config';

/**
 * The test tiers of DESIGN.md, one vitest project each. `npm test` runs them all
 * (scripts/test.js); `npm run test:<tier>` runs one.
 */
export default defineConfig({
  test: {
    // Much test time is spent waiting (disk syncs, child processes, a browser), not computing:
    // on a 2-core machine vitest's default (one worker per core, less one) would run one file at
    // a time. Every project gets the same number (vitest runs projects with different numbers
    // one after another), so two browser files may run side by side, each with its own server.
    maxWorkers: 2,
    // Test files share their worker's modules (isolate: false) instead of
    // loading the server and core afresh for each file: the same tests in 40% less CPU. They
    // can: no test mocks a module, every server, database and browser a file starts is its own,
    // and the unit project puts back whatever a test stubs.
    projects: [
      {
        test: {
          name: 'unit',
          isolate: false,
          // The web's messages: English, as the app loads it before rendering.
          setupFiles: ['packages/web/test/english.ts'],
          // Files share a worker's modules (isolate: false); what one test stubs goes back after it.
          unstubGlobals: true,
          unstubEnvs: true,
          restoreMocks: true,
          // Property tests run hundreds of cases; a busy machine can take more than 5 s.
          testTimeout: 30_000,
          include: [
            'packages/*/src/**/*.test.ts',
            'packages/*/build/**/*.test.ts',
            'packages/*/test/unit/**/*.test.ts',
          ],
        },
      },
      {
        test: {
          name: 'storage',
          isolate: false,
          include: ['packages/server/test/storage/**/*.test.ts'],
          globalSetup: ['packages/server/test/support/templates.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'api',
          isolate: false,
          include: ['packages/server/test/api/**/*.test.ts'],
          globalSetup: ['packages/server/test/support/templates.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          // The recipro command, each test running it as processes of its own: a process's start
          // costs seconds of CPU, and more on a machine busy with the other tiers.
          name: 'cli',
          isolate: false,
          include: ['packages/cli/test/**/*.test.ts'],
          globalSetup: ['packages/server/test/support/templates.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          // Faults: a database restarting or locked, a process killed. Each test is bounded.
          name: 'faults',
          isolate: false,
          include: ['packages/server/test/faults/**/*.test.ts'],
          globalSetup: ['packages/server/test/support/templates.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          // Each file starts its own server and browser; only the modules are shared.
          isolate: false,
          include: ['e2e/**/*.test.ts'],
          // expect.poll gives up after 1 s by default: too short for a page on a loaded machine.
          expect: { poll: { timeout: 15_000 } },
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
