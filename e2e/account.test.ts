/**
 * The person's own account and data rights in a browser: Alex signs up, makes a couple circle
 * with Sam and logs an act; then downloads their data and the circle's acts, changes the
 * password (Alex's second device is signed out), signs other devices out, leaves the circle
 * (Sam still sees the act, from "a former member") and deletes the account. The pages behind
 * emailed links answer a used or made-up link in plain words. Axe in light and dark;
 * screenshots of every screen at phone and desktop widths.
 */
import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAccept, apiInvite, apiSignUp } from './api.ts';
import { axeViolations } from './axe.ts';
import { launchBrowser, newPhoneContext, skipBrowserTier } from './browser.ts';
import {
  createCircle,
  fillSignUp,
  logCare,
  openFromNav,
  PASSWORD,
  person,
  section,
} from './flows.ts';
import { startServer, type RunningServer } from './server.ts';
import { screenshots } from './shots.ts';

const NEW_PASSWORD = 'a new and calmer password';

/** Signs in on the sign-in screen already open in `page`. */
async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** `page` was signed out while it showed the home: a reload shows the welcome; go on to sign in. */
async function reloadSignedOut(page: Page): Promise<void> {
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Notice the care between you' }).waitFor();
  await page.getByRole('link', { name: 'Sign in', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Welcome back' }).waitFor();
}

/** Starts a download by clicking `link` and gives back the file's text. */
async function downloadText(page: Page, link: ReturnType<Page['getByRole']>) {
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  return { name: download.suggestedFilename(), text: await readDownload(download) };
}

async function readDownload(download: Download): Promise<string> {
  const failure = await download.failure();
  if (failure) throw new Error(`download failed: ${failure}`);
  return readFile(await download.path(), 'utf8');
}

/** One row of a list on the settings screen, found by the text in it. */
const row = (page: Page, text: string) => page.locator('li').filter({ hasText: text });

describe.skipIf(skipBrowserTier)('my account and my data', () => {
  let server: RunningServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  /** Alex on a phone, Alex on a second device, Sam. */
  let alexPage: Page;
  let alexOther: Page;
  let samPage: Page;
  const alex = person('Alex');
  const sam = person('Sam');
  const circleName = 'Alex & Sam';
  let circleId = '';
  const violations: string[] = [];

  const openSettings = async (page: Page) => {
    await openFromNav(page, 'Settings');
    await page.getByRole('list', { name: 'Signed-in devices' }).waitFor();
  };

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    for (let i = 0; i < 3; i++) contexts.push(await newPhoneContext(browser, server.url));
    const [a, b, c] = contexts;
    if (!a || !b || !c) throw new Error('three browser contexts expected');
    alexPage = await a.newPage();
    alexOther = await b.newPage();
    samPage = await c.newPage();
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.stop();
  });

  it('signs Alex up, makes a circle with Sam, and logs an act', async () => {
    await alexPage.goto('/signup');
    await alexPage.getByRole('heading', { level: 1, name: 'Create your account' }).waitFor();
    await fillSignUp(alexPage, alex);
    await alexPage.getByRole('heading', { level: 1, name: 'Your first steps' }).waitFor();
    await alexPage.getByRole('button', { name: 'Not now' }).click();
    await alexPage.getByRole('heading', { level: 1, name: 'Your circles' }).waitFor();
    await createCircle(alexPage, circleName, 'Couple');
    circleId = new URL(alexPage.url()).pathname.split('/')[2] ?? '';

    const { token } = await apiInvite(alexPage.context(), server.url, circleId);
    await apiSignUp(samPage.context(), server.url, sam);
    await apiAccept(samPage.context(), server.url, token, alexPage.context());

    await alexPage.reload();
    await alexPage.getByText('With Sam').waitFor();
    await logCare(alexPage, 'Quality time', { note: 'Walk by the river' });

    // Alex's second device.
    await alexOther.goto('/signin');
    await alexOther.getByRole('heading', { level: 1, name: 'Welcome back' }).waitFor();
    await signIn(alexOther, alex.email, PASSWORD);
    await alexOther.getByRole('heading', { level: 1, name: 'Your circles' }).waitFor();
  });

  it('opens Settings from the navigation', async () => {
    await openSettings(alexPage);
    await expect(alexPage.getByLabel('Your name').inputValue()).resolves.toBe('Alex');
    await expect(alexPage.getByLabel('Email', { exact: true }).inputValue()).resolves.toBe(
      alex.email,
    );
    violations.push(...(await axeViolations(alexPage, 'settings')));
    await screenshots(alexPage, 'settings');
  });

  it('downloads my data as JSON and the circle’s acts as CSV', async () => {
    const mine = await downloadText(
      alexPage,
      alexPage.getByRole('link', { name: 'Download my data' }),
    );
    expect(mine.name).toMatch(/\.json$/);
    const data = JSON.parse(mine.text) as { format?: unknown };
    expect(data.format).toBe('recipro-export');
    expect(mine.text).toContain(alex.email);
    expect(mine.text).toContain('Walk by the river');

    const acts = await downloadText(
      alexPage,
      row(alexPage, circleName).getByRole('link', { name: 'Download acts (CSV)' }),
    );
    expect(acts.name).toMatch(/\.csv$/);
    const lines = acts.text.trim().split(/\r?\n/);
    expect(lines.length).toBe(2);
    expect(acts.text).toContain('Walk by the river');
  });

  it('changes the password; Alex’s other device is signed out', async () => {
    const form = section(alexPage, 'Your password');
    await form.getByLabel('Current password').fill('not my password');
    await form.getByLabel('New password').fill(NEW_PASSWORD);
    await form.getByRole('button', { name: 'Change password' }).click();
    await form.getByText('That password is not right.').waitFor();

    await form.getByLabel('Current password').fill(PASSWORD);
    await form.getByRole('button', { name: 'Change password' }).click();
    await form.getByRole('status').filter({ hasText: 'Your password is changed.' }).waitFor();
    await expect(form.getByLabel('Current password').inputValue()).resolves.toBe('');

    await reloadSignedOut(alexOther);
    await signIn(alexOther, alex.email, PASSWORD);
    await alexOther.getByRole('alert').filter({ hasText: /\w/ }).waitFor();
    await signIn(alexOther, alex.email, NEW_PASSWORD);
    await alexOther.getByRole('heading', { level: 1, name: 'Your circles' }).waitFor();
  });

  it('shows the signed-in devices and signs the others out', async () => {
    await alexPage.reload();
    const devices = alexPage.getByRole('list', { name: 'Signed-in devices' });
    await devices.waitFor();
    await expect.poll(() => devices.getByRole('listitem').count()).toBe(2);
    const here = devices.getByRole('listitem').filter({ hasText: 'This device' });
    await expect(here.innerText()).resolves.toContain('Chrome on Linux');
    await screenshots(alexPage, 'settings-devices');

    // One device at a time…
    await devices.getByRole('button', { name: /^Sign out Chrome on Linux/ }).click();
    await devices.getByText(/will be signed out/).waitFor();
    await devices.getByRole('button', { name: 'Sign it out' }).click();
    await alexPage.getByRole('status').filter({ hasText: 'is signed out.' }).waitFor();
    await expect.poll(() => devices.getByRole('listitem').count()).toBe(1);
    await reloadSignedOut(alexOther);

    // …or every other one at once.
    await signIn(alexOther, alex.email, NEW_PASSWORD);
    await alexOther.getByRole('heading', { level: 1, name: 'Your circles' }).waitFor();
    await alexPage.reload();
    await expect.poll(() => devices.getByRole('listitem').count()).toBe(2);
    await alexPage.getByRole('button', { name: 'Sign out everywhere else' }).click();
    await alexPage.getByRole('button', { name: 'Sign them out' }).click();
    await alexPage
      .getByRole('status')
      .filter({ hasText: 'Every other device is signed out.' })
      .waitFor();
    await alexPage.getByText('You are signed in on this device only.').waitFor();
    await expect(devices.getByRole('listitem').count()).resolves.toBe(1);
    await reloadSignedOut(alexOther);
  });

  it('leaves the circle after saying what stays for Sam', async () => {
    await alexPage.getByRole('button', { name: `Leave ${circleName}…` }).click();
    const question = alexPage.getByRole('group', { name: `Leave ${circleName}?` });
    await question.waitFor();
    const said = await question.innerText();
    expect(said).toContain('What is deleted');
    expect(said).toContain('your reflections, your needs (private or shared)');
    expect(said).toContain('What stays for the others');
    expect(said).toContain('“a former member”, without your notes');
    violations.push(...(await axeViolations(alexPage, 'settings, leave a circle')));
    await screenshots(alexPage, 'settings-leave');

    // Changing one's mind gives focus back to where it was.
    await question.getByRole('button', { name: 'Stay in the circle' }).click();
    await expect
      .poll(() => alexPage.evaluate(() => document.activeElement?.textContent))
      .toBe(`Leave ${circleName}…`);

    await alexPage.getByRole('button', { name: `Leave ${circleName}…` }).click();
    await question.getByRole('button', { name: `Leave ${circleName}`, exact: true }).click();
    await alexPage
      .getByRole('status')
      .filter({ hasText: `You have left ${circleName}.` })
      .waitFor();
    await alexPage.getByText('You are not in any circle right now.').waitFor();
    await expect(alexPage.getByRole('link', { name: 'Download acts (CSV)' }).count()).resolves.toBe(
      0,
    );
    // The circle left is no longer offered in the navigation.
    await expect(
      alexPage
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: circleName })
        .count(),
    ).resolves.toBe(0);

    await samPage.goto(`/circles/${circleId}`);
    await samPage.getByRole('heading', { level: 1, name: circleName }).waitFor();
    const received = section(samPage, 'Care you received');
    await received.getByText(/a former member/i).waitFor();
    await expect(received.innerText()).resolves.not.toContain('Walk by the river');
  });

  it('deletes the account after the password and a last confirmation', async () => {
    // Escape puts the question away, and focus back on the button that asked it.
    await alexPage.getByRole('button', { name: 'Delete my account…' }).click();
    const form = alexPage.getByRole('form', { name: 'Delete your account for good?' });
    await form.waitFor();
    await alexPage.keyboard.press('Escape');
    await expect
      .poll(() => alexPage.evaluate(() => document.activeElement?.textContent))
      .toBe('Delete my account…');

    await alexPage.getByRole('button', { name: 'Delete my account…' }).click();
    await form.waitFor();
    const said = await form.innerText();
    expect(said).toContain('What is deleted');
    expect(said).toContain('everything you wrote in every circle');
    violations.push(...(await axeViolations(alexPage, 'settings, delete the account')));
    await screenshots(alexPage, 'settings-delete');

    await form.getByRole('button', { name: 'Delete my account', exact: true }).click();
    await form.getByText('Please enter your password.').waitFor();
    await form.getByLabel('Your password').fill(PASSWORD);
    await form.getByRole('button', { name: 'Delete my account', exact: true }).click();
    await form.getByText('That password is not right.').waitFor();

    await form.getByLabel('Your password').fill(NEW_PASSWORD);
    await form.getByRole('button', { name: 'Delete my account', exact: true }).click();
    await alexPage.getByRole('heading', { level: 1, name: 'Welcome back' }).waitFor();
    await alexPage.getByText('Your account is deleted.').waitFor();
    await expect(alexPage.getByRole('navigation', { name: 'Main' }).count()).resolves.toBe(0);
    violations.push(...(await axeViolations(alexPage, 'sign in, goodbye')));
    await screenshots(alexPage, 'signin-goodbye');

    await signIn(alexPage, alex.email, NEW_PASSWORD);
    await alexPage.getByRole('alert').filter({ hasText: /\w/ }).waitFor();
    await expect(alexPage.getByRole('heading', { level: 1 }).innerText()).resolves.toBe(
      'Welcome back',
    );
  });

  it('explains who can help with a forgotten password when this recipro sends no email', async () => {
    const page = alexPage;
    await page.getByRole('link', { name: 'Forgot your password?' }).click();
    await page.getByRole('heading', { level: 1, name: 'Forgot your password?' }).waitFor();
    await page.getByText('npx recipro reset-password').waitFor();
    await page.getByText('This recipro does not send emails').waitFor();
    violations.push(...(await axeViolations(page, 'forgot password')));
    await screenshots(page, 'forgot-password');
  });

  it('says plainly when a reset link is used or made up', async () => {
    const page = alexPage;
    await page.goto('/reset-password?token=not-a-real-token');
    await page.getByRole('heading', { level: 1, name: 'Choose a new password' }).waitFor();
    violations.push(...(await axeViolations(page, 'reset password')));
    await screenshots(page, 'reset-password');
    await page.getByLabel('New password').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Save new password' }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: 'This link has already been used, or it is too old.' })
      .waitFor();
    await page.getByRole('link', { name: 'Ask for a new link' }).waitFor();
    violations.push(...(await axeViolations(page, 'reset password, used link')));
    await screenshots(page, 'reset-password-used');
  });

  it('says plainly when an email confirmation link is used or made up', async () => {
    const page = alexPage;
    await page.goto('/confirm-email?token=not-a-real-token');
    await page.getByRole('heading', { level: 1, name: 'This link cannot be used' }).waitFor();
    await page.getByText('It has already been used, or it is too old.').waitFor();
    violations.push(...(await axeViolations(page, 'confirm email, used link')));
    await screenshots(page, 'confirm-email-used');
  });

  it('finds no accessibility violations', () => {
    expect(violations).toEqual([]);
  });
});
