import { writeFileSync } from 'node:fs';
import type { Reporter, TestModule } from 'vitest/node';

/**
 * Prints the one closing line CI reads: "N passed, N failed, N skipped". When `npm test` runs
 * several vitest runs (scripts/test.js), it names a file in RECIPRO_TEST_SUMMARY where this run
 * leaves its counts, to be added up.
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, errors: ReadonlyArray<unknown>): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const mod of testModules) {
      if (mod.state() === 'failed' && [...mod.children.allTests()].length === 0) failed += 1;
      for (const test of mod.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed += 1;
        else if (state === 'failed') failed += 1;
        else skipped += 1;
      }
    }
    failed += errors.length;
    const file = process.env.RECIPRO_TEST_SUMMARY;
    if (file) writeFileSync(file, JSON.stringify({ passed, failed, skipped }));
    console.log(`\n${passed} passed, ${failed} failed, ${skipped} skipped`);
  }
}
