/**
 * Support and Quick exit on every screen (keyboard too), and support shown privately: a
 * reflection or a shared need that speaks of fear shows its writer a quiet card, and the other
 * member nothing.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { es } from '../packages/web/src/i18n/es.ts';
import { apiAccept, apiCreateCircle, apiInvite, apiSignUp } from './api.ts';
import { axeViolations } from './axe.ts';
import { launchBrowser, newPhoneContext, skipBrowserTier } from './browser.ts';
import { person } from './flows.ts';
import { startServer, type RunningServer } from './server.ts';
import { screenshots } from './shots.ts';

/** Quick exit's destination (packages/web/src/support/quickExit.ts), answered locally here. */
const NEUTRAL = 'https://www.google.com/';
const NEUTRAL_BODY = '<!doctype html><title>Neutral</title><p>An ordinary page</p>';

const FEARFUL_REFLECTION = "I'm afraid of how he'll react when I tell him I want to see Mia";
const FEARFUL_NEED = 'I need to see my friends. I walk on eggshells around the house.';

const focusedName = (page: Page) =>
  page.evaluate(() => (document.activeElement?.textContent ?? '').trim());

/**
 * Presses Tab until the focused element is named `name`, with a visible focus; fails after 120
 * (focus starts at the screen's heading, so the way to the header goes round the whole page).
 */
async function tabTo(page: Page, name: string): Promise<void> {
  const seen: string[] = [];
  for (let i = 0; i < 120; i += 1) {
    await page.keyboard.press('Tab');
    seen.push(await focusedName(page));
    if ((await focusedName(page)) === name) {
      const outlined = await page.evaluate(
        () => getComputedStyle(document.activeElement as HTMLElement).outlineStyle !== 'none',
      );
      expect(outlined, `focus on "${name}" should be visible`).toBe(true);
      return;
    }
  }
  throw new Error(
    `"${name}" not reached with Tab on ${page.url()}: ${seen.slice(-20).join(' | ')}`,
  );
}

async function routeNeutral(context: BrowserContext): Promise<void> {
  await context.route(`${NEUTRAL}**`, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: NEUTRAL_BODY }),
  );
}

describe.skipIf(skipBrowserTier)('support and quick exit', () => {
  let server: RunningServer;
  let browser: Browser;
  let alex: BrowserContext;
  let sam: BrowserContext;
  let circleId = '';
  let screens: string[] = [];

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    alex = await newPhoneContext(browser, server.url);
    sam = await newPhoneContext(browser, server.url);
    for (const context of [alex, sam]) await routeNeutral(context);
    await apiSignUp(alex, server.url, person('Alex'));
    const circle = await apiCreateCircle(alex, server.url, 'Kitchen table');
    circleId = circle.id;
    const { token } = await apiInvite(alex, server.url, circle.id);
    await apiSignUp(sam, server.url, person('Sam'));
    await apiAccept(sam, server.url, token, alex);
    const c = `/circles/${circleId}`;
    screens = [
      '/',
      c,
      `${c}/checkin`,
      `${c}/reflect`,
      `${c}/express`,
      `${c}/repair`,
      `${c}/review`,
      `${c}/balance`,
      `${c}/import`,
      `${c}/load`,
      `${c}/rituals`,
      '/reminders',
      '/support',
    ];
  });

  afterAll(async () => {
    await alex?.close();
    await sam?.close();
    await browser?.close();
    await server?.stop();
  });

  it('reaches Support from every main screen with the keyboard alone', async () => {
    const page = await alex.newPage();
    for (const screen of screens) {
      await page.goto(screen);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      await expect(page.getByRole('button', { name: 'Quick exit' }).isVisible()).resolves.toBe(
        true,
      );
      await page.locator('body').focus();
      await tabTo(page, 'Support');
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { level: 1, name: 'Support' }).waitFor();
      expect(new URL(page.url()).pathname, screen).toBe('/support');
    }
    await page.close();
  });

  it('is there before signing in too', async () => {
    const stranger = await newPhoneContext(browser, server.url);
    const page = await stranger.newPage();
    for (const screen of ['/signin', '/signup']) {
      await page.goto(screen);
      await page.getByRole('link', { name: 'Support' }).click();
      await page.getByRole('heading', { level: 1, name: 'Support' }).waitFor();
    }
    await stranger.close();
  });

  it('shows help lines for the browser’s country, with a picker and their sources', async () => {
    const page = await alex.newPage();
    await page.goto('/support');
    const picker = page.getByLabel('Country');
    await expect(picker.inputValue()).resolves.toBe('GB'); // the context's locale is en-GB
    await page.getByRole('heading', { level: 3, name: 'United Kingdom' }).waitFor();
    await page.getByRole('link', { name: 'Call 0808 2000 247' }).waitFor();
    await expect(page.getByText('In danger right now?').isVisible()).resolves.toBe(true);
    await expect(page.getByText('999 in United Kingdom').isVisible()).resolves.toBe(true);

    await picker.selectOption('ES');
    await page.getByRole('link', { name: 'Call 016' }).waitFor();
    await expect(page.getByText('112 in Spain').isVisible()).resolves.toBe(true);
    await picker.selectOption('');
    await page.getByText('Pick your country to see its help lines').waitFor();
    await page.getByRole('link', { name: 'Website: findahelpline.com' }).waitFor();
    const sources = await page
      .getByRole('link', { name: /^Checked at / })
      .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
    expect(sources.length).toBeGreaterThan(0);
    for (const source of sources) expect(source).toMatch(/^https:\/\//);

    // A browser in Mexican Spanish: the page speaks Spanish, and the country is Mexico.
    const mexican = await browser.newContext({ baseURL: server.url, locale: 'es-MX' });
    const there = await mexican.newPage();
    await there.goto('/support');
    const country = there.getByLabel(es['supportPage.country'], { exact: true });
    await expect(country.inputValue()).resolves.toBe('MX');
    await mexican.close();
    await page.close();
  });

  it('Quick exit by the button leaves at once, in place of the screen it left', async () => {
    const page = await alex.newPage();
    for (const screen of [`/circles/${circleId}`, `/circles/${circleId}/reflect`, '/support']) {
      await page.goto('/');
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      await page.goto(screen);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      const entries = await page.evaluate(() => history.length);
      await page.getByRole('button', { name: 'Quick exit' }).click();
      await page.waitForURL(NEUTRAL);
      await page.getByText('An ordinary page').waitFor();
      // The screen's history entry was replaced, not added to.
      await expect(page.evaluate(() => history.length)).resolves.toBe(entries);
      await page.goBack();
      expect(new URL(page.url()).pathname, screen).toBe('/');
    }
    await page.close();
  });

  it('Quick exit by Esc twice, from several screens, keyboard only', async () => {
    const page = await alex.newPage();
    for (const screen of ['/', `/circles/${circleId}/express`, `/circles/${circleId}/balance`]) {
      await page.goto(screen);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      await page.keyboard.press('Escape');
      await page.keyboard.press('Escape');
      await page.waitForURL(NEUTRAL);
      expect(page.url(), screen).toBe(NEUTRAL);
    }
    await page.close();
  });

  it('shows the writer, and only the writer, a quiet support card', async () => {
    const alexPage = await alex.newPage();
    await alexPage.goto(`/circles/${circleId}/reflect`);
    await alexPage.getByRole('textbox', { name: 'Your reflection' }).fill(FEARFUL_REFLECTION);
    await alexPage.getByRole('button', { name: 'Keep this reflection' }).click();
    await alexPage.getByText(FEARFUL_REFLECTION).waitFor();
    const card = alexPage.getByRole('complementary', { name: 'Only you see this' });
    await card.waitFor();
    expect(await axeViolations(alexPage, 'reflect with support card')).toEqual([]);
    await card.getByRole('link', { name: 'Find support' }).click();
    await alexPage.getByRole('heading', { level: 1, name: 'Support' }).waitFor();

    // A shared need in the same words: Sam reads the need, and nothing else.
    const shared = await alex.request.post(`${server.url}/api/circles/${circleId}/needs`, {
      headers: { origin: server.url },
      data: { text: FEARFUL_NEED, shared: true },
    });
    expect(shared.status()).toBe(201);
    await alexPage.goto(`/circles/${circleId}/express`);
    await alexPage.getByText(FEARFUL_NEED).waitFor();
    await alexPage.getByRole('complementary', { name: 'Only you see this' }).waitFor();

    const samPage = await sam.newPage();
    await samPage.goto(`/circles/${circleId}/express`);
    await samPage.getByText(FEARFUL_NEED).waitFor();
    await samPage.goto(`/circles/${circleId}/reflect`);
    await samPage.getByRole('heading', { name: 'Your reflections' }).waitFor();
    await expect(samPage.getByText(FEARFUL_REFLECTION).count()).resolves.toBe(0);
    for (const screen of [`/circles/${circleId}/express`, `/circles/${circleId}/reflect`]) {
      await samPage.goto(screen);
      await samPage.getByRole('heading', { level: 1 }).first().waitFor();
      await samPage.getByRole('heading', { level: 2 }).first().waitFor();
      await expect(samPage.getByText('Only you see this').count(), screen).resolves.toBe(0);
      await expect(samPage.locator('.support-card').count(), screen).resolves.toBe(0);
    }
    await samPage.close();
    await alexPage.close();
  });

  it('the Support page passes axe and looks right at phone and desktop widths', async () => {
    const page = await alex.newPage();
    await page.goto('/support');
    await page.getByRole('link', { name: 'Call 0808 2000 247' }).waitFor();
    expect(await axeViolations(page, 'support')).toEqual([]);
    // Nothing wider than a phone: the header's Support and Quick exit fit (signing out is in
    // Settings on a phone).
    await expect(
      page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
    ).resolves.toBe(true);
    await expect(page.getByRole('button', { name: 'Quick exit' }).isVisible()).resolves.toBe(true);
    await screenshots(page, 'support');
    await page.goto(`/circles/${circleId}/reflect`);
    await page.locator('.support-card').first().waitFor();
    await screenshots(page, 'support-card');
    await page.close();
  });
});
