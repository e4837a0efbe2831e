import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, RunOptions } from 'axe-core';
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
async function runAxe(page: Page): Promise<AxeResults> {
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
    (tags) =>
      (
        window as unknown as {
          axe: { run: (context: Document, options: RunOptions) => Promise<AxeResults> };
        }
      ).axe.run(document, {
        runOnly: { type: 'tag', values: tags },
      }),
    TAGS,
  );
}

/**
 * The axe violations on the page, in light and in dark colours, as short readable lines (an
 * empty list when there are none). The page is left in the light scheme.
 */
export async function axeViolations(page: Page, label: string): Promise<string[]> {
  const found: string[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const results = await runAxe(page);
    for (const violation of results.violations) {
      const where = violation.nodes.map((node) => node.target.join(' ')).join(', ');
      found.push(`${label} (${colorScheme}): ${violation.id}: ${violation.help} at ${where}`);
    }
  }
  await page.emulateMedia({ colorScheme: 'light' });
  return found;
}
