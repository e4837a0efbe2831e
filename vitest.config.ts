import { defineConfig } from 'vitest/config';

/**
 * The test tiers of DESIGN.md, one vitest project each. `npm test` runs them all
 * (scripts/test.js); `npm run test:<tier>` runs one.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['packages/*/src/**/*.test.ts', 'packages/*/test/unit/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'storage',
          include: ['packages/server/test/storage/**/*.test.ts'],
          globalSetup: ['packages/server/test/support/templates.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'api',
          include: ['packages/server/test/api/**/*.test.ts', 'packages/cli/test/**/*.test.ts'],
          globalSetup: ['packages/server/test/support/templates.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['e2e/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
