/**
 * Short guides and guided rituals in a browser. Alex finds Guides from Settings and Support,
 * reads one on a phone and on a desktop, and meets "A two-minute read: …" on Repair and Rituals.
 * A ritual's guide completes the ritual: the nightly ten minutes (its gentle timer started,
 * paused and carried on, its three questions, "We did it"), the weekly "how are we doing?"
 * ended early with "I’m done", and a team's feedback round that goes round the people in turn.
 * Each completion is read back through the API; nothing said is stored. Axe on every screen,
 * light and dark; screenshots with RECIPRO_SHOTS=1.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAccept, apiCreateCircle, apiGet, apiInvite, apiPost } from './api.ts';
import { axeViolations } from './axe.ts';
import { DESKTOP, PHONE, skipBrowserTier } from './browser.ts';
import { openCoupleInBrowser, type CoupleInBrowser } from './cycle-setup.ts';
import { screenshots } from './shots.ts';

const NIGHTLY = 'Ten-minute check-in at night';
const WEEKLY = 'How are we doing?';
const FEEDBACK = 'Reciprocal feedback round';

/** The words of the page's main part, for checking what a screen says and does not say. */
const mainText = (page: Page) => page.locator('main').innerText();

/** Whether the page fits the window's width (no sideways scrolling on a phone). */
const fitsWidth = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

describe.skipIf(skipBrowserTier)('short guides and guided rituals', () => {
  let scene: CoupleInBrowser;
  let alexPage: Page;
  let url = '';
  let circleId = '';
  const violations: string[] = [];

  /** Starts a ritual of `kind` in `circle` through the API; its id. */
  const startRitual = async (
    circle: string,
    kind: 'nightly_checkin' | 'weekly_checkin' | 'team_feedback',
  ) =>
    (
      await apiPost(
        alexPage,
        url,
        '/api/circles/{circleId}/rituals',
        { circleId: circle },
        { kind, rrule: 'FREQ=DAILY', time: '21:30', timezone: 'UTC' },
      )
    ).id;

  /** Alex's own completions of a ritual, as his export holds them. */
  const myCompletions = async (circle: string, ritualId: string) => {
    const document = await apiGet(alexPage, url, '/api/me/export');
    const ritual = document.circles
      .find((c) => c.circle.id === circle)
      ?.rituals.find((r) => r.id === ritualId);
    expect(ritual, 'the ritual is in the export').toBeDefined();
    return ritual!.completions.filter((c) => c.byMe).length;
  };

  /** Opens the circle's Rituals page and a ritual's guide from it, as a person would. */
  const openGuide = async (circle: string, title: string) => {
    await alexPage.goto(`/circles/${circle}/rituals`);
    await alexPage.getByRole('heading', { level: 1, name: 'Rituals' }).waitFor();
    await alexPage.getByRole('link', { name: `Open the guide: ${title}` }).click();
    await alexPage.getByRole('heading', { level: 1, name: title }).waitFor();
  };

  beforeAll(async () => {
    scene = await openCoupleInBrowser();
    alexPage = scene.alexPage;
    url = scene.server.url;
    circleId = scene.couple.circleId;
    // Practice balance shows its panels (and their guides) once some care is logged.
    await apiPost(
      alexPage,
      url,
      '/api/circles/{circleId}/acts',
      { circleId },
      {
        toMemberId: scene.couple.samId,
        form: 'practical',
      },
    );
  });

  afterAll(async () => {
    await scene?.close();
  });

  it('finds Guides in Settings and in Support, and reads one comfortably on a phone', async () => {
    await alexPage.goto('/settings');
    await alexPage.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    await alexPage.getByRole('link', { name: 'Open the guides' }).click();
    await alexPage.getByRole('heading', { level: 1, name: 'Guides' }).waitFor();
    const list = alexPage.getByRole('list', { name: 'All guides' });
    await expect(list.getByRole('listitem').count()).resolves.toBe(10);
    for (const title of [
      'Three kinds of give and take',
      'The hurt-for-hurt spiral',
      'Saying when you feel disrespected',
      'Talk now, or take some space?',
      'Calming down together',
      'Where our ways of giving come from',
      'Hard seasons: stress, burnout and mental health',
      'Screens and attention',
      'Talk, or just company?',
      'Culture and care',
    ]) {
      await list.getByRole('link', { name: title, exact: true }).waitFor();
    }
    await expect(fitsWidth(alexPage)).resolves.toBe(true);
    violations.push(...(await axeViolations(alexPage, 'guides-list')));
    await screenshots(alexPage, 'guides-list');

    await list.getByRole('link', { name: 'The hurt-for-hurt spiral' }).click();
    await alexPage.getByRole('heading', { level: 1, name: 'The hurt-for-hurt spiral' }).waitFor();
    await expect(alexPage.title()).resolves.toBe('The hurt-for-hurt spiral · recipro');
    const text = await mainText(alexPage);
    expect(text).toContain('Gottman called these repair attempts.');
    expect(text).toContain('One small thing to try');
    expect(text).toContain('agree with someone close on your own reset phrase');
    const sources = alexPage.getByRole('region', { name: 'Where these ideas come from' });
    await sources.getByText(/^John M\. Gottman \(1979\)\. Marital Interaction/).waitFor();
    await sources.getByText(/^Alvin W\. Gouldner \(1960\)\. The norm of reciprocity/).waitFor();
    expect(text).not.toMatch(/\b(partner|score|owe|debt|blame)/i);

    // Readable on a phone: body text of at least 17px with room between the lines, no
    // sideways scrolling.
    const body = alexPage.locator('.guide-body p').first();
    const { size, leading } = await body.evaluate((p) => {
      const style = getComputedStyle(p);
      return { size: parseFloat(style.fontSize), leading: parseFloat(style.lineHeight) };
    });
    expect(size).toBeGreaterThanOrEqual(17);
    expect(leading / size).toBeGreaterThanOrEqual(1.5);
    await expect(fitsWidth(alexPage)).resolves.toBe(true);
    violations.push(...(await axeViolations(alexPage, 'guide')));

    // On a desktop the text keeps to one readable column.
    await alexPage.setViewportSize(DESKTOP);
    const width = await alexPage.locator('.guide-body').evaluate((el) => el.clientWidth);
    expect(width).toBeLessThanOrEqual(40 * 17);
    violations.push(...(await axeViolations(alexPage, 'guide-desktop')));
    await alexPage.setViewportSize(PHONE);
    await screenshots(alexPage, 'guide');

    // "All guides" leads back; Support leads there too.
    await alexPage.getByRole('link', { name: 'All guides' }).click();
    await alexPage.getByRole('heading', { level: 1, name: 'Guides' }).waitFor();
    await alexPage.goto('/support');
    await alexPage.getByRole('heading', { level: 1, name: 'Support' }).waitFor();
    await alexPage.getByRole('link', { name: 'Open the guides' }).click();
    await alexPage.getByRole('heading', { level: 1, name: 'Guides' }).waitFor();

    // An address with no guide says so.
    await alexPage.goto('/guides/no-such-guide');
    await alexPage.getByRole('heading', { level: 1, name: 'Guide not found' }).waitFor();
  });

  it('offers a two-minute read where it may help: Repair, Rituals', async () => {
    await alexPage.goto(`/circles/${circleId}/repair`);
    await alexPage.getByRole('heading', { level: 1, name: 'Repair' }).waitFor();
    const reads = alexPage.getByRole('list', { name: 'Short reads that may help here' });
    for (const title of [
      'The hurt-for-hurt spiral',
      'Saying when you feel disrespected',
      'Talk now, or take some space?',
      'Calming down together',
    ]) {
      await reads.getByRole('link', { name: `A two-minute read: ${title}` }).waitFor();
    }
    violations.push(...(await axeViolations(alexPage, 'repair-with-guides')));
    await reads.getByRole('link', { name: 'A two-minute read: Calming down together' }).click();
    await alexPage.getByRole('heading', { level: 1, name: 'Calming down together' }).waitFor();
    await alexPage.goBack();
    await alexPage.getByRole('heading', { level: 1, name: 'Repair' }).waitFor();

    // Elsewhere in the cycle, and beside seasons and care languages on Practice balance.
    for (const [path, heading, titles] of [
      ['rituals', 'Rituals', ['Screens and attention', 'Talk, or just company?']],
      ['checkin', 'Check in', ['Three kinds of give and take']],
      [
        'reflect',
        'Reflect',
        ['Where our ways of giving come from', 'Hard seasons: stress, burnout and mental health'],
      ],
      ['express', 'Express', ['Saying when you feel disrespected', 'Talk, or just company?']],
      [
        'balance',
        'Practice balance',
        [
          'Hard seasons: stress, burnout and mental health',
          'Talk, or just company?',
          'Culture and care',
        ],
      ],
    ] as const) {
      await alexPage.goto(`/circles/${circleId}/${path}`);
      await alexPage.getByRole('heading', { level: 1, name: heading }).waitFor();
      for (const title of titles) {
        await alexPage
          .getByRole('link', { name: `A two-minute read: ${title}`, exact: true })
          .first()
          .waitFor();
      }
    }
    // No insight is on screen yet (nothing logged), so none offers a guide of its own.
    await expect(
      alexPage
        .getByRole('link', { name: 'A two-minute read: Three kinds of give and take' })
        .count(),
    ).resolves.toBe(0);
    violations.push(...(await axeViolations(alexPage, 'balance-with-guides')));
    await screenshots(alexPage, 'balance-with-guides');
  });

  it('guides the nightly ten minutes, with a gentle timer, and "We did it" completes it', async () => {
    const ritualId = await startRitual(circleId, 'nightly_checkin');
    await openGuide(circleId, NIGHTLY);
    await alexPage.getByText('Nothing you say here is saved.', { exact: false }).waitFor();

    // The timer waits for the people, counts down when started, and pauses.
    const timer = alexPage.getByRole('timer');
    await expect(timer.innerText()).resolves.toBe('10:00');
    await alexPage.getByRole('button', { name: 'Start the timer' }).click();
    await expect.poll(() => timer.innerText(), { timeout: 10_000 }).not.toBe('10:00');
    await alexPage.getByRole('button', { name: 'Pause' }).click();
    await alexPage.getByRole('status').filter({ hasText: 'The timer is paused.' }).waitFor();
    const paused = await timer.innerText();
    expect(paused).toMatch(/^9:5\d$/);
    await alexPage.getByRole('button', { name: 'Carry on' }).waitFor();
    await expect(timer.innerText()).resolves.toBe(paused);
    violations.push(...(await axeViolations(alexPage, 'ritual-guide-nightly')));
    await screenshots(alexPage, 'ritual-guide-nightly');

    // Three questions, one at a time; focus moves to each.
    const card = alexPage.locator('.ritual-card');
    await card.getByText('Step 1 of 3').waitFor();
    await card
      .getByRole('heading', { name: 'What is one moment from today you would like to share?' })
      .waitFor();
    await card.getByRole('button', { name: 'Next' }).click();
    await card
      .getByRole('heading', { name: 'What was hard today, and what helped, or would have helped?' })
      .waitFor();
    await expect(alexPage.evaluate(() => document.activeElement?.tagName)).resolves.toBe('H2');
    await card.getByRole('button', { name: 'Next' }).click();
    await card
      .getByRole('heading', { name: 'Is there one thing you would like from each other tomorrow?' })
      .waitFor();
    await card.getByText('Step 3 of 3').waitFor();
    // There is nothing to type anywhere in a guided ritual.
    await expect(alexPage.locator('main input, main textarea').count()).resolves.toBe(0);

    expect(await myCompletions(circleId, ritualId)).toBe(0);
    await card.getByRole('button', { name: 'We did it' }).click();
    await alexPage
      .getByRole('status')
      .filter({ hasText: `Noted: “${NIGHTLY}”. Thank you for making the time.` })
      .waitFor();
    await alexPage.getByRole('heading', { level: 2, name: 'Done' }).waitFor();
    await alexPage.getByRole('link', { name: 'Log an act of care' }).waitFor();
    expect(await myCompletions(circleId, ritualId)).toBe(1);
    violations.push(...(await axeViolations(alexPage, 'ritual-guide-done')));
    await screenshots(alexPage, 'ritual-guide-done');

    await alexPage.getByRole('link', { name: 'Back to rituals' }).first().click();
    await alexPage.getByRole('heading', { level: 1, name: 'Rituals' }).waitFor();
  });

  it('keeps its one moving part still when reduced motion is asked for', async () => {
    await openGuide(circleId, NIGHTLY);
    await alexPage.getByRole('button', { name: 'Start the timer' }).click();
    const dot = alexPage.locator('.timer-dot');
    const animation = () => dot.evaluate((el) => getComputedStyle(el).animationName);
    await expect.poll(animation).toBe('timer-breathe');
    await alexPage.emulateMedia({ reducedMotion: 'reduce' });
    await expect.poll(animation).toBe('none');
    await alexPage.emulateMedia({ reducedMotion: 'no-preference' });
    await alexPage.getByRole('button', { name: 'Pause' }).click();
  });

  it('talks through a few of recipro’s own items, and "I’m done" ends it early', async () => {
    const ritualId = await startRitual(circleId, 'weekly_checkin');
    await openGuide(circleId, WEEKLY);
    const card = alexPage.locator('.ritual-card');
    await card.getByRole('heading', { name: 'I felt seen this week.' }).waitFor();
    await card.getByText('Step 1 of 5').waitFor();
    await card
      .getByText('recipro’s own check-in questions, not a standard or validated scale', {
        exact: false,
      })
      .waitFor();
    // Shown for talking: no answer to choose, no timer.
    await expect(alexPage.locator('main input, main select, main textarea').count()).resolves.toBe(
      0,
    );
    await expect(alexPage.getByRole('timer').count()).resolves.toBe(0);
    await card.getByRole('button', { name: 'Next' }).click();
    await card.getByRole('heading', { name: 'When we talk, I feel heard.' }).waitFor();
    violations.push(...(await axeViolations(alexPage, 'ritual-guide-weekly')));
    await screenshots(alexPage, 'ritual-guide-weekly');

    await card.getByRole('button', { name: 'I’m done' }).click();
    await alexPage.getByRole('heading', { level: 2, name: 'Done' }).waitFor();
    expect(await myCompletions(circleId, ritualId)).toBe(1);

    // Too early after all: Undo takes the completion back and returns to the card.
    await alexPage.getByRole('button', { name: 'Undo', exact: true }).click();
    await alexPage.getByRole('status').filter({ hasText: 'It is not marked as done.' }).waitFor();
    await card.getByRole('heading', { name: 'When we talk, I feel heard.' }).waitFor();
    expect(await myCompletions(circleId, ritualId)).toBe(0);
    await card.getByRole('button', { name: 'I’m done' }).click();
    await alexPage.getByRole('heading', { level: 2, name: 'Done' }).waitFor();
    expect(await myCompletions(circleId, ritualId)).toBe(1);
  });

  it('goes round a team in turns for its feedback round, and completes it', async () => {
    // Alex and Sam also work together.
    const team = await apiCreateCircle(alexPage.context(), url, 'The studio', 'team');
    const { token } = await apiInvite(alexPage.context(), url, team.id);
    await apiAccept(scene.samPage.context(), url, token, alexPage.context());
    const ritualId = await startRitual(team.id, 'team_feedback');

    await openGuide(team.id, FEEDBACK);
    const card = alexPage.locator('.ritual-card');
    await card.getByRole('heading', { name: 'Two things each' }).waitFor();
    await card
      .getByText('One thing I received from someone here lately, and what it made possible.')
      .waitFor();
    await card.getByText('One thing I need from the others in the coming weeks.').waitFor();
    await card.getByText('Going round: you and Sam').waitFor();
    await card.getByText('Your turn', { exact: true }).waitFor();
    await card.getByRole('button', { name: 'Next person' }).click();
    await card.getByText('Sam’s turn', { exact: true }).waitFor();
    await expect(card.getByRole('button', { name: 'Next person' }).count()).resolves.toBe(0);
    violations.push(...(await axeViolations(alexPage, 'ritual-guide-feedback')));
    await screenshots(alexPage, 'ritual-guide-feedback');

    await card.getByRole('button', { name: 'We did it' }).click();
    await alexPage.getByRole('heading', { level: 2, name: 'Done' }).waitFor();
    expect(await myCompletions(team.id, ritualId)).toBe(1);
    // What Sam sees of the ritual is its rhythm, as before: nothing anyone said.
    const { rituals } = await apiGet(scene.samPage, url, '/api/circles/{circleId}/rituals', {
      circleId: team.id,
    });
    expect(rituals.map((r) => r.id)).toEqual([ritualId]);
  });

  it('found nothing for axe on any screen, light or dark', () => {
    expect(violations).toEqual([]);
  });
});
