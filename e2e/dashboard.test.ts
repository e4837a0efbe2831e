/**
 * The "Practice balance" dashboard in a browser: two people log care (through the API and with
 * one tap), then Alex reads the rhythm between them in bands and a chart, switches windows,
 * opens the evidence of an insight, declares and ends a season, and ranks care languages with
 * the keyboard. A family of three sees who cares for whom. Axe in light and dark; screenshots.
 */
import type { FormOfCare } from '@recipro/core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAccept, apiCreateCircle, apiGet, apiInvite, apiSignUp } from './api.ts';
import { axeViolations } from './axe.ts';
import { apiGetCircle, apiLogAct } from './balance-api.ts';
import { launchBrowser, newPhoneContext, skipBrowserTier } from './browser.ts';
import { openCoupleInBrowser, type CoupleInBrowser } from './cycle-setup.ts';
import { logCare, person, section } from './flows.ts';
import { startServer, type RunningServer } from './server.ts';
import { screenshots } from './shots.ts';

/** The card of the pair with `heading` ("You and Sam"). */
const pairCard = (page: Page, heading: string) =>
  page.locator('article.pair-card').filter({ has: page.getByRole('heading', { name: heading }) });

describe.skipIf(skipBrowserTier)('the balance dashboard', () => {
  let scene: CoupleInBrowser;
  let server: RunningServer;
  let alexPage: Page;
  let samPage: Page;
  let circleId = '';
  const violations: string[] = [];

  beforeAll(async () => {
    scene = await openCoupleInBrowser();
    ({ server, alexPage, samPage } = scene);
    const { alexId, samId } = scene.couple;
    circleId = scene.couple.circleId;
    // Each act is logged in its giver's own context, so the API knows who gave it.
    const [alexContext, samContext] = [alexPage.context(), samPage.context()];

    // Alex gave more this week; over the month both gave in like measure.
    const fromAlex: [FormOfCare, number][] = [
      ['practical', 0],
      ['emotional', 1],
      ['practical', 2],
      ['mental_load', 3],
      ['quality_time', 10],
      ['practical', 15],
      ['affection', 20],
      ['future', 25],
    ];
    const fromSam: [FormOfCare, number][] = [
      ['appreciation', 8],
      ['communication', 11],
      ['quality_time', 14],
      ['affection', 17],
      ['repair', 20],
      ['healing', 23],
      ['practical', 27],
    ];
    for (const [form, daysAgo] of fromAlex) {
      await apiLogAct(alexContext, server.url, circleId, { toMemberId: samId, form, daysAgo });
    }
    for (const [form, daysAgo] of fromSam) {
      await apiLogAct(samContext, server.url, circleId, { toMemberId: alexId, form, daysAgo });
    }
  });

  afterAll(async () => {
    await scene?.close();
  });

  it('lets Sam log care with one tap, and Alex open the dashboard from the navigation', async () => {
    await samPage.goto(`/circles/${circleId}`);
    await samPage.getByRole('heading', { level: 1, name: 'Alex & Sam' }).waitFor();
    await logCare(samPage, 'Affection');

    await alexPage.goto(`/circles/${circleId}`);
    await alexPage.getByRole('heading', { level: 1, name: 'Alex & Sam' }).waitFor();
    await alexPage
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Practice balance' })
      .click();
    await alexPage.getByRole('heading', { level: 1, name: 'Practice balance' }).waitFor();
    expect(new URL(alexPage.url()).pathname).toBe(`/circles/${circleId}/balance`);
  });

  it('shows the band in words and the rhythm over time as a chart with a text summary', async () => {
    const card = pairCard(alexPage, 'You and Sam');
    await card.locator('.band-word').filter({ hasText: 'In rhythm' }).waitFor();
    await card.getByText('Care flows both ways in like measure in the last 30 days.').waitFor();
    await card.locator('.series-chart svg .recharts-line').waitFor();
    const summary = await card.locator('figcaption').innerText();
    // Words, not counts of points per band.
    expect(summary).toMatch(/^From .+ to .+, mostly (in rhythm|leaning|one-sided)\./);
    expect(summary).not.toMatch(/points|: \d/);
    expect(summary).toContain('Most recently: In rhythm.');
    // Only what I gave, per form of care: Sam's amounts beside mine would be a ledger.
    const forms = card.getByRole('table');
    await forms.getByRole('columnheader', { name: 'Effort you gave Sam' }).waitFor();
    expect(await forms.getByRole('columnheader').allInnerTexts()).toHaveLength(2);
    await forms.getByRole('rowheader', { name: 'Mental load' }).waitFor();
    const text = await alexPage.locator('main').innerText();
    expect(text).not.toMatch(/\b(owe|owes|debt|score|behind)\b/i);
  });

  it('switches windows: 7 days leans, fading memory reads "lately"', async () => {
    const card = pairCard(alexPage, 'You and Sam');
    await alexPage.getByRole('radio', { name: '7 days' }).check();
    await card.locator('.band-word').filter({ hasText: 'Leaning' }).waitFor();
    await card
      .getByText('More of the care between you and Sam has come from you in the last 7 days.')
      .waitFor();
    // The rhythm now reads 7-day windows: as a line, or as the sentence that waits for a few weeks.
    await expect
      .poll(() => card.innerText())
      .toMatch(
        /Each point is the 7 days up to that date\.|A line appears here once there are a few weeks of care/,
      );

    await alexPage.getByRole('radio', { name: 'With fading memory' }).check();
    await card
      .locator('caption')
      .filter({
        hasText:
          'The effort that went into each form of care you gave lately, recent care counting most',
      })
      .waitFor();
    await alexPage.getByRole('radio', { name: '30 days' }).check();
    await card.locator('.band-word').filter({ hasText: 'In rhythm' }).waitFor();
  });

  it('shows insights with their evidence a "Why?" away', async () => {
    const insights = section(alexPage, 'What stands out');
    await insights.locator('li').first().waitFor();
    const first = insights.locator('li').first();
    await first.getByText('Why?').click();
    await first.locator('dl dt').first().waitFor();
    const evidence = await first.locator('dl').innerText();
    expect(evidence).not.toMatch(/Acts from|Sam to Alex|Alex to Sam/);
  });

  it('suggests a season for Sam, which Sam accepts; names it on the timeline', async () => {
    const seasons = section(alexPage, 'Seasons');
    await seasons.getByText('No seasons yet.').waitFor();
    await seasons.getByLabel('Who is it for?').selectOption({ label: 'Sam' });
    await seasons.getByLabel('What kind of season?').selectOption({ label: 'Exams' });
    await seasons.getByLabel('Note (optional)').fill('Finals in two weeks');
    await seasons.getByRole('button', { name: 'Declare season' }).click();
    await seasons.getByRole('status').filter({ hasText: 'Declared: Exams for Sam.' }).waitFor();
    await seasons.getByText('Sam: Exams').waitFor();
    await seasons.getByText('Finals in two weeks').waitFor();
    await seasons.getByText('Suggested; it counts once Sam accepts it.').waitFor();
    expect(await seasons.getByRole('button', { name: /^End the season/ }).count()).toBe(0);

    // Only Sam can accept it; then it counts.
    await samPage.goto(`/circles/${circleId}/balance`);
    const samSeasons = section(samPage, 'Seasons');
    await samSeasons.getByRole('button', { name: 'Accept the season of Sam: Exams' }).click();
    await samSeasons.getByRole('status').filter({ hasText: 'Your season has begun.' }).waitFor();
    // Undo makes it a suggestion again; accepted once more, it counts.
    await samSeasons.getByRole('button', { name: 'Undo', exact: true }).click();
    await samSeasons.getByRole('status').filter({ hasText: 'It is a suggestion again.' }).waitFor();
    await samSeasons.getByRole('button', { name: 'Accept the season of Sam: Exams' }).click();
    await samSeasons.getByRole('status').filter({ hasText: 'Your season has begun.' }).waitFor();
    await alexPage.reload();
    await alexPage.getByRole('heading', { level: 1, name: 'Practice balance' }).waitFor();

    const card = pairCard(alexPage, 'You and Sam');
    await expect
      .poll(() => card.locator('figcaption').innerText())
      .toContain('Seasons on this timeline: Sam: Exams.');
    await card.locator('.zone-season').first().waitFor();

    // This week Sam gives less, and the season says why.
    await alexPage.getByRole('radio', { name: '7 days' }).check();
    await card
      .getByText('Sam is in a season (Exams): giving less for a while is expected.')
      .waitFor();
    violations.push(...(await axeViolations(alexPage, 'dashboard, 7 days with a season')));
    await alexPage.getByRole('radio', { name: '30 days' }).check();
    await card.locator('.band-word').filter({ hasText: 'In rhythm' }).waitFor();
  });

  it('ranks care languages with the keyboard and saves them', async () => {
    const languages = section(alexPage, 'Your care languages');
    const up = languages.getByRole('button', { name: 'Move Time up' });
    await up.focus();
    await alexPage.keyboard.press('Enter');
    await languages.getByRole('status').filter({ hasText: 'Time is now number 2.' }).waitFor();
    // Focus stays with the moved language, so it can go up again at once.
    await expect
      .poll(() => alexPage.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe('Move Time up');
    await alexPage.keyboard.press('Enter');
    await languages.getByRole('status').filter({ hasText: 'Time is now number 1.' }).waitFor();
    await languages.getByRole('button', { name: 'Save my ranking' }).click();
    await languages
      .getByRole('status')
      .filter({ hasText: 'Saved. Your top three: Time, Words, Acts.' })
      .waitFor();
    const saved = await apiGet(alexPage.context(), server.url, '/api/me/care-languages');
    expect(saved.ranked.slice(0, 3)).toEqual(['time', 'words', 'acts']);
  });

  it('finds no accessibility violations, and takes screenshots', async () => {
    violations.push(...(await axeViolations(alexPage, 'dashboard')));
    await alexPage.evaluate(() => window.scrollTo(0, 0));
    await screenshots(alexPage, 'dashboard');
    // Only Sam can end Sam's season.
    expect(
      await section(alexPage, 'Seasons')
        .getByRole('button', { name: 'End this season of Sam: Exams' })
        .count(),
    ).toBe(0);
    const seasons = section(samPage, 'Seasons');
    await seasons.getByRole('button', { name: 'End this season of Sam: Exams' }).click();
    // It asks first, saying what will happen.
    await seasons.getByText('This season will end today.').waitFor();
    await seasons.getByRole('button', { name: 'End it today' }).click();
    await seasons.getByRole('status').filter({ hasText: 'The season of Sam has ended.' }).waitFor();
    expect(violations).toEqual([]);
  });
});

describe.skipIf(skipBrowserTier)('the balance dashboard of a family', () => {
  let server: RunningServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let page: Page;
  let circleId = '';

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    for (let i = 0; i < 3; i++) contexts.push(await newPhoneContext(browser, server.url));
    const [priya, dev, mira] = contexts as [BrowserContext, BrowserContext, BrowserContext];
    await apiSignUp(priya, server.url, person('Priya'));
    circleId = (await apiCreateCircle(priya, server.url, 'The Rao family', 'family')).id;
    const ids: Record<string, string> = {};
    for (const [who, context] of [
      ['Dev', dev],
      ['Mira', mira],
    ] as const) {
      await apiSignUp(context, server.url, person(who));
      const { token } = await apiInvite(priya, server.url, circleId);
      ids[who] = (await apiAccept(context, server.url, token, priya)).memberId;
    }
    ids.Priya = (await apiGetCircle(priya, server.url, circleId)).myMemberId;
    const log = async (from: BrowserContext, to: string, form: FormOfCare, daysAgo: number) =>
      apiLogAct(from, server.url, circleId, { toMemberId: ids[to] ?? '', form, daysAgo });
    // Priya carries much of the household; Dev and Mira look after each other and her.
    for (let day = 0; day < 24; day += 2) {
      await log(priya, 'Dev', 'practical', day);
      await log(priya, 'Mira', 'mental_load', day + 1);
    }
    for (let day = 0; day < 20; day += 4) {
      await log(dev, 'Priya', 'appreciation', day);
      await log(mira, 'Dev', 'communication', day + 1);
      await log(dev, 'Mira', 'quality_time', day + 2);
    }
    page = await priya.newPage();
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.stop();
  });

  it('shows every pair, how widely care is shared, and only my own share of it', async () => {
    await page.goto(`/circles/${circleId}/balance`);
    await page.getByRole('heading', { level: 1, name: 'Practice balance' }).waitFor();
    await pairCard(page, 'You and Dev').waitFor();
    await pairCard(page, 'You and Mira').waitFor();
    await pairCard(page, 'Dev and Mira').waitFor();
    await pairCard(page, 'Dev and Mira')
      .getByText(/Care flows both ways|between Dev and Mira/)
      .waitFor();
    const matrix = section(page, 'How widely care is shared');
    await matrix.getByText(/^The care given in this circle .* is /).waitFor();
    const spread = await matrix.innerText();
    expect(spread).toMatch(/Of all the care given .*, \d+% came from you\./);
    expect(spread).not.toMatch(/Dev|Mira/);
    const found = await axeViolations(page, 'dashboard, family');
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshots(page, 'dashboard-family');
    expect(found).toEqual([]);
  });
});
