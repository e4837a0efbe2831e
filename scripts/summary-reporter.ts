import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { Reporter, TestModule } from 'vitest/node';

/** One failure as the closing lines name it: where, which test, the first line of why. */
interface Failure {
  readonly where: string;
  readonly why: string;
}

const firstLine = (message: string | undefined): string =>
  (message ?? '').split('\n').find((line) => line.trim() !== '') ?? '';

const errorText = (error: unknown): string =>
  firstLine(
    error && typeof error === 'object' && 'message' in error
      ? String((error as { message: unknown }).message)
      : String(error),
  );

/**
 * Prints the one closing line CI reads: "N passed, N failed, N skipped", after a line for each
 * failure (its file, its test and the first line of its error), so that the end of a long log
 * says what failed. When `npm test` runs several vitest runs (scripts/test.js), it names a file
 * in RECIPRO_TEST_SUMMARY where this run leaves its counts and failures, to be added up.
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, errors: ReadonlyArray<unknown>): void {
    let passed = 0;
    let skipped = 0;
    const failures: Failure[] = [];
    for (const mod of testModules) {
      const file = relative(process.cwd(), mod.moduleId);
      const tests = [...mod.children.allTests()];
      if (mod.state() === 'failed' && tests.length === 0) {
        failures.push({ where: file, why: errorText(mod.errors()[0]) });
      }
      for (const test of tests) {
        const result = test.result();
        if (result.state === 'passed') passed += 1;
        else if (result.state === 'failed') {
          failures.push({
            where: `${file} > ${test.fullName}`,
            why: errorText(result.errors?.[0]),
          });
        } else skipped += 1;
      }
    }
    for (const error of errors) failures.push({ where: 'outside any test', why: errorText(error) });
    const failed = failures.length;
    const file = process.env.RECIPRO_TEST_SUMMARY;
    if (file) writeFileSync(file, JSON.stringify({ passed, failed, skipped, failures }));
    console.log('');
    for (const failure of failures) console.log(`FAILED ${failure.where}: ${failure.why}`);
    console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
  }
}
