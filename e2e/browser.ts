/**
 * Debian's Chromium, driven by playwright-core. Without it the browser tier is skipped on a
 * developer's machine, but fails under CI, where a missing browser is a bug.
 *
 * Debian's chromium-headless-shell is preferred where installed (`.ci/run` installs it): the
 * same engine without the browser's own windows, which `chromium --headless` still draws, so
 * the same tests take less CPU. RECIPRO_CHROMIUM names another build.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';

const FULL_CHROMIUM = '/usr/bin/chromium';
const CANDIDATES = ['/usr/bin/chromium-headless-shell', FULL_CHROMIUM];
export const CHROMIUM_PATH =
  process.env.RECIPRO_CHROMIUM ?? CANDIDATES.find((path) => existsSync(path)) ?? FULL_CHROMIUM;

/** True when the suite should be skipped rather than run. */
export const skipBrowserTier = !existsSync(CHROMIUM_PATH) && !process.env.CI;
if (skipBrowserTier) console.warn(`browser tier skipped: ${CHROMIUM_PATH} not found`);

/** True when tests that need the whole browser (`launchBrowser({ full: true })`) should skip. */
export const skipFullBrowser = !existsSync(FULL_CHROMIUM) && !process.env.CI;
if (skipFullBrowser && !skipBrowserTier) {
  console.warn(`notification tests skipped: ${FULL_CHROMIUM} not found (apt-get install chromium)`);
}

/**
 * A fresh browser. `full` asks for the whole browser instead of the headless shell, for what
 * only it does: showing notifications (the shell's service workers show none).
 */
export async function launchBrowser({ full = false } = {}): Promise<Browser> {
  const path = full ? FULL_CHROMIUM : CHROMIUM_PATH;
  if (!existsSync(path)) throw new Error(`${path} not found, and CI needs the browser tier`);
  return chromium.launch({
    executablePath: path,
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
export const DESKTOP = { width: 1440, height: 900 } as const;

/**
 * A fresh browser profile (cookies, storage, service workers) sized like a phone. `locale` is the
 * browser's language (`navigator.languages`, Accept-Language): British English unless given.
 */
export async function newPhoneContext(
  browser: Browser,
  baseURL: string,
  locale = 'en-GB',
): Promise<BrowserContext> {
  const context = await browser.newContext({
    baseURL,
    viewport: PHONE,
    locale,
    timezoneId: 'UTC',
  });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  return context;
}
