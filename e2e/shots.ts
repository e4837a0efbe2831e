import { mkdir } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { DESKTOP, PHONE } from './browser.ts';

export const SHOTS_DIR = '/tmp/shots';

/** Whether this run takes screenshots: `RECIPRO_SHOTS=1 npm run test:e2e` (for people to look at). */
export const TAKE_SHOTS = process.env.RECIPRO_SHOTS === '1';

/**
 * Full-page screenshots at phone and desktop widths, light and dark, and one phone screen as
 * it first appears, into /tmp/shots — when RECIPRO_SHOTS=1. They are for a person to look at
 * (no test reads them), so an ordinary run, CI's included, does not spend its time on them.
 */
export async function screenshots(page: Page, name: string): Promise<void> {
  if (!TAKE_SHOTS) return;
  await mkdir(SHOTS_DIR, { recursive: true });
  const original = page.viewportSize() ?? PHONE;
  for (const [size, viewport] of [
    ['phone', PHONE],
    ['desktop', DESKTOP],
  ] as const) {
    await page.setViewportSize(viewport);
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await page.screenshot({
        path: `${SHOTS_DIR}/${name}-${size}-${colorScheme}.png`,
        fullPage: true,
      });
    }
  }
  // What a phone shows first, with the bottom navigation where it really sits.
  await page.setViewportSize(PHONE);
  await page.emulateMedia({ colorScheme: 'light' });
  await page.screenshot({ path: `${SHOTS_DIR}/${name}-phone-viewport-light.png` });
  await page.setViewportSize(original);
}
