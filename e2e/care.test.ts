/**
 * The spine, end to end in a browser: two people, a couple circle, an invitation, acts of care
 * both ways, "I noticed" on each side, and the 30-day summary, with axe on every main screen and
 * screenshots at phone and desktop widths.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe.ts';
import { launchBrowser, newPhoneContext, skipBrowserTier } from './browser.ts';
import {
  createCircle,
  fillSignUp,
  logCare,
  openFromNav,
  person,
  section,
  signOutInSettings,
} from './flows.ts';
import { startServer, type RunningServer } from './server.ts';
import { screenshots, SHOTS_DIR, TAKE_SHOTS } from './shots.ts';

describe.skipIf(skipBrowserTier)('two people share care in a couple circle', () => {
  let server: RunningServer;
  let browser: Browser;
  let contexts: BrowserContext[] = [];
  let alexPage: Page;
  let samPage: Page;
  const alex = person('Alex');
  const sam = person('Sam');
  const circleName = 'Alex & Sam';
  let inviteUrl = '';
  const violations: string[] = [];

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    contexts = [
      await newPhoneContext(browser, server.url),
      await newPhoneContext(browser, server.url),
    ];
    const [a, b] = contexts;
    if (!a || !b) throw new Error('two browser contexts expected');
    alexPage = await a.newPage();
    samPage = await b.newPage();
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.stop();
  });

  it('signs Alex up and creates the circle', async () => {
    await alexPage.goto('/');
    await alexPage
      .getByRole('heading', { level: 1, name: 'Notice the care between you' })
      .waitFor();
    await alexPage.getByRole('link', { name: 'Sign in', exact: true }).click();
    await alexPage.getByRole('heading', { level: 1, name: 'Welcome back' }).waitFor();
    await alexPage.getByRole('link', { name: 'New here? Create an account' }).click();
    await alexPage.getByRole('heading', { level: 1, name: 'Create your account' }).waitFor();
    violations.push(...(await axeViolations(alexPage, 'sign up')));
    await screenshots(alexPage, 'signup');

    // Friendly validation before anything is sent.
    await alexPage.getByRole('button', { name: 'Create account' }).click();
    await expect(alexPage.getByText('Please tell us your name.').isVisible()).resolves.toBe(true);

    await fillSignUp(alexPage, alex);
    await alexPage.getByRole('heading', { level: 1, name: 'Your first steps' }).waitFor();
    await alexPage.getByRole('button', { name: 'Not now' }).click();
    await alexPage.getByRole('heading', { level: 1, name: 'Your circles' }).waitFor();
    await alexPage.getByText('You are not in a circle yet').waitFor();
    violations.push(...(await axeViolations(alexPage, 'home, empty')));
    await screenshots(alexPage, 'home-empty');

    await createCircle(alexPage, circleName, 'Couple');
    await alexPage.getByText('Invite someone to this circle below').waitFor();
    violations.push(...(await axeViolations(alexPage, 'circle, alone')));
    await screenshots(alexPage, 'circle-alone');
  });

  it('lets Alex copy an invitation link', async () => {
    await alexPage.getByRole('button', { name: 'Create invite link' }).click();
    const link = alexPage.getByLabel('Invite link');
    await link.waitFor();
    inviteUrl = await link.inputValue();
    expect(inviteUrl).toMatch(new RegExp(`^${server.url}/invite/[^/]+$`));
    await alexPage.getByRole('button', { name: 'Copy link' }).click();
    await alexPage.getByRole('status').filter({ hasText: 'Link copied.' }).waitFor();
    const copied = await alexPage.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(inviteUrl);
  });

  it('lets Sam open the link, sign up and ask to join, and Alex let Sam in', async () => {
    await samPage.goto(inviteUrl);
    await samPage.getByRole('heading', { level: 1, name: 'You are invited' }).waitFor();
    await samPage.getByText(`Alex invited you to join “${circleName}”.`).waitFor();
    violations.push(...(await axeViolations(samPage, 'invitation, signed out')));
    await screenshots(samPage, 'invite');

    await fillSignUp(samPage, sam);
    await samPage.getByRole('button', { name: `Ask to join ${circleName}` }).click();
    await samPage
      .getByRole('heading', { level: 1, name: `You asked to join ${circleName}` })
      .waitFor();
    violations.push(...(await axeViolations(samPage, 'invitation, asked to join')));
    const circleUrl = alexPage.url();
    // Until Alex lets Sam in, Sam sees nothing of the circle.
    await samPage.goto(circleUrl);
    await samPage.getByText('You will see it once someone in it lets you in.').waitFor();
    await samPage.goto('/');
    await samPage.getByRole('heading', { name: 'Waiting to be let in' }).waitFor();

    await alexPage.reload();
    const requests = alexPage.getByRole('region', { name: 'Asking to join' });
    await requests.getByText('Sam asked to join.').waitFor();
    violations.push(...(await axeViolations(alexPage, 'circle, someone asks to join')));
    await screenshots(alexPage, 'circle-asking-to-join');
    await requests.getByRole('button', { name: 'Let Sam in' }).click();
    await requests.getByRole('status').filter({ hasText: 'Sam is in the circle now.' }).waitFor();

    await samPage.goto(circleUrl);
    await samPage.getByRole('heading', { level: 1, name: circleName }).waitFor();
    await samPage.getByText('With Alex').waitFor();
  });

  it('lets both log care for each other with one tap', async () => {
    await logCare(samPage, 'Quality time');
    if (TAKE_SHOTS)
      await samPage.screenshot({
        path: `${SHOTS_DIR}/circle-just-logged-phone-viewport-light.png`,
      });
    await logCare(samPage, 'Practical help', { effort: 'Big', note: 'Cooked dinner' });
    const samGave = section(samPage, 'Care you gave');
    await samGave.getByText('Cooked dinner').waitFor();
    await expect(samGave.locator('li').count()).resolves.toBe(2);

    await alexPage.reload();
    await alexPage.getByRole('heading', { level: 1, name: circleName }).waitFor();
    await logCare(alexPage, 'Appreciation');
    await section(alexPage, 'Care you gave').getByText('For Sam').waitFor();
  });

  it('lets each mark "I noticed" on what they received', async () => {
    const inbox = section(alexPage, 'Care you received');
    await inbox.getByText('Cooked dinner').waitFor();
    await inbox.getByRole('button', { name: 'I noticed: Quality time from Sam' }).click();
    await inbox.getByRole('button', { name: 'I noticed: Practical help from Sam' }).click();
    await expect.poll(() => inbox.getByText('You noticed this').count()).toBe(2);
    await expect(inbox.getByRole('button', { name: /I noticed/ }).count()).resolves.toBe(0);

    await samPage.reload();
    const samInbox = section(samPage, 'Care you received');
    await samInbox.getByRole('button', { name: 'I noticed: Appreciation from Alex' }).click();
    await samInbox.getByText('You noticed this').waitFor();
    await expect
      .poll(() => section(samPage, 'Care you gave').getByText('Alex noticed this').count())
      .toBe(2);
  });

  it('shows the 30-day summary as what reached each person and their own giving', async () => {
    await alexPage.reload();
    const alexSummary = section(alexPage, 'The last 30 days');
    await alexSummary.getByText('Care that reached you').waitFor();
    const alexText = await alexSummary.innerText();
    expect(alexText).toContain('Sam cared for you in these days');
    expect(alexText).toContain('You marked 2 acts of care as noticed');
    expect(alexText).toContain('You gave 1 act of care in these days · 1 was marked noticed');
    expect(alexText).not.toMatch(/Sam gave|gave Sam/);

    const samSummary = section(samPage, 'The last 30 days');
    await expect.poll(() => samSummary.innerText()).toContain('Alex cared for you in these days');
    const samText = await samSummary.innerText();
    expect(samText).toContain('You marked 1 act of care as noticed');
    expect(samText).toContain('You gave 2 acts of care in these days · 2 were marked noticed');
    expect(samText).not.toMatch(/Alex gave|gave Alex/);

    // Rhythm, never a ledger.
    for (const text of [alexText, samText]) expect(text).not.toMatch(/owe|debt|behind|score/i);

    violations.push(...(await axeViolations(alexPage, 'circle, Alex')));
    violations.push(...(await axeViolations(samPage, 'circle, Sam')));
    await screenshots(alexPage, 'circle-alex');
    await screenshots(samPage, 'circle-sam');
  });

  it('shows the circle on Alex’s home screen and in the navigation', async () => {
    await openFromNav(alexPage, 'Your circles');
    await alexPage
      .getByRole('link', { name: new RegExp(circleName) })
      .first()
      .waitFor();
    await alexPage.getByText('Couple · 2 people').waitFor();
    violations.push(...(await axeViolations(alexPage, 'home')));
    await screenshots(alexPage, 'home');
  });

  it('finds no accessibility violations on the main screens', () => {
    expect(violations).toEqual([]);
  });

  it('signs out and back in', async () => {
    await signOutInSettings(alexPage);
    await alexPage.getByRole('heading', { level: 1, name: 'Welcome back' }).waitFor();
    await alexPage.getByLabel('Email').fill(alex.email);
    await alexPage.getByLabel('Password').fill('not the password');
    await alexPage.getByRole('button', { name: 'Sign in' }).click();
    const alert = alexPage.getByRole('alert').filter({ hasText: /\w/ });
    await alert.waitFor();
    await screenshots(alexPage, 'signin-error');
    await alexPage.getByLabel('Password').fill('a calm password');
    await alexPage.getByRole('button', { name: 'Sign in' }).click();
    await alexPage.getByRole('heading', { level: 1, name: 'Your circles' }).waitFor();
  });
});
