/**
 * The first minutes after sign-up: one step at a time (make a circle → invite, by the share
 * sheet where the browser has one, else by copying → log a first act → what "I noticed"
 * means), resumed from the account's own data on any device, and "Not now" kept per account.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAccept, apiCreateCircle, apiGet, apiInvite, apiPost, apiSignUp } from './api.ts';
import { axeViolations } from './axe.ts';
import { launchBrowser, newPhoneContext, skipBrowserTier } from './browser.ts';
import { fillSignUp, logCare, PASSWORD, person, type Person } from './flows.ts';
import { startServer, type RunningServer } from './server.ts';
import { screenshots } from './shots.ts';

/** The desktop size these screens are checked at, beside the phone. */
const WIDE = { width: 1440, height: 900 } as const;

describe.skipIf(skipBrowserTier)('the first-run path', () => {
  let server: RunningServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const violations: string[] = [];

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.stop();
  });

  const newContext = async () => {
    const context = await newPhoneContext(browser, server.url);
    contexts.push(context);
    return context;
  };

  /** From the welcome, through sign-up, to the first step. */
  const signUpFromWelcome = async (page: Page, who: Person) => {
    await page.goto('/');
    await page.getByRole('link', { name: 'Create an account' }).click();
    await fillSignUp(page, who);
    await page.getByRole('heading', { level: 1, name: 'Your first steps' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/start');
  };

  const stepHeading = (page: Page, name: string) =>
    page.getByRole('heading', { level: 2, name }).first().waitFor();

  it('walks from sign-up to a circle, an invitation shared, a first act and “I noticed”', async () => {
    const context = await newContext();
    // This Chromium has no share sheet; the page gets one that records what it was handed.
    await context.addInitScript(() => {
      const shared: ShareData[] = [];
      Object.assign(window, { sharedForTest: shared });
      Object.defineProperty(navigator, 'share', {
        configurable: true,
        value: async (data: ShareData) => {
          shared.push(data);
        },
      });
    });
    const page = await context.newPage();
    const alex = person('Alex');
    await signUpFromWelcome(page, alex);

    await page.getByText('Step 1 of 4').waitFor();
    await stepHeading(page, 'Make a circle');
    await expect(page.getByRole('button', { name: 'Next' }).count()).resolves.toBe(0);
    violations.push(...(await axeViolations(page, 'first run, circle')));
    await screenshots(page, 'welcome-first-run-circle');

    await page.getByLabel('Circle name').fill('Alex & Sam');
    await page.getByRole('radio', { name: 'Couple' }).check();
    await page.getByRole('button', { name: 'Create circle' }).click();
    await stepHeading(page, 'Invite someone');
    await page.getByText('Step 2 of 4').waitFor();

    await page.getByRole('button', { name: 'Create invite link' }).click();
    const link = page.getByLabel('Invite link');
    await link.waitFor();
    const url = await link.inputValue();
    expect(url).toMatch(new RegExp(`^${server.url}/invite/[^/]+$`));
    await page.getByRole('button', { name: 'Share link…' }).click();
    await page.getByRole('status').filter({ hasText: 'Link shared.' }).waitFor();
    const shared = await page.evaluate(
      () => (window as unknown as { sharedForTest: ShareData[] }).sharedForTest,
    );
    expect(shared).toHaveLength(1);
    expect(shared[0]!.url).toBe(url);
    await page.getByText('Someone is invited to “Alex & Sam”.').waitFor();
    violations.push(...(await axeViolations(page, 'first run, invite shared')));
    await screenshots(page, 'welcome-first-run-invite');

    // Leaving half-way: the home offers the way back, at the step the data says is next.
    await page.goto('/');
    const card = page.getByRole('region', { name: 'Pick up your first steps' });
    await card.getByText('Next: log a first act of care.').waitFor();
    await screenshots(page, 'welcome-first-run-resume-card');
    await card.getByRole('link', { name: 'Continue' }).click();
    await stepHeading(page, 'Log a first act of care');
    await page.getByText('Once someone has joined “Alex & Sam”').waitFor();
    await screenshots(page, 'welcome-first-run-act-waiting');

    // Sam joins by the link; now Alex can log care for Sam.
    const samContext = await newContext();
    await apiSignUp(samContext, server.url, person('Sam'));
    await apiAccept(samContext, server.url, url.split('/').pop()!, context);
    await page.reload();
    await stepHeading(page, 'Log a first act of care');
    await expect(page.getByRole('button', { name: 'Next' }).count()).resolves.toBe(0);
    await logCare(page, 'Quality time');
    await page.getByText('Your first act of care is logged.').waitFor();
    // Next comes into view above the "Logged" message and its undo, not under them.
    const next = page.getByRole('button', { name: 'Next' });
    const clearOfTheBar = async () => {
      const bar = await page.locator('.undo-bar.showing').boundingBox();
      const box = await next.boundingBox();
      return bar !== null && box !== null && box.y >= 0 && box.y + box.height <= bar.y;
    };
    await expect.poll(clearOfTheBar).toBe(true);
    violations.push(...(await axeViolations(page, 'first run, act logged')));
    await screenshots(page, 'welcome-first-run-act');
    await next.click();
    await stepHeading(page, 'What “I noticed” means');
    await page.getByText('Step 4 of 4').waitFor();
    const main = await page.locator('main').innerText();
    expect(main).toContain('Tapping “I noticed” tells them it reached you');
    expect(main).toContain('never a tally');
    violations.push(...(await axeViolations(page, 'first run, noticed')));
    await screenshots(page, 'welcome-first-run-noticed');

    await page.getByRole('button', { name: 'Back' }).click();
    await stepHeading(page, 'Log a first act of care');
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('button', { name: 'Go to my circle' }).click();
    await page.getByRole('heading', { level: 1, name: 'Alex & Sam' }).waitFor();
    await expect(apiGet(context, server.url, '/api/me')).resolves.toMatchObject({
      firstRun: 'done',
    });
    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: 'Your circles' }).waitFor();
    await expect(page.getByText('Pick up your first steps').count()).resolves.toBe(0);
  }, 240_000);

  it('resumes on another device where the data says, and copies the link there', async () => {
    const phone = await newContext();
    const page = await phone.newPage();
    const kim = person('Kim');
    await signUpFromWelcome(page, kim);
    await page.getByLabel('Circle name').fill('The Parks');
    await page.getByRole('radio', { name: 'Family' }).check();
    await page.getByRole('button', { name: 'Create circle' }).click();
    await stepHeading(page, 'Invite someone');

    // The same account on a desktop: signed in, the home says what is next.
    const desktop = await newContext();
    const wide = await desktop.newPage();
    await wide.setViewportSize(WIDE);
    await wide.goto('/signin');
    await wide.getByLabel('Email').fill(kim.email);
    await wide.getByLabel('Password').fill(PASSWORD);
    await wide.getByRole('button', { name: 'Sign in' }).click();
    const card = wide.getByRole('region', { name: 'Pick up your first steps' });
    await card.getByText('Next: invite someone to your circle.').waitFor();
    violations.push(...(await axeViolations(wide, 'home, first steps card')));
    await card.getByRole('link', { name: 'Continue' }).click();
    await stepHeading(wide, 'Invite someone');
    await wide.getByText('Step 2 of 4').waitFor();
    await wide.getByRole('button', { name: 'Create invite link' }).click();
    await expect(wide.getByRole('button', { name: 'Share link…' }).count()).resolves.toBe(0);
    await wide.getByRole('button', { name: 'Copy link' }).click();
    await wide.getByRole('status').filter({ hasText: 'Link copied.' }).waitFor();
    const copied = await wide.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await wide.getByLabel('Invite link').inputValue());
    await screenshots(wide, 'welcome-first-run-invite-copied');
  }, 180_000);

  it('keeps “Not now” for the account, on every device', async () => {
    const context = await newContext();
    const page = await context.newPage();
    await page.setViewportSize(WIDE);
    const lee = person('Lee');
    await signUpFromWelcome(page, lee);
    await page.getByRole('button', { name: 'Not now' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your circles' }).waitFor();
    await expect(page.getByText('Pick up your first steps').count()).resolves.toBe(0);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Your circles' }).waitFor();
    await expect(page.getByText('Pick up your first steps').count()).resolves.toBe(0);

    const other = await newContext();
    const elsewhere = await other.newPage();
    await elsewhere.goto('/signin');
    await elsewhere.getByLabel('Email').fill(lee.email);
    await elsewhere.getByLabel('Password').fill(PASSWORD);
    await elsewhere.getByRole('button', { name: 'Sign in' }).click();
    await elsewhere.getByRole('heading', { level: 1, name: 'Your circles' }).waitFor();
    await elsewhere.getByText('You are not in a circle yet', { exact: false }).waitFor();
    await expect(elsewhere.getByText('Pick up your first steps').count()).resolves.toBe(0);

    // The way back after "Not now": Guides offers the first steps again.
    await page.getByRole('link', { name: 'Guides' }).click();
    await page.getByRole('heading', { level: 1, name: 'Guides' }).waitFor();
    await page.getByRole('link', { name: 'Your first steps, again' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your first steps' }).waitFor();
    await page.getByText('Step 1 of 4').waitFor();
  }, 180_000);

  it('does not ask someone waiting to be let into a circle to make one meanwhile', async () => {
    const host = await newContext();
    await apiSignUp(host, server.url, person('Ana'));
    const circle = await apiCreateCircle(host, server.url, 'The Silvas');
    const { token } = await apiInvite(host, server.url, circle.id);
    const guest = await newContext();
    await apiSignUp(guest, server.url, person('Rui'));
    await expect(apiGet(guest, server.url, '/api/me')).resolves.toMatchObject({ firstRun: 'open' });
    await apiPost(guest, server.url, '/api/invitations/{token}/accept', { token });

    const page = await guest.newPage();
    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: 'Your circles' }).waitFor();
    await page.getByRole('heading', { name: 'Waiting to be let in' }).waitFor();
    await page.getByText('The Silvas').waitFor();
    await expect(page.getByText('Pick up your first steps').count()).resolves.toBe(0);
  });

  it('finds no accessibility violations on the way', () => {
    expect(violations).toEqual([]);
  });
});
