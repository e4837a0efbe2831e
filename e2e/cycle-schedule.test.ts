/**
 * A regular check-in: one member asks for a check-in every week; the choice is kept, and the
 * circle's other member sees it too. Axe on the screen, light and dark.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe.ts';
import { launchBrowser, newPhoneContext, skipBrowserTier } from './browser.ts';
import { setUpCouple, type Couple } from './cycle-setup.ts';
import { startServer, type RunningServer } from './server.ts';

describe.skipIf(skipBrowserTier)('a check-in that opens by itself', () => {
  let server: RunningServer;
  let browser: Browser;
  let contexts: BrowserContext[] = [];
  let alexPage: Page;
  let samPage: Page;
  let couple: Couple;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    contexts = [
      await newPhoneContext(browser, server.url),
      await newPhoneContext(browser, server.url),
    ];
    const [a, b] = contexts;
    if (!a || !b) throw new Error('two browser contexts expected');
    couple = await setUpCouple(a, b, server.url);
    alexPage = await a.newPage();
    samPage = await b.newPage();
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.stop();
  });

  it('keeps the choice of a weekly check-in for the whole circle', async () => {
    await alexPage.goto(`/circles/${couple.circleId}/checkin`);
    await alexPage.getByRole('heading', { level: 1, name: 'Check in' }).waitFor();
    await alexPage.getByLabel('How often').selectOption({ label: 'Every week' });
    await alexPage
      .getByLabel('With which questions')
      .selectOption({ label: 'Four short questions (CSI-4)' });
    await alexPage.getByRole('button', { name: 'Save', exact: true }).click();
    await alexPage.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    expect(await axeViolations(alexPage, 'check in, schedule')).toEqual([]);

    await samPage.goto(`/circles/${couple.circleId}/checkin`);
    await samPage.getByRole('heading', { level: 1, name: 'Check in' }).waitFor();
    await expect.poll(() => samPage.getByLabel('How often').inputValue()).toBe('weekly');
  });
});
