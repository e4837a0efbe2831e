import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, RunOptions } from 'axe-core';
import type * as AxeCore from 'axe-core';
import type { Page } from 'playwright-core';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** axe-core's own script, read once per test worker. */
const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/**
 * Runs axe-core in the page itself, loading it once per document. The app draws no frames, so
 * one `axe.run` over the document checks everything; @axe-core/playwright's builder instead
 * loads axe into every frame and merges partial results in a new page of its own on every
 * call, which cost about seven times the CPU and made the browser tier CPU-bound.
 */
async function runAxe(page: Page, only: RunOptions['runOnly']): Promise<AxeResults> {
  // Something fading in (the undo bar, say) is checked as it ends up, not half-transparent.
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((animation) => animation.effect?.getTiming().iterations !== Infinity)
        .map((animation) => animation.finished.catch(() => undefined)),
    ),
  );
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.evaluate(AXE_SOURCE);
  return page.evaluate(
    (runOnly) =>
      (
        window as unknown as {
          axe: { run: (context: Document, options: RunOptions) => Promise<AxeResults> };
        }
      ).axe.run(document, {
        runOnly,
        // Only violations are read: axe then describes one node of each passing rule, not all.
        resultTypes: ['violations'],
      }),
    only,
  );
}

/** The rules that read colours, among those the light pass runs. */
const COLOUR_RULES = (createRequire(import.meta.url)('axe-core') as typeof AxeCore)
  .getRules(['cat.color'])
  .filter((rule) => rule.tags.some((tag) => TAGS.includes(tag)))
  .map((rule) => rule.ruleId);

/**
 * What each colour scheme is checked for. The dark scheme changes colours only (its style rules
 * set colour variables and nothing else, as `packages/web/src/dark-scheme.test.ts` holds), so in
 * dark only the rules that read colours run again, not every rule over the same page.
 */
const SCHEMES: readonly { colorScheme: 'light' | 'dark'; runOnly: RunOptions['runOnly'] }[] = [
  { colorScheme: 'light', runOnly: { type: 'tag', values: TAGS } },
  { colorScheme: 'dark', runOnly: { type: 'rule', values: COLOUR_RULES } },
];

/**
 * The axe violations on the page, in light and in dark colours, as short readable lines (an
 * empty list when there are none). The page is left in the light scheme.
 */
export async function axeViolations(page: Page, label: string): Promise<string[]> {
  const found: string[] = [];
  for (const { colorScheme, runOnly } of SCHEMES) {
    await page.emulateMedia({ colorScheme });
    const results = await runAxe(page, runOnly);
    for (const violation of results.violations) {
      const where = violation.nodes.map((node) => node.target.join(' ')).join(', ');
      found.push(`${label} (${colorScheme}): ${violation.id}: ${violation.help} at ${where}`);
    }
  }
  await page.emulateMedia({ colorScheme: 'light' });
  return found;
}
