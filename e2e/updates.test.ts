/**
 * Updates between members, in two browser contexts: Sam says "I don't recognise this" about an
 * act Alex logged; Alex's bell shows it when his window regains focus, the Updates screen says
 * it gently and marks it as new in words, and following it leads to the circle and leaves
 * nothing unread. Also: "Mark all as read", a warm empty state, "Show older" paging, the bell
 * fitting a phone's header, axe on each state, and screenshots at phone and desktop widths.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiPost, apiSignUp } from './api.ts';
import { axeViolations } from './axe.ts';
import { newPhoneContext, skipBrowserTier } from './browser.ts';
import { openCoupleInBrowser, type CoupleInBrowser } from './cycle-setup.ts';
import { logCare, person, section } from './flows.ts';
import { screenshots } from './shots.ts';
import { bell, regainFocus } from './bell.ts';

const NOTE = 'Took the bins out';
const GENTLE =
  'Sam didn’t recognise an act of care you logged in Alex & Sam. You can change it or take it back.';

describe.skipIf(skipBrowserTier)('updates between members', () => {
  let scene: CoupleInBrowser;
  let alexPage: Page;
  let samPage: Page;
  const others: BrowserContext[] = [];
  /** How many updates Alex has, all read, before the paging test adds more. */
  let alexHad = 0;

  /** Opens Updates from the bell, as a person would. */
  const openUpdates = async (page: Page, unread: number) => {
    await bell(page, unread).click();
    await page.getByRole('heading', { level: 1, name: 'Updates' }).waitFor();
  };

  /** Marks everything read on the Updates screen, so a test starts from nothing unread. */
  const catchUp = async (page: Page) => {
    await page.goto('/updates');
    await page.getByRole('heading', { level: 1, name: 'Updates' }).waitFor();
    const markAll = page.getByRole('button', { name: 'Mark all as read' });
    await page.getByRole('list', { name: 'Your updates' }).waitFor();
    if ((await markAll.count()) > 0) {
      await markAll.click();
      await page.getByRole('status').filter({ hasText: 'All caught up' }).waitFor();
    }
    await bell(page, 0).waitFor();
    await expect(page.getByText('New', { exact: true }).count()).resolves.toBe(0);
  };

  beforeAll(async () => {
    scene = await openCoupleInBrowser();
    ({ alexPage, samPage } = scene);
  });

  afterAll(async () => {
    for (const context of others) await context.close();
    await scene?.close();
  });

  it('welcomes Sam when Alex lets him in, and "Mark all as read" clears the bell', async () => {
    const { couple } = scene;
    await samPage.goto('/');
    await bell(samPage, 1).waitFor();
    await expect(samPage.locator('.bell-count').innerText()).resolves.toBe('1');
    await openUpdates(samPage, 1);
    const welcome = samPage.getByRole('listitem').filter({ hasText: 'Welcome!' });
    await welcome.getByText(`Alex let you into ${couple.circleName}.`, { exact: false }).waitFor();
    await welcome.getByText('New', { exact: true }).waitFor();

    await samPage.getByRole('button', { name: 'Mark all as read' }).click();
    await samPage.getByRole('status').filter({ hasText: 'All caught up' }).waitFor();
    await bell(samPage, 0).waitFor();
    await expect(welcome.getByText('New', { exact: true }).count()).resolves.toBe(0);
    await expect(samPage.getByRole('button', { name: 'Mark all as read' }).count()).resolves.toBe(
      0,
    );
    await expect(samPage.locator('.bell-count').count()).resolves.toBe(0);
    // Nothing else is unread on the server either.
    await samPage.reload();
    await bell(samPage, 0).waitFor();
  });

  it('tells Alex gently when Sam does not recognise an act, and opening it clears the bell', async () => {
    const { couple } = scene;
    await catchUp(alexPage);
    await alexPage.goto(`/circles/${couple.circleId}`);
    await alexPage.getByRole('heading', { level: 1, name: couple.circleName }).waitFor();
    await logCare(alexPage, 'Practical help', { note: NOTE });
    await bell(alexPage, 0).waitFor();

    await samPage.goto(`/circles/${couple.circleId}`);
    const received = section(samPage, 'Care you received');
    await received
      .getByRole('listitem')
      .filter({ hasText: NOTE })
      .getByRole('button', { name: 'I don’t recognise this: Practical help from Alex' })
      .click();
    await received.getByText('You said you don’t recognise this.', { exact: false }).waitFor();
    // Sam is told nothing about what he did himself.
    await regainFocus(samPage);
    await bell(samPage, 0).waitFor();

    // Alex comes back to his window: the bell asks again and shows it.
    await regainFocus(alexPage);
    await bell(alexPage, 1).waitFor();
    await expect(alexPage.locator('.bell-count').innerText()).resolves.toBe('1');
    // The bell fits the phone's header beside Support and Quick exit.
    await expect(
      alexPage.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
    ).resolves.toBe(true);
    for (const name of ['Support', 'Updates, 1 unread']) {
      await expect(alexPage.getByRole('link', { name, exact: true }).isVisible()).resolves.toBe(
        true,
      );
    }
    for (const name of ['Quick exit']) {
      await expect(alexPage.getByRole('button', { name }).isVisible()).resolves.toBe(true);
    }
    await screenshots(alexPage, 'updates-bell');

    await openUpdates(alexPage, 1);
    const item = alexPage.getByRole('listitem').filter({ hasText: GENTLE });
    await item.getByText('New', { exact: true }).waitFor();
    await expect(item.locator('time').innerText()).resolves.toMatch(/^(now|1 minute ago)$/);
    // Nothing private travels: the note Alex wrote is not in the update.
    await expect(alexPage.getByText(NOTE).count()).resolves.toBe(0);
    await expect(bell(alexPage, 1).getAttribute('aria-current')).resolves.toBe('page');
    expect(await axeViolations(alexPage, 'updates, one new')).toEqual([]);
    await screenshots(alexPage, 'updates');

    await item.getByRole('link').click();
    await alexPage.getByRole('heading', { level: 1, name: couple.circleName }).waitFor();
    expect(new URL(alexPage.url()).pathname).toBe(`/circles/${couple.circleId}`);
    await section(alexPage, 'Care you gave')
      .getByText('Sam doesn’t recognise this one.', { exact: false })
      .waitFor();
    await bell(alexPage, 0).waitFor();
    await expect(alexPage.locator('.bell-count').count()).resolves.toBe(0);

    // Read on the server too: after a reload, and on the Updates screen, it is no longer new.
    await alexPage.reload();
    await bell(alexPage, 0).waitFor();
    await openUpdates(alexPage, 0);
    const read = alexPage.getByRole('listitem').filter({ hasText: GENTLE });
    await read.waitFor();
    await expect(read.getByText('New', { exact: true }).count()).resolves.toBe(0);
    expect(await axeViolations(alexPage, 'updates, all read')).toEqual([]);
    alexHad = await alexPage
      .getByRole('list', { name: 'Your updates' })
      .getByRole('listitem')
      .count();
  });

  it('shows older updates a page at a time', async () => {
    const { couple, server } = scene;
    // 31 more acts that Sam does not recognise: one page of 30, and one more behind it.
    const acts: string[] = [];
    for (let i = 0; i < 31; i += 1) {
      const act = await apiPost(
        alexPage,
        server.url,
        '/api/circles/{circleId}/acts',
        { circleId: couple.circleId },
        { toMemberId: couple.samId, form: 'practical' },
      );
      acts.push(act.id);
    }
    for (const actId of acts) {
      await apiPost(samPage, server.url, '/api/circles/{circleId}/acts/{actId}/question', {
        circleId: couple.circleId,
        actId,
      });
    }
    await alexPage.goto('/updates');
    const list = alexPage.getByRole('list', { name: 'Your updates' });
    await list.waitFor();
    await bell(alexPage, 31).waitFor();
    await expect(list.getByRole('listitem').count()).resolves.toBe(30);
    await expect(list.getByText('New', { exact: true }).count()).resolves.toBe(30);

    await alexPage.getByRole('button', { name: 'Show older' }).click();
    await alexPage.getByText('That is everything.').waitFor();
    // The one left of the 31, then the ones read before; focus moves to the first one loaded.
    expect(alexHad).toBeGreaterThan(0);
    await expect(list.getByRole('listitem').count()).resolves.toBe(31 + alexHad);
    await expect(list.getByText('New', { exact: true }).count()).resolves.toBe(31);
    await expect(alexPage.getByRole('button', { name: 'Show older' }).count()).resolves.toBe(0);
    const focused = await alexPage.evaluate(() =>
      document.activeElement?.closest('li')?.getAttribute('data-update'),
    );
    const thirtyFirst = list.getByRole('listitem').nth(30);
    await expect(thirtyFirst.getAttribute('data-update')).resolves.toBe(focused);

    await alexPage.getByRole('button', { name: 'Mark all as read' }).click();
    await alexPage.getByRole('status').filter({ hasText: 'All caught up' }).waitFor();
    await bell(alexPage, 0).waitFor();
    await expect(list.getByText('New', { exact: true }).count()).resolves.toBe(0);
  });

  it('greets someone with nothing yet in a warm voice', async () => {
    const browser = alexPage.context().browser();
    if (!browser) throw new Error('the pages’ browser is gone');
    const context = await newPhoneContext(browser, scene.server.url);
    others.push(context);
    await apiSignUp(context, scene.server.url, person('Noor'));
    const page = await context.newPage();
    await page.goto('/');
    await page.getByRole('heading', { level: 1 }).waitFor();
    // The bell is reached with the keyboard alone, and shows where focus is.
    await page.locator('body').focus();
    for (let i = 0; i < 10; i += 1) {
      await page.keyboard.press('Tab');
      const on = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
      if (on === 'Updates, nothing unread') break;
    }
    await expect(
      page.evaluate(() => {
        const el = document.activeElement;
        return el instanceof HTMLElement && getComputedStyle(el).outlineStyle !== 'none'
          ? el.getAttribute('aria-label')
          : null;
      }),
    ).resolves.toBe('Updates, nothing unread');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Updates' }).waitFor();
    await page.getByText('All quiet for now.', { exact: false }).waitFor();
    await expect(page.getByRole('button', { name: 'Mark all as read' }).count()).resolves.toBe(0);
    expect(await axeViolations(page, 'updates, empty')).toEqual([]);
    await screenshots(page, 'updates-empty');
  });
});
