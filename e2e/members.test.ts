/**
 * Who is in a circle, on the circle's home: the keeper removes someone (after saying what
 * happens) and hands the role on; an unused invitation link is withdrawn.
 */
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAccept, apiCreateCircle, apiInvite, apiSignUp } from './api.ts';
import { axeViolations } from './axe.ts';
import { launchBrowser, newPhoneContext, skipBrowserTier } from './browser.ts';
import { person } from './flows.ts';
import { startServer, type RunningServer } from './server.ts';
import { screenshots } from './shots.ts';

describe.skipIf(skipBrowserTier)('people in a circle', () => {
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

  it('lets the keeper remove someone, hand the role on, and withdraw an unused link', async () => {
    const [ama, bo, cy] = await Promise.all(
      [0, 1, 2].map(() => newPhoneContext(browser, server.url)),
    );
    contexts.push(ama!, bo!, cy!);
    await apiSignUp(ama!, server.url, person('Ama'));
    const circle = await apiCreateCircle(ama!, server.url, 'The Okafors', 'family');
    for (const [context, who] of [
      [bo!, person('Bo')],
      [cy!, person('Cy')],
    ] as const) {
      await apiSignUp(context, server.url, who);
      const { token } = await apiInvite(ama!, server.url, circle.id);
      await apiAccept(context, server.url, token, ama!);
    }
    await apiInvite(ama!, server.url, circle.id);

    const page = await ama!.newPage();
    await page.goto(`/circles/${circle.id}`);
    const panel = page.getByRole('region', { name: 'People in this circle' });
    await panel.getByText('You · keeper').waitFor();
    await panel.getByText('A link that works until', { exact: false }).waitFor();
    expect(await axeViolations(page, 'circle, people')).toEqual([]);
    await screenshots(page, 'circle-people');

    await panel
      .getByRole('button', { name: /^Withdraw this link: the invitation that works until / })
      .click();
    await panel.getByText('This link will stop working').waitFor();
    await panel.getByRole('button', { name: 'Withdraw it' }).click();
    await panel.getByRole('status').filter({ hasText: 'The link is withdrawn' }).waitFor();
    // The list follows the status message once the server has answered: wait for it to go.
    await panel
      .getByText('A link that works until', { exact: false })
      .waitFor({ state: 'detached' });

    await panel.getByRole('button', { name: 'Remove Cy from the circle' }).click();
    await panel.getByText('What they wrote here is deleted', { exact: false }).waitFor();
    await panel.getByRole('button', { name: 'Remove Cy' }).click();
    await panel.getByRole('status').filter({ hasText: 'Cy is no longer in the circle.' }).waitFor();
    const cyPage = await cy!.newPage();
    await cyPage.goto(`/circles/${circle.id}`);
    await cyPage
      .getByRole('heading', { level: 1, name: 'We could not find that circle' })
      .waitFor();

    await panel.getByRole('button', { name: 'Make Bo the keeper' }).click();
    await panel.getByRole('status').filter({ hasText: 'Bo is the keeper now.' }).waitFor();
    await panel.getByText('Bo · keeper').waitFor();
    await expect(panel.getByRole('button', { name: /^Remove / }).count()).resolves.toBe(0);
  });
});
