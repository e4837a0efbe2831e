/**
 * A family circle reads as written for it: Check in offers only recipro's own questions (the
 * CSI is for couples), and those questions never say "my partner"; Reflect asks about the family,
 * and Rituals offers a family's rituals, described for a family.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiCreateCircle, apiSignUp } from './api.ts';
import { launchBrowser, newPhoneContext, skipBrowserTier } from './browser.ts';
import { person, section } from './flows.ts';
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

  it('asks its reflections about the family, and offers a family’s rituals', async () => {
    await page.goto(`/circles/${circleId}/reflect`);
    const prompt = page.getByLabel('A question to start from');
    await prompt.waitFor();
    const prompts = await prompt.locator('option').allInnerTexts();
    expect(prompts).toContain(
      'If someone in my family asked me for this, how would I feel about being asked?',
    );
    expect(prompts.join(' ')).not.toMatch(/partner|someone I love/i);

    await page.goto(`/circles/${circleId}/rituals`);
    const form = section(page, 'Start a ritual');
    const which = form.getByLabel('Which ritual');
    await which.waitFor();
    const offered = await which.locator('option').allInnerTexts();
    expect(offered).toContain('Family meal');
    expect(offered).toContain('Monthly family check-in');
    expect(offered).not.toContain('Date night');
    expect(offered).not.toContain('Reciprocal feedback round');
    await which.selectOption({ label: 'Family meal' });
    expect(await form.getByLabel('Its name').inputValue()).toBe('Family meal');
    await form
      .getByText(
        'A meal together each week, at the table or on a call, with room for everyone to talk.',
      )
      .waitFor();
  });
});
