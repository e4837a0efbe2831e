/**
 * Debian's Chromium, driven by playwright-core. Without /usr/bin/chromium the browser tier is
 * skipped on a developer's machine, but fails under CI, where a missing browser is a bug.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';

export const CHROMIUM_PATH = '/usr/bin/chromium';
const chromiumFound = existsSync(CHROMIUM_PATH);

/** True when the suite should be skipped rather than run. */
export const skipBrowserTier = !chromiumFound && !process.env.CI;
if (skipBrowserTier) console.warn(`browser tier skipped: ${CHROMIUM_PATH} not found`);

export async function launchBrowser(): Promise<Browser> {
  if (!chromiumFound) throw new Error(`${CHROMIUM_PATH} not found, and CI needs the browser tier`);
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export const PHONE = { width: 390, height: 844 } as const;
export const DESKTOP = { width: 1280, height: 800 } as const;

/** A fresh browser profile (cookies, storage, service workers) sized like a phone. */
export async function newPhoneContext(browser: Browser, baseURL: string): Promise<BrowserContext> {
  const context = await browser.newContext({
    baseURL,
    viewport: PHONE,
    locale: 'en-GB',
    timezoneId: 'UTC',
  });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  return context;
}
