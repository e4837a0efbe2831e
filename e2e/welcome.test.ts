/**
 * A first visit: `/` without a session says what recipro is and is not, with one picture and its
 * text alternative, then the ways in; sign in keeps its own address and its `?next=`.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiCreateCircle, apiSignUp } from './api.ts';
import { axeViolations } from './axe.ts';
import { launchBrowser, newPhoneContext, PHONE, skipBrowserTier } from './browser.ts';
import { PASSWORD, person } from './flows.ts';
import { startServer, type RunningServer } from './server.ts';
import { screenshots } from './shots.ts';

/** The desktop size the welcome is checked at, beside the phone. */
const WIDE = { width: 1440, height: 900 } as const;

describe.skipIf(skipBrowserTier)('the signed-out welcome', () => {
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

  const open = async (path: string): Promise<Page> => {
    const context = await newPhoneContext(browser, server.url);
    contexts.push(context);
    const page = await context.newPage();
    await page.goto(path);
    return page;
  };

  for (const [size, viewport] of [
    ['phone', PHONE],
    ['desktop', WIDE],
  ] as const) {
    it(`says what recipro is and is not, with a picture and the ways in (${size})`, async () => {
      const page = await open('/');
      await page.setViewportSize(viewport);
      await page.getByRole('heading', { level: 1, name: 'Notice the care between you' }).waitFor();
      const text = await page.locator('main').innerText();
      for (const words of [
        'couples, families, close friends and small teams',
        'giving and receiving care',
        'A rhythm, not a tally',
        'Private by design',
        'not therapy',
        'not a way to watch anyone',
      ]) {
        expect(text).toContain(words);
      }
      const picture = page.getByRole('img', { name: /Two people facing each other/ });
      await expect(picture.isVisible()).resolves.toBe(true);
      const box = await picture.boundingBox();
      expect(box!.width).toBeGreaterThan(200);
      expect(box!.x + box!.width).toBeLessThanOrEqual(viewport.width);
      await expect(page.getByRole('navigation', { name: 'Main' }).count()).resolves.toBe(0);
      expect(await axeViolations(page, `welcome (${size})`)).toEqual([]);
      if (size === 'phone') await screenshots(page, 'welcome-signed-out');

      await page.getByRole('link', { name: 'Create an account' }).click();
      await page.getByRole('heading', { level: 1, name: 'Create your account' }).waitFor();
      await page.goBack();
      await page.getByRole('link', { name: 'Sign in', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'Welcome back' }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/signin');
    });
  }

  it('keeps sign in at its own address, and its ?next= back to where the person was going', async () => {
    const setup = await newPhoneContext(browser, server.url);
    contexts.push(setup);
    const lou = person('Lou');
    await apiSignUp(setup, server.url, lou);
    const circle = await apiCreateCircle(setup, server.url, 'Lou and Max', 'couple');

    const page = await open(`/circles/${circle.id}`);
    await page.getByRole('heading', { level: 1, name: 'Welcome back' }).waitFor();
    expect(new URL(page.url()).searchParams.get('next')).toBe(`/circles/${circle.id}`);
    await page.getByLabel('Email').fill(lou.email);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Lou and Max' }).waitFor();

    // Signed in, `/` is the list of circles, not the welcome.
    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: 'Your circles' }).waitFor();
  });
});
