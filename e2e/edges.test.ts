/**
 * The paths around the spine: a family circle with several people, joining as an existing
 * user, links that no longer work, addresses that lead nowhere, and server messages shown as sent.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAccept, apiCreateCircle, apiInvite, apiSignUp } from './api.ts';
import { axeViolations } from './axe.ts';
import { launchBrowser, newPhoneContext, skipBrowserTier } from './browser.ts';
import { fillSignUp, logCare, PASSWORD, person, section } from './flows.ts';
import { startServer, type RunningServer } from './server.ts';
import { screenshots } from './shots.ts';

describe.skipIf(skipBrowserTier)('around the spine', () => {
  let server: RunningServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const newContext = async () => {
    const context = await newPhoneContext(browser, server.url);
    contexts.push(context);
    return context;
  };
  const open = async (context: BrowserContext, path: string): Promise<Page> => {
    const page = await context.newPage();
    await page.goto(path);
    return page;
  };

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.stop();
  });

  it('lets a family choose who the care is for, and shows care among the others', async () => {
    const [ana, ben, cleo] = [await newContext(), await newContext(), await newContext()];
    await apiSignUp(ana, server.url, person('Ana'));
    const circle = await apiCreateCircle(ana, server.url, 'The Okafors', 'family');
    for (const [context, who] of [
      [ben, person('Ben')],
      [cleo, person('Cleo')],
    ] as const) {
      const { token } = await apiInvite(ana, server.url, circle.id);
      await apiSignUp(context, server.url, who);
      await apiAccept(context, server.url, token, ana);
    }

    const page = await open(ana, `/circles/${circle.id}`);
    await page.getByRole('heading', { level: 1, name: 'The Okafors' }).waitFor();
    await page.getByText('With Ben, Cleo').waitFor();
    await page.getByRole('radio', { name: 'Cleo' }).check();
    await page.getByText('Tap what you gave Cleo').waitFor();
    await logCare(page, 'Mental load');
    // Said at once (in the undo bar, which stays only a few seconds).
    await expect(page.getByRole('status').filter({ hasText: 'Logged' }).innerText()).resolves.toBe(
      'Logged: Mental load for Cleo.',
    );
    await section(page, 'Care you gave').getByText('For Cleo').waitFor();
    expect(await axeViolations(page, 'family circle')).toEqual([]);
    await screenshots(page, 'circle-family');

    const benPage = await open(ben, `/circles/${circle.id}`);
    const summary = section(benPage, 'The last 30 days');
    await summary.getByText('Care also went between others in the circle.').waitFor();
    expect(await summary.innerText()).not.toContain('Ana gave Cleo');
  });

  it('lets someone with an account sign in on the invitation page and join', async () => {
    const [host, guest] = [await newContext(), await newContext()];
    await apiSignUp(host, server.url, person('Hana'));
    const circle = await apiCreateCircle(host, server.url, 'Book club', 'friends');
    const { token } = await apiInvite(host, server.url, circle.id);
    const guestPerson = person('Ivo');
    await apiSignUp(guest, server.url, guestPerson);
    await guest.clearCookies();

    const page = await open(guest, `/invite/${token}`);
    await page.getByText('Hana invited you to join “Book club”.').waitFor();
    await page.getByRole('button', { name: 'Already have an account? Sign in' }).click();
    await page.getByLabel('Email').fill(guestPerson.email);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    const join = page.getByRole('button', { name: 'Ask to join Book club' });
    await join.waitFor();
    await expect(join.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await join.click();
    await page.getByRole('heading', { level: 1, name: 'You asked to join Book club' }).waitFor();

    // The link was single-use.
    const again = await open(guest, `/invite/${token}`);
    await again
      .getByRole('heading', { level: 1, name: 'This invitation cannot be used' })
      .waitFor();
    expect(await axeViolations(again, 'used invitation')).toEqual([]);
  });

  it('sends a member who opens a fresh link for their own circle straight to it', async () => {
    const host = await newContext();
    await apiSignUp(host, server.url, person('Jo'));
    const circle = await apiCreateCircle(host, server.url, 'Team Kite', 'team');
    const { token } = await apiInvite(host, server.url, circle.id);
    const page = await open(host, `/invite/${token}`);
    await page.getByRole('button', { name: 'Ask to join Team Kite' }).click();
    await page.getByRole('heading', { level: 1, name: 'Team Kite' }).waitFor();
  });

  it('explains unknown links, unknown circles and unknown pages', async () => {
    const context = await newContext();
    const page = await open(context, '/invite/not-a-real-token');
    await page.getByRole('heading', { level: 1, name: 'This invitation cannot be used' }).waitFor();

    await apiSignUp(context, server.url, person('Kai'));
    await page.goto('/circles/00000000-0000-4000-8000-000000000000');
    await page.getByRole('heading', { level: 1, name: 'We could not find that circle' }).waitFor();
    expect(await axeViolations(page, 'circle not found')).toEqual([]);

    await page.goto('/no/such/page');
    await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
  });

  it('sends a signed-out visitor to sign in, then back where they were going', async () => {
    const context = await newContext();
    await apiSignUp(context, server.url, person('Lou'));
    const circle = await apiCreateCircle(context, server.url, 'Lou and Max', 'couple');
    await context.clearCookies();
    const page = await open(context, `/circles/${circle.id}`);
    await page.getByRole('heading', { level: 1, name: 'Welcome back' }).waitFor();
    expect(new URL(page.url()).searchParams.get('next')).toBe(`/circles/${circle.id}`);
  });

  it('shows the server’s own message when an email is taken', async () => {
    const context = await newContext();
    const taken = person('Mo');
    await apiSignUp(context, server.url, taken);
    await context.clearCookies();
    const page = await open(context, '/signup');
    await fillSignUp(page, taken);
    const alert = page.getByRole('alert').filter({ hasText: /\w/ });
    await alert.waitFor();
    expect((await alert.innerText()).length).toBeGreaterThan(10);
    await page.getByRole('heading', { level: 1, name: 'Create your account' }).waitFor();
  });
});
