/**
 * The account's emailed links in a browser, with the server sending real mail to a local SMTP
 * sink: Alex confirms the address signed up with (and chooses an update to come by email),
 * changes it (it waits for the link sent to the new address), and later resets a forgotten
 * password from the link in an email. Axe in light and dark; screenshots of each state at phone
 * and desktop widths.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitForLink } from '../packages/server/test/support/mail-links.ts';
import { startSmtpSink } from '../packages/server/test/support/smtp-sink.ts';
import { axeViolations } from './axe.ts';
import { launchBrowser, newPhoneContext, skipBrowserTier } from './browser.ts';
import { fillSignUp, PASSWORD, person, section } from './flows.ts';
import { startServer, type RunningServer } from './server.ts';
import { screenshots } from './shots.ts';

/** The sink must be the server's own, which a server started elsewhere cannot promise. */
const skip = skipBrowserTier || Boolean(process.env.RECIPRO_E2E_URL);

const NEW_PASSWORD = 'remembered at last';

describe.skipIf(skip)('emailed account links', () => {
  let sink: Awaited<ReturnType<typeof startSmtpSink>>;
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const alex = person('Alex');
  const newEmail = `new-${alex.email}`;
  const violations: string[] = [];

  const openSettings = async () => {
    await page.goto('/settings');
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    await page.getByRole('heading', { name: 'About you' }).waitFor();
  };

  beforeAll(async () => {
    sink = await startSmtpSink();
    server = await startServer({ SMTP_URL: sink.url, MAIL_FROM: 'recipro <hello@recipro.test>' });
    browser = await launchBrowser();
    context = await newPhoneContext(browser, server.url);
    page = await context.newPage();
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
    await sink?.close();
  });

  it('asks to confirm the address Alex signed up with, and confirms it from the link', async () => {
    await page.goto('/signup');
    await fillSignUp(page, alex);
    await page.getByRole('heading', { level: 1, name: 'Your first steps' }).waitFor();
    await page.getByRole('button', { name: 'Not now' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your circles' }).waitFor();

    await openSettings();
    const about = section(page, 'About you');
    await about.getByText('Your email address is not confirmed yet.').waitFor();
    await about.getByRole('button', { name: 'Send me a confirmation link' }).waitFor();
    violations.push(...(await axeViolations(page, 'settings, unconfirmed')));
    await screenshots(page, 'settings-unconfirmed');

    const link = await waitForLink(sink.received, alex.email, '/confirm-email');
    await page.goto(link.pathname + link.search);
    await page.getByRole('heading', { level: 1, name: 'Your email is confirmed' }).waitFor();
    await page.getByText(`recipro now uses ${alex.email} for you.`).waitFor();
    violations.push(...(await axeViolations(page, 'confirm email, done')));
    await screenshots(page, 'confirm-email-done');

    // A link works once.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'This link cannot be used' }).waitFor();

    await openSettings();
    await expect(about.getByText('not confirmed yet').count()).resolves.toBe(0);
  });

  it('chooses, once confirmed, which updates also come by email', async () => {
    await page.goto('/reminders');
    await page.getByRole('heading', { level: 1, name: 'Reminders' }).waitFor();
    await page.getByRole('switch', { name: 'By email' }).check();
    const reset = page.getByRole('group', { name: 'Someone says “let’s reset”' });
    expect(await reset.getByRole('checkbox', { name: 'Email' }).isChecked()).toBe(false);
    await reset.getByRole('checkbox', { name: 'Email' }).check();
    await page.getByRole('button', { name: 'Save reminder settings' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'Your reminder settings are saved.' })
      .waitFor();
    const saved = await (await page.request.get('/api/me/notifications')).json();
    expect(saved.email).toBe(true);
    expect(saved.updates).toContainEqual({ kind: 'reset_requested', push: true, email: true });
    violations.push(...(await axeViolations(page, 'reminders, with email')));
    await screenshots(page, 'reminders-email');
    await openSettings();
  });

  it('keeps the old address until the link sent to the new one is opened', async () => {
    const about = section(page, 'About you');
    const before = sink.received.length;
    await about.getByLabel('Email', { exact: true }).fill(newEmail);
    await about.getByRole('button', { name: 'Save' }).click();
    await about
      .getByRole('status')
      .filter({ hasText: `Almost done: we sent a link to ${newEmail}.` })
      .waitFor();
    await about
      .getByText(`Your email changes to ${newEmail} once you open the link we sent there.`)
      .waitFor();
    await expect(about.getByLabel('Email', { exact: true }).inputValue()).resolves.toBe(alex.email);
    await waitForLink(sink.received, newEmail, '/confirm-email', { after: before });
    violations.push(...(await axeViolations(page, 'settings, email waiting')));
    await screenshots(page, 'settings-email-waiting');

    // A new link replaces the first one.
    const resent = sink.received.length;
    await about.getByRole('button', { name: 'Send the link again' }).click();
    await about
      .getByRole('status')
      .filter({ hasText: `A new link is on its way to ${newEmail}.` })
      .waitFor();
    await waitForLink(sink.received, newEmail, '/confirm-email', { after: resent });

    // Changing one's mind: the waiting address is dropped.
    await about.getByRole('button', { name: 'Cancel the change' }).click();
    await about
      .getByRole('status')
      .filter({ hasText: `Your email stays ${alex.email}.` })
      .waitFor();
    await expect(about.getByText('Your email changes to').count()).resolves.toBe(0);

    const again = sink.received.length;
    await about.getByLabel('Email', { exact: true }).fill(newEmail);
    await about.getByRole('button', { name: 'Save' }).click();
    const link = await waitForLink(sink.received, newEmail, '/confirm-email', { after: again });

    await page.goto(link.pathname + link.search);
    await page.getByRole('heading', { level: 1, name: 'Your email is confirmed' }).waitFor();
    await page.getByText(`recipro now uses ${newEmail} for you.`).waitFor();

    await openSettings();
    await expect(about.getByLabel('Email', { exact: true }).inputValue()).resolves.toBe(newEmail);
    await expect(about.getByText('Your email changes to').count()).resolves.toBe(0);
  });

  it('resets a forgotten password from the emailed link', async () => {
    await page.getByRole('button', { name: 'Sign out', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Welcome back' }).waitFor();
    await page.getByRole('link', { name: 'Forgot your password?' }).click();
    await page.getByRole('heading', { level: 1, name: 'Forgot your password?' }).waitFor();
    violations.push(...(await axeViolations(page, 'forgot password, by email')));
    await screenshots(page, 'forgot-password-email');

    const before = sink.received.length;
    await page.getByLabel('Email').fill(newEmail);
    await page.getByRole('button', { name: 'Send me a link' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `If an account uses ${newEmail}, a link` })
      .waitFor();
    await screenshots(page, 'forgot-password-sent');
    const link = await waitForLink(sink.received, newEmail, '/reset-password', { after: before });

    await page.goto(link.pathname + link.search);
    await page.getByRole('heading', { level: 1, name: 'Choose a new password' }).waitFor();
    await page.getByLabel('New password').fill('short');
    await page.getByRole('button', { name: 'Save new password' }).click();
    await page.getByText('Please use at least 8 characters.').waitFor();
    await page.getByLabel('New password').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Save new password' }).click();

    await page.getByRole('heading', { level: 1, name: 'Welcome back' }).waitFor();
    await page.getByText('Your new password is set. Sign in with it below.').waitFor();
    violations.push(...(await axeViolations(page, 'sign in, new password set')));
    await screenshots(page, 'signin-password-set');

    await page.getByLabel('Email').fill(newEmail);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').filter({ hasText: /\w/ }).waitFor();
    await page.getByLabel('Password').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your circles' }).waitFor();

    // The link was used: opening it again says so, in plain words.
    await page.goto(link.pathname + link.search);
    await page.getByLabel('New password').fill('yet another password');
    await page.getByRole('button', { name: 'Save new password' }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: 'This link has already been used, or it is too old.' })
      .waitFor();
  });

  it('finds no accessibility violations', () => {
    expect(violations).toEqual([]);
  });
});
