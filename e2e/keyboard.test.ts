/** Logging and noticing care with the keyboard alone, with a visible focus at every stop. */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAccept, apiCreateCircle, apiInvite, apiSignUp } from './api.ts';
import { launchBrowser, newPhoneContext, skipBrowserTier } from './browser.ts';
import { person, section } from './flows.ts';
import { startServer, type RunningServer } from './server.ts';

/**
 * A plain name for the focused element: its aria-label, else its label's text, else its own
 * text without what is hidden from assistive technology (a hint shown beside the name).
 */
const focusedName = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (!el) return '';
    const label = el instanceof HTMLInputElement ? el.labels?.[0]?.textContent : undefined;
    const shown = el.cloneNode(true) as Element;
    shown.querySelectorAll('[aria-hidden="true"]').forEach((hidden) => hidden.remove());
    return (el.getAttribute('aria-label') ?? label ?? shown.textContent ?? '').trim();
  });

/** Whether the focused element draws a focus indicator (an outline, on it or its chip). */
const focusVisible = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (!(el instanceof HTMLElement)) return false;
    const drawn = el.matches('input[type=radio]') ? el.closest('label') : el;
    return drawn ? getComputedStyle(drawn).outlineStyle !== 'none' : false;
  });

/** Presses `key` until the focused element is named `name`; fails after `limit` presses. */
async function moveFocusTo(page: Page, name: string, key = 'Tab', limit = 80): Promise<void> {
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press(key);
    if ((await focusedName(page)) === name) {
      expect(await focusVisible(page), `focus on "${name}" should be visible`).toBe(true);
      return;
    }
  }
  throw new Error(`"${name}" not reached with ${key} in ${limit} presses`);
}

describe.skipIf(skipBrowserTier)('keyboard only', () => {
  let server: RunningServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let circlePath = '';

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    const alexContext = await newPhoneContext(browser, server.url);
    const samContext = await newPhoneContext(browser, server.url);
    contexts.push(alexContext, samContext);
    await apiSignUp(alexContext, server.url, person('Alex'));
    const circle = await apiCreateCircle(alexContext, server.url, 'Kitchen table');
    const { token } = await apiInvite(alexContext, server.url, circle.id);
    await apiSignUp(samContext, server.url, person('Sam'));
    await apiAccept(samContext, server.url, token, alexContext);
    circlePath = `/circles/${circle.id}`;
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.stop();
  });

  it('logs an act with effort and a note, without a mouse', async () => {
    const [alexContext] = contexts;
    const page = await alexContext!.newPage();
    await page.goto(circlePath);
    await page.getByRole('heading', { level: 1, name: 'Kitchen table' }).waitFor();

    await moveFocusTo(page, 'More: effort and a note');
    await page.keyboard.press('Enter');
    await moveFocusTo(page, 'Small');
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('radio', { name: 'Medium' }).isChecked()).resolves.toBe(true);
    await page.keyboard.press('Tab');
    await page.keyboard.type('Listened properly');
    await moveFocusTo(page, 'Quality time', 'Shift+Tab');
    await page.keyboard.press('Enter');

    await page.getByRole('status').filter({ hasText: 'Logged: Quality time for Sam.' }).waitFor();
    const given = section(page, 'Care you gave');
    await given.getByText('Listened properly').waitFor();
    await given.getByText('Medium').waitFor();
    await expect(page.getByLabel('Note').inputValue()).resolves.toBe('');
  });

  it('marks "I noticed" with the keyboard and keeps focus on the act', async () => {
    const samContext = contexts[1];
    const page = await samContext!.newPage();
    await page.goto(circlePath);
    await page.getByRole('heading', { level: 1, name: 'Kitchen table' }).waitFor();
    await moveFocusTo(page, 'I noticed: Quality time from Alex');
    await page.keyboard.press('Space');
    await section(page, 'Care you received').getByText('You noticed this').waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName ?? '')).toBe('LI');
  });
});
