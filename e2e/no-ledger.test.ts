/**
 * No ledger on shared screens (docs/voice.md), in a browser: Alex logs many acts of care, owns
 * nearly every stage of the household's responsibilities and starts every repair; Sam logs few.
 * The home, dashboard, Share the load and Repair screens of both show each their own numbers,
 * about themselves, and never the other's count or both names beside numbers. Screenshots at
 * phone and desktop widths, light and dark.
 */
import type { FormOfCare } from '@recipro/core';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiGet, apiPost } from './api.ts';
import { apiLogAct } from './balance-api.ts';
import { skipBrowserTier } from './browser.ts';
import { openCoupleInBrowser, type CoupleInBrowser } from './cycle-setup.ts';
import { screenshots } from './shots.ts';

const ALEX_GAVE = 12;
const SAM_GAVE = 2;
const ALEX_REPAIRS = 3;

/**
 * Texts of the smallest blocks of the main content (paragraphs, list items, cells, captions)
 * that name both people and hold a digit (besides "in the last 30 days"): a ledger line.
 */
const ledgerLines = (page: Page, names: readonly string[]) =>
  page.evaluate((both) => {
    const blocks = document.querySelectorAll(
      'main p, main li, main td, main th, main dd, main dt, main figcaption, main h3, main span',
    );
    return Array.from(blocks)
      .map((el) => (el as HTMLElement).innerText)
      .map((text) => text.replace(/(in|for) the last \d+ (days|weeks)/gi, ''))
      .filter((text) => both.every((name) => text.includes(name)) && /\d/.test(text));
  }, names);

describe.skipIf(skipBrowserTier)('no ledger on shared screens', () => {
  let scene: CoupleInBrowser;
  let url = '';
  let circleId = '';
  let alexShare = '';

  beforeAll(async () => {
    scene = await openCoupleInBrowser();
    url = scene.server.url;
    const { couple, alexPage, samPage } = scene;
    circleId = couple.circleId;
    const alex = alexPage.context();
    const sam = samPage.context();
    const forms: FormOfCare[] = ['practical', 'emotional', 'mental_load', 'affection'];
    for (let i = 0; i < ALEX_GAVE; i += 1) {
      await apiLogAct(alex, url, circleId, {
        toMemberId: couple.samId,
        form: forms[i % forms.length]!,
        daysAgo: 1 + i * 2,
      });
    }
    for (let i = 0; i < SAM_GAVE; i += 1) {
      await apiLogAct(sam, url, circleId, {
        toMemberId: couple.alexId,
        form: 'affection',
        daysAgo: 3 + i * 5,
      });
    }
    const all = {
      notice: couple.alexId,
      plan: couple.alexId,
      do: couple.alexId,
      followUp: couple.alexId,
    };
    const inCircle = { circleId };
    await apiPost(alex, url, '/api/circles/{circleId}/responsibilities', inCircle, {
      title: 'Cooking',
      area: 'home',
      frequency: 'daily',
      effort: 2,
      owners: all,
    });
    await apiPost(alex, url, '/api/circles/{circleId}/responsibilities', inCircle, {
      title: 'Birthdays',
      area: 'family',
      frequency: 'monthly',
      effort: 2,
      owners: { ...all, do: couple.samId },
    });
    for (let i = 0; i < ALEX_REPAIRS; i += 1) {
      const rupture = await apiPost(alex, url, '/api/circles/{circleId}/ruptures', inCircle, {
        note: 'A hard moment',
        notePrivate: true,
      });
      const ids = { circleId, ruptureId: rupture.id };
      await apiPost(alex, url, '/api/circles/{circleId}/ruptures/{ruptureId}/reset', ids);
      await apiPost(alex, url, '/api/circles/{circleId}/ruptures/{ruptureId}/repair', ids);
    }
    const load = await apiGet(alex, url, '/api/circles/{circleId}/load', { circleId });
    const share = load.members.find((m) => m.memberId === couple.alexId)?.share ?? 0;
    alexShare = `${Math.round(share * 100)}%`;
  });

  afterAll(async () => {
    await scene?.close();
  });

  const screens = [
    ['home', ''],
    ['dashboard', '/balance'],
    ['load', '/load'],
    ['repair', '/repair'],
  ] as const;

  /** Opens a screen and waits until its content has loaded. */
  async function openScreen(page: Page, path: string, ready: string | RegExp): Promise<string> {
    await page.goto(`${url}/circles/${circleId}${path}`);
    await page.locator('main').getByText(ready).first().waitFor();
    return page.locator('main').innerText();
  }

  const ready: Record<(typeof screens)[number][0], string | RegExp> = {
    home: 'Care that reached you',
    dashboard: /^You and /,
    load: 'How the load is shared',
    repair: /^(You started|You have not started)/,
  };

  it("shows Alex Alex's own numbers and never Sam's", async () => {
    const page = scene.alexPage;
    const home = await openScreen(page, '', ready.home);
    expect(home).toContain(`You gave ${ALEX_GAVE} acts of care in these days`);
    expect(home).toContain('Sam cared for you in these days');
    expect(home).toContain('Care between you and Sam has come mostly from you lately');
    expect(home).not.toMatch(new RegExp(`\\b${SAM_GAVE} acts?\\b`));

    const dashboard = await openScreen(page, '/balance', ready.dashboard);
    expect(dashboard).toMatch(new RegExp(`You gave ${ALEX_GAVE} acts of care`));
    expect(dashboard).toContain('between you and Sam has come from you');
    expect(dashboard).not.toMatch(new RegExp(`\\b${SAM_GAVE} acts?\\b`));
    expect(dashboard).not.toMatch(/Sam gave|Sam →|came from Sam/);

    const load = await openScreen(page, '/load', ready.load);
    expect(load).toContain(`You have ${alexShare} of the load`);
    expect(load).toContain('You have carried most of the noticing and planning lately.');
    expect(load).not.toMatch(/Sam (carries|feels|has \d)/);

    const repair = await openScreen(page, '/repair', ready.repair);
    expect(repair).toContain(`You started ${ALEX_REPAIRS} repairs.`);
    expect(repair).toContain('You have started most of the repairs lately.');

    for (const [name, path] of screens) {
      await openScreen(page, path, ready[name]);
      expect(await ledgerLines(page, ['Alex', 'Sam']), name).toEqual([]);
    }
  });

  it("shows Sam Sam's own numbers and never Alex's", async () => {
    const page = scene.samPage;
    const home = await openScreen(page, '', ready.home);
    expect(home).toContain(`You gave ${SAM_GAVE} acts of care in these days`);
    expect(home).toContain('Alex cared for you in these days');
    expect(home).toContain('Care between you and Alex has leaned toward you lately');
    expect(home).not.toMatch(new RegExp(`\\b${ALEX_GAVE} acts?\\b`));

    const dashboard = await openScreen(page, '/balance', ready.dashboard);
    expect(dashboard).toMatch(new RegExp(`You gave ${SAM_GAVE} acts of care`));
    expect(dashboard).toContain('between you and Alex has leaned strongly toward you');
    expect(dashboard).not.toMatch(new RegExp(`\\b${ALEX_GAVE} acts?\\b`));
    expect(dashboard).not.toMatch(/Alex gave|Alex →|came from Alex|Alex (is )?carr/);

    const load = await openScreen(page, '/load', ready.load);
    expect(load).toContain('Most planning has sat on one side lately.');
    expect(load).not.toContain(alexShare);
    expect(load).not.toMatch(/Alex (carries|feels)/);

    const repair = await openScreen(page, '/repair', ready.repair);
    expect(repair).toContain('Most repair has started from one side lately.');
    expect(repair).toContain('You have not started a repair yet');
    expect(repair).not.toMatch(new RegExp(`${ALEX_REPAIRS} repairs|Alex started`));

    for (const [name, path] of screens) {
      await openScreen(page, path, ready[name]);
      expect(await ledgerLines(page, ['Alex', 'Sam']), name).toEqual([]);
    }
  });

  it('looks right at phone and desktop widths, light and dark', async () => {
    for (const [who, page] of [
      ['alex', scene.alexPage],
      ['sam', scene.samPage],
    ] as const) {
      for (const [name, path] of screens) {
        await openScreen(page, path, ready[name]);
        await screenshots(page, `no-ledger-${name}-${who}`);
      }
    }
  });
});
