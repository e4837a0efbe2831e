/**
 * The navigation at phone (390×844) and desktop (1440×900) widths: a phone's bottom bar holds at
 * most five entries, each named as the title of the page it opens; "More" lists the rest
 * (Rituals and Reminders among them) and is reached by keyboard; the side bar of a wide screen
 * offers the same entries in the same order and groups. Signing out is in Settings on a phone.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe.ts';
import { PHONE, skipBrowserTier } from './browser.ts';
import { openCoupleInBrowser, type CoupleInBrowser } from './cycle-setup.ts';
import { screenshots } from './shots.ts';

const WIDE = { width: 1440, height: 900 } as const;

const mainNav = (page: Page) => page.getByRole('navigation', { name: 'Main' });

/** The names of the navigation's links a person can see now, in order. */
const visibleEntries = (page: Page) =>
  mainNav(page)
    .getByRole('link')
    .evaluateAll((links) =>
      links
        .filter((link) => (link as HTMLElement).offsetParent !== null)
        .map((link) => (link.textContent ?? '').trim()),
    );

const title = (page: Page) => page.getByRole('heading', { level: 1 }).innerText();

/** Opens the entry named `name` and waits for the page whose title is that name. */
async function open(page: Page, name: string): Promise<void> {
  await mainNav(page).getByRole('link', { name, exact: true }).click();
  await page.getByRole('heading', { level: 1, name, exact: true }).waitFor();
}

describe.skipIf(skipBrowserTier)('the navigation', () => {
  let scene: CoupleInBrowser;
  let page: Page;
  let circleId = '';
  let phoneEntries: string[] = [];
  let moreEntries: string[] = [];

  beforeAll(async () => {
    scene = await openCoupleInBrowser();
    page = scene.alexPage;
    circleId = scene.couple.circleId;
    await page.setViewportSize(PHONE);
    await page.goto(`/circles/${circleId}`);
    await page.getByRole('heading', { level: 1, name: 'Alex & Sam' }).waitFor();
  });

  afterAll(async () => {
    await scene?.close();
  });

  it('holds at most five entries in a phone’s bar, each named as the page it opens', async () => {
    phoneEntries = await visibleEntries(page);
    expect(phoneEntries).toEqual([
      'Alex & Sam',
      'Check in',
      'Practice balance',
      'Share the load',
      'More',
    ]);
    expect(phoneEntries.length).toBeLessThanOrEqual(5);
    for (const name of phoneEntries) {
      await open(page, name);
      await expect(title(page)).resolves.toBe(name);
      const current = mainNav(page).locator('[aria-current="page"]');
      await expect(current.innerText()).resolves.toBe(name);
    }
    // Nothing scrolls sideways: the bar fits the phone.
    await expect(
      page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
    ).resolves.toBe(true);
  });

  it('lists the rest under "More", with Rituals and Reminders, reached by keyboard', async () => {
    await page.goto(`/circles/${circleId}`);
    await page.getByRole('heading', { level: 1, name: 'Alex & Sam' }).waitFor();
    await mainNav(page).getByRole('link', { name: 'More', exact: true }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'More' }).waitFor();
    expect(await axeViolations(page, 'more')).toEqual([]);
    await screenshots(page, 'navload-more');
    const main = page.getByRole('main');
    moreEntries = await main.getByRole('link').allInnerTexts();
    expect(moreEntries).toEqual([
      'Reflect',
      'Express',
      'Repair',
      'Observe',
      'Report for a counsellor',
      'Rituals',
      'Import a chat',
      'Your circles',
      'Reminders',
      'Guides',
      'Settings',
    ]);
    // Each entry from "More", and back to "More" through the bar, in the app (no reloads).
    for (const name of moreEntries) {
      await main.getByRole('link', { name, exact: true }).click();
      await page.getByRole('heading', { level: 1, name, exact: true }).waitFor();
      await expect(title(page)).resolves.toBe(name);
      // The bar marks "More" as where this page lives, and "More" marks the page.
      await expect(
        mainNav(page).getByRole('link', { name: 'More' }).getAttribute('aria-current'),
      ).resolves.toBe('true');
      await mainNav(page).getByRole('link', { name: 'More' }).click();
      await page.getByRole('heading', { level: 1, name: 'More' }).waitFor();
      await expect(
        main.getByRole('link', { name, exact: true }).getAttribute('aria-current'),
      ).resolves.toBe('true');
      await expect(main.locator('[aria-current]').count()).resolves.toBe(1);
    }
  }, 120_000);

  it('asks for who is signed in and the circle’s data together, not one after the other', async () => {
    // Who is signed in answers only once everything else was asked for: nothing waits for it.
    const asked: string[] = [];
    let meAnswered = false;
    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/api/me', async (route) => {
      await released;
      await route.continue();
      meAnswered = true;
    });
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (path.startsWith('/api/') && !meAnswered) asked.push(path);
    });
    await page.goto(`/circles/${circleId}`);
    const wanted = [
      '/api/me',
      `/api/circles/${circleId}`,
      `/api/circles/${circleId}/summary`,
      `/api/circles/${circleId}/acts`,
    ];
    await expect.poll(() => wanted.every((path) => asked.includes(path))).toBe(true);
    // The screen shows its layout meanwhile, not a line of "Loading…" on an empty page.
    await page.locator('.skeleton').waitFor();
    await expect(page.locator('.skeleton .card').count()).resolves.toBeGreaterThan(2);
    await screenshots(page, 'navload-skeleton-circle');
    release();
    await page.getByRole('heading', { level: 1, name: 'Alex & Sam' }).waitFor();
    expect(asked.filter((path) => path.endsWith('/acts'))).toHaveLength(2);
    await page.unroute('**/api/me');
  });

  it('keeps signing out in Settings on a phone, out of the tight header', async () => {
    await page.goto('/settings');
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    await expect(
      page.getByRole('banner').getByRole('button', { name: 'Sign out' }).count(),
    ).resolves.toBe(0);
    await expect(
      page.getByRole('main').getByRole('button', { name: 'Sign out' }).isVisible(),
    ).resolves.toBe(true);
    await screenshots(page, 'navload-settings');
  });

  it('mirrors the phone’s bar and "More" in the side bar of a wide screen', async () => {
    await page.setViewportSize(WIDE);
    await page.goto(`/circles/${circleId}/rituals`);
    await page.getByRole('heading', { level: 1, name: 'Rituals' }).waitFor();
    const side = await visibleEntries(page);
    expect(side).toEqual([...phoneEntries.filter((name) => name !== 'More'), ...moreEntries]);
    await expect(mainNav(page).locator('[aria-current="page"]').innerText()).resolves.toBe(
      'Rituals',
    );
    for (const name of side) {
      await open(page, name);
      await expect(title(page)).resolves.toBe(name);
    }
    // Wide screens keep signing out in the header too.
    await expect(
      page.getByRole('banner').getByRole('button', { name: 'Sign out' }).isVisible(),
    ).resolves.toBe(true);
    await page.goto(`/circles/${circleId}`);
    await page.getByRole('heading', { level: 1, name: 'Alex & Sam' }).waitFor();
    await screenshots(page, 'navload-circle');
    await page.setViewportSize(PHONE);
  });
});
