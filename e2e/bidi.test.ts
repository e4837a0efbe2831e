/**
 * Right-to-left words in a left-to-right app: a Hebrew note and a long Arabic circle name keep
 * their own direction (dir="auto"), sit against the right edge, and a name cut short loses its
 * last letters (on the left), not its first — at phone and desktop widths.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAccept, apiCreateCircle, apiInvite, apiSignUp } from './api.ts';
import { axeViolations } from './axe.ts';
import { DESKTOP, launchBrowser, newPhoneContext, PHONE, skipBrowserTier } from './browser.ts';
import { logCare, person, section } from './flows.ts';
import { startServer, type RunningServer } from './server.ts';
import { textLayout } from './layout.ts';
import { screenshots } from './shots.ts';

const CIRCLE = 'العائلة الكبيرة في بيت جدتي القديم على شاطئ البحر';
const NOTE = 'הכנתי לך ארוחת ערב';

describe.skipIf(skipBrowserTier)('right-to-left words', () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let circleId: string;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    context = await newPhoneContext(browser, server.url);
    const partner = await newPhoneContext(browser, server.url);
    await apiSignUp(context, server.url, person('Noa'));
    const circle = await apiCreateCircle(context, server.url, CIRCLE, 'family');
    circleId = circle.id;
    const { token } = await apiInvite(context, server.url, circle.id);
    await apiSignUp(partner, server.url, person('Omar'));
    await apiAccept(partner, server.url, token, context);
    await partner.close();
    page = await context.newPage();
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
  });

  it('shows a Hebrew note right to left, against the right edge, at both widths', async () => {
    await page.goto(`/circles/${circleId}`);
    await page.getByRole('heading', { level: 1, name: CIRCLE }).waitFor();
    await logCare(page, 'Practical help', { note: NOTE });
    const note = section(page, 'Care you gave').locator('.act-note', { hasText: NOTE });
    await note.waitFor();
    for (const size of [PHONE, DESKTOP]) {
      await page.setViewportSize(size);
      const seen = await textLayout(note);
      expect(seen, `${size.width}px`).toMatchObject({ dir: 'auto', direction: 'rtl' });
      // Right-aligned: the short note touches the right edge and leaves room on the left.
      expect(Math.abs(seen.rightGap), `${size.width}px`).toBeLessThan(6);
      expect(seen.leftGap, `${size.width}px`).toBeGreaterThan(60);

      const title = page.getByRole('heading', { level: 1, name: CIRCLE });
      expect(await textLayout(title)).toMatchObject({ dir: 'auto', direction: 'rtl' });
    }
    await page.setViewportSize(PHONE);
    expect(await axeViolations(page, 'circle home, right-to-left words')).toEqual([]);
    await screenshots(page, 'words-rtl-circle');
  });

  it('cuts a long Arabic circle name at its logical end, on the left', async () => {
    await page.goto('/');
    const name = page.locator('.circle-name', { hasText: CIRCLE });
    await name.waitFor();
    await page.setViewportSize(PHONE);
    const seen = await textLayout(name);
    expect(seen).toMatchObject({ dir: 'auto', direction: 'rtl', cut: true });
    // The start of the name (its right end) stays in view; the ellipsis takes its end, on the left.
    expect(Math.abs(seen.rightGap)).toBeLessThan(6);
    const style = await name.evaluate((el) => getComputedStyle(el).textOverflow);
    expect(style).toBe('ellipsis');
    expect(await axeViolations(page, 'circles, a right-to-left name')).toEqual([]);
    await screenshots(page, 'words-rtl-home');
  });

  it('keeps a right-to-left name inside an English sentence to itself (isolated)', async () => {
    await page.setViewportSize(PHONE);
    await page.goto('/settings');
    // "Leave …" then the name: without an isolate the Arabic name would carry the "…" after
    // it to its own left end, reading "Leave …<name>".
    const leave = page.getByRole('button', { name: new RegExp(`^Leave .*${CIRCLE}`) });
    await leave.waitFor();
    expect(await leave.textContent()).toBe(`Leave \u2068${CIRCLE}\u2069…`);
    await screenshots(page, 'words-rtl-settings');
  });
});
