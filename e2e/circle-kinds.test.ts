/**
 * A family circle reads as written for it: Check in offers only recipro's own questions (the
 * CSI is for couples), and those questions never say "my partner".
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiCreateCircle, apiSignUp } from './api.ts';
import { launchBrowser, newPhoneContext, skipBrowserTier } from './browser.ts';
import { person } from './flows.ts';
import { startServer, type RunningServer } from './server.ts';

describe.skipIf(skipBrowserTier)('a family circle checks in', () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let circleId: string;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    context = await newPhoneContext(browser, server.url);
    await apiSignUp(context, server.url, person('Rosa'));
    ({ id: circleId } = await apiCreateCircle(context, server.url, 'The Ortiz family', 'family'));
    page = await context.newPage();
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
  });

  it('offers only recipro’s own questions, worded for a family', async () => {
    await page.goto(`/circles/${circleId}/checkin`);
    await page.getByRole('heading', { level: 1, name: 'Check in' }).waitFor();
    const choices = page.getByRole('group', { name: 'Which questions?' }).getByRole('radio');
    expect(await choices.count()).toBe(1);
    await page.getByRole('radio', { name: /recipro’s own questions on sharing/ }).waitFor();
    expect(await page.getByText(/CSI/).count()).toBe(0);

    await page.getByRole('button', { name: 'Start check-in' }).click();
    await page.getByText('I feel valued by my family.').waitFor();
    expect(await page.locator('main').innerText()).not.toMatch(/partner/i);
  });
});
