/**
 * Lists that end: a circle with more acts than a page shows 30 of them and "Show more" appends
 * the rest, moving focus to the first new one and going away at the end; a 2,000-character note
 * folds to a few lines with "more" and "less". At phone and desktop widths. The same for circles,
 * rituals, responsibilities, seasons and devices.
 */
import { request, type Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiPost } from './api.ts';
import { PASSWORD } from './flows.ts';
import { DESKTOP, PHONE, skipBrowserTier } from './browser.ts';
import { openCoupleInBrowser, type CoupleInBrowser } from './cycle-setup.ts';
import { screenshots } from './shots.ts';

const ACTS = 41;
const DAY_MS = 86_400_000;
const LONG_NOTE = `${'We walked the long way home and talked about the year. '.repeat(36)}`.slice(
  0,
  2000,
);

describe.skipIf(skipBrowserTier)('lists that end and notes that fold', () => {
  let scene: CoupleInBrowser;

  beforeAll(async () => {
    scene = await openCoupleInBrowser();
    const { couple, samPage, server } = scene;
    const sam = samPage.context();
    // Oldest first, so the newest (the long note) tops the list.
    for (let i = ACTS - 1; i >= 0; i -= 1) {
      await apiPost(
        sam,
        server.url,
        '/api/circles/{circleId}/acts',
        { circleId: couple.circleId },
        {
          toMemberId: couple.alexId,
          form: 'practical',
          at: new Date(Date.now() - ((i + 1) * DAY_MS) / 4).toISOString(),
          ...(i === 0 ? { note: LONG_NOTE } : {}),
        },
      );
    }
  });

  afterAll(async () => {
    await scene?.close();
  });

  for (const [size, viewport] of [
    ['phone', PHONE],
    ['desktop', DESKTOP],
  ] as const) {
    it(`shows 30 acts, then the rest on "Show more", at ${size} width`, async () => {
      const page = scene.alexPage;
      await page.setViewportSize(viewport);
      await page.goto(`${scene.server.url}/circles/${scene.couple.circleId}`);
      const inbox = page.getByRole('list', { name: 'Care you received' });
      await inbox.locator('li.act').first().waitFor();
      expect(await inbox.locator('li.act').count()).toBe(30);

      // The long note: a few lines, "more" opens it, "less" folds it again.
      const note = inbox.locator('p.act-note').first();
      expect(await note.getAttribute('dir')).toBe('auto');
      const folded = await note.evaluate((el) => ({
        shown: el.clientHeight,
        all: el.scrollHeight,
      }));
      expect(folded.shown).toBeLessThan(folded.all / 3);
      const toggle = inbox.getByRole('button', { name: 'more', exact: true });
      expect(await toggle.count()).toBe(1);
      await toggle.click();
      const opened = await note.evaluate((el) => ({
        shown: el.clientHeight,
        all: el.scrollHeight,
      }));
      expect(opened.shown).toBeGreaterThanOrEqual(opened.all - 1);
      const less = inbox.getByRole('button', { name: 'less', exact: true });
      expect(await less.getAttribute('aria-expanded')).toBe('true');
      if (size === 'phone') await screenshots(page, 'paging-note-open');
      await less.click();
      expect(await inbox.getByRole('button', { name: 'more', exact: true }).count()).toBe(1);
      // Short notes and acts without one offer no toggle.
      expect(await inbox.getByRole('button', { name: /^(more|less)$/ }).count()).toBe(1);

      if (size === 'phone') await screenshots(page, 'paging-home-first-page');
      const received = page.locator('section', { has: inbox });
      const more = received.getByRole('button', { name: 'Show more' });
      await more.focus();
      await page.keyboard.press('Enter');
      await inbox
        .locator('li.act')
        .nth(ACTS - 1)
        .waitFor();
      expect(await inbox.locator('li.act').count()).toBe(ACTS);
      await expect.poll(() => more.count()).toBe(0);
      // Focus went to the first act the page added, not to the gone button.
      await expect
        .poll(() =>
          page.evaluate(() => {
            const items = Array.from(document.querySelectorAll('li.act'));
            // The act itself, or the first thing in it one can focus.
            const act = document.activeElement?.closest('li.act');
            return act ? items.indexOf(act) : -1;
          }),
        )
        .toBe(30);
      if (size === 'phone') await screenshots(page, 'paging-home-all');
    }, 180_000);
  }
});

/**
 * The same "Show more" on the home screen's circles, a circle's rituals, its responsibilities and
 * seasons, and the devices one is signed in on.
 */
describe.skipIf(skipBrowserTier)('more of everything than a page', () => {
  const MORE = 33;
  let scene: CoupleInBrowser;

  beforeAll(async () => {
    // Alex signs in on 33 more devices: more than the sign-in limit's ten a minute.
    scene = await openCoupleInBrowser({ SIGNIN_PER_MINUTE: '100' });
    const { couple, alexPage, server } = scene;
    const alex = alexPage.context();
    for (let i = 0; i < MORE; i += 1) {
      // A device of its own each time: a request context with its own cookie jar.
      const device = await request.newContext({ baseURL: server.url });
      try {
        const signedIn = await device.post('/api/auth/signin', {
          headers: { origin: server.url, 'user-agent': `Device ${String(i + 1)}` },
          data: { email: couple.alex.email, password: PASSWORD },
        });
        expect(signedIn.status()).toBe(200);
      } finally {
        await device.dispose();
      }
    }
    // The balance screen shows seasons once there is care to show them beside.
    await apiPost(
      alex,
      server.url,
      '/api/circles/{circleId}/acts',
      { circleId: couple.circleId },
      { toMemberId: couple.samId, form: 'appreciation' },
    );
    for (let i = 0; i < MORE; i += 1) {
      await apiPost(
        alex,
        server.url,
        '/api/circles/{circleId}/responsibilities',
        { circleId: couple.circleId },
        { title: `Water plant ${String(i + 1)}`, area: 'home', frequency: 'weekly', effort: 1 },
      );
      await apiPost(
        alex,
        server.url,
        '/api/circles/{circleId}/seasons',
        { circleId: couple.circleId },
        {
          memberId: couple.alexId,
          kind: 'work',
          startsAt: new Date(Date.now() - (i + 1) * 7 * DAY_MS).toISOString(),
          endsAt: new Date(Date.now() - ((i + 1) * 7 - 3) * DAY_MS).toISOString(),
        },
      );
      await apiPost(
        alex,
        server.url,
        '/api/circles',
        {},
        {
          name: `Book club ${String(i + 1)}`,
          kind: 'friends',
        },
      );
      await apiPost(
        alex,
        server.url,
        '/api/circles/{circleId}/rituals',
        { circleId: couple.circleId },
        { kind: 'nightly_checkin', rrule: 'FREQ=DAILY', time: '21:30', timezone: 'UTC' },
      );
    }
  });

  afterAll(async () => {
    await scene?.close();
  });

  /** Shows a page of `list`'s items (screenshot `shot`), then the rest on "Show more", which then goes away. */
  const showMore = async (
    list: Locator,
    items: string,
    all: number,
    shot: string,
    // The list's own button, where a screen has more than one list.
    more = list.page().getByRole('button', { name: 'Show more' }),
  ) => {
    await list.locator(items).first().waitFor();
    expect(await list.locator(items).count()).toBe(30);
    const page = list.page();
    await screenshots(page, shot);
    await more.click();
    await list
      .locator(items)
      .nth(all - 1)
      .waitFor();
    expect(await list.locator(items).count()).toBe(all);
    await expect.poll(() => more.count()).toBe(0);
  };

  it('lists 30 circles on the home screen, then the rest on "Show more"', async () => {
    const page = scene.alexPage;
    await page.setViewportSize(PHONE);
    await page.goto(`${scene.server.url}/`);
    // The couple's circle and the book clubs, newest first.
    const circles = page.getByRole('list', { name: 'Your circles' });
    await showMore(circles, 'li', MORE + 1, 'paging-home-circles-first-page');
    expect(await circles.locator('li').first().innerText()).toContain(`Book club ${String(MORE)}`);
    expect(await circles.locator('li').last().innerText()).toContain('Alex');
    await screenshots(page, 'paging-home-circles');
  }, 180_000);

  it('lists 30 rituals, then the rest on "Show more"', async () => {
    const page = scene.alexPage;
    await page.setViewportSize(DESKTOP);
    await page.goto(`${scene.server.url}/circles/${scene.couple.circleId}/rituals`);
    await showMore(page.locator('ul.duties'), ':scope > li', MORE, 'paging-rituals-first-page');
    await screenshots(page, 'paging-rituals-all');
  }, 180_000);

  it('lists 30 responsibilities, then the rest on "Show more"', async () => {
    const page = scene.alexPage;
    await page.setViewportSize(PHONE);
    await page.goto(`${scene.server.url}/circles/${scene.couple.circleId}/load`);
    const inventory = page.locator('section', {
      has: page.getByRole('heading', { name: 'What keeps things running' }),
    });
    await showMore(inventory.locator('ul.duties'), ':scope > li', MORE, 'paging-load-first-page');
  }, 180_000);

  it('lists 30 seasons, newest first, then the rest on "Show more"', async () => {
    const page = scene.alexPage;
    await page.setViewportSize(DESKTOP);
    await page.goto(`${scene.server.url}/circles/${scene.couple.circleId}/balance`);
    const seasons = page.locator('ul.season-list');
    await showMore(seasons, ':scope > li', MORE, 'paging-seasons-first-page');
  }, 180_000);

  it('lists 30 devices, this one first, then the rest on "Show more"', async () => {
    const page = scene.alexPage;
    await page.setViewportSize(PHONE);
    await page.goto(`${scene.server.url}/settings`);
    const devices = page.getByRole('list', { name: 'Signed-in devices' });
    const own = (list: Locator) =>
      page.locator('section', { has: list }).getByRole('button', { name: 'Show more' });
    await showMore(devices, ':scope > li', MORE + 1, 'paging-devices-first-page', own(devices));
    expect(await devices.locator('li').first().innerText()).toContain('This device');

    // Settings reads every circle (deleting the account names the ones that go with it), and
    // shows 30 at a time to download and to leave.
    for (const name of ['The acts of care in each of your circles', 'Leave a circle']) {
      const circles = page.getByRole('list', { name: new RegExp(`^${name}`) });
      await showMore(circles, ':scope > li', MORE + 1, 'paging-settings-circles', own(circles));
    }
  }, 180_000);
});
