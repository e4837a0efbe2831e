/**
 * A circle where nothing is logged yet shows what to do next — invite, log a first act, notice —
 * on its home and on Practice balance, in place of summaries and charts with nothing to show.
 */
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAccept, apiCreateCircle, apiInvite, apiSignUp } from './api.ts';
import { axeViolations } from './axe.ts';
import { launchBrowser, newPhoneContext, skipBrowserTier } from './browser.ts';
import { logCare, person } from './flows.ts';
import { startServer, type RunningServer } from './server.ts';
import { screenshots } from './shots.ts';

const WIDE = { width: 1440, height: 900 } as const;

describe.skipIf(skipBrowserTier)('a circle with nothing logged yet', () => {
  let server: RunningServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.stop();
  });

  it('shows the next steps on its home and its balance, and the summary once care is logged', async () => {
    const [ana, ben] = await Promise.all([0, 1].map(() => newPhoneContext(browser, server.url)));
    contexts.push(ana!, ben!);
    await apiSignUp(ana!, server.url, person('Ana'));
    const circle = await apiCreateCircle(ana!, server.url, 'Ana and Ben', 'couple');
    const page = await ana!.newPage();

    await page.goto(`/circles/${circle.id}`);
    const next = page.getByRole('region', { name: 'What to do next' });
    await next.getByText('Invite someone to join you.').waitFor();
    await next.getByText('Use “Invite someone” on this page').waitFor();
    await next.getByText('Log a first act of care once someone has joined.').waitFor();
    await expect(page.getByRole('heading', { name: 'The last 30 days' }).count()).resolves.toBe(0);
    expect(await axeViolations(page, 'circle, nothing logged')).toEqual([]);
    await screenshots(page, 'welcome-next-steps-circle-alone');

    await page.goto(`/circles/${circle.id}/balance`);
    await next.getByText('there is nothing to chart', { exact: false }).waitFor();
    await expect(page.locator('svg.recharts-surface').count()).resolves.toBe(0);
    await expect(page.getByRole('group', { name: 'Look at' }).count()).resolves.toBe(0);
    expect(await axeViolations(page, 'balance, nothing logged')).toEqual([]);
    await screenshots(page, 'welcome-next-steps-balance');

    // Ben joins: inviting is done; the first act is next, and once logged the summary shows.
    const { token } = await apiInvite(ana!, server.url, circle.id);
    await apiSignUp(ben!, server.url, person('Ben'));
    await apiAccept(ben!, server.url, token, ana!);
    await page.setViewportSize(WIDE);
    await next.getByRole('link', { name: 'Go to the circle’s home' }).click();
    await next.getByText('Log a first act of care: tap the kind of care you gave.').waitFor();
    await next.getByText('Invite someone to join you. (Done)').waitFor();
    await screenshots(page, 'welcome-next-steps-circle-joined');

    await logCare(page, 'Quality time');
    await page.getByRole('heading', { name: 'The last 30 days' }).waitFor();
    await expect(next.count()).resolves.toBe(0);
    await page.goto(`/circles/${circle.id}/balance`);
    await page.getByRole('heading', { level: 1, name: 'Practice balance' }).waitFor();
    await page.getByRole('group', { name: 'Look at' }).waitFor();
    await expect(next.count()).resolves.toBe(0);
  }, 180_000);
});
