/**
 * A full check-in by two browser contexts: Alex opens a CSI-4 check-in and answers alone; Sam
 * sees it waiting and cannot see Alex's answers; Sam answers; both see the answers side by side,
 * with no clinical label anywhere. Axe on every state, light and dark; screenshots.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiGet } from './api.ts';
import { axeViolations } from './axe.ts';
import { skipBrowserTier } from './browser.ts';
import { openCoupleInBrowser, type Couple, type CoupleInBrowser } from './cycle-setup.ts';
import { screenshots } from './shots.ts';

/** Answers (the CSI-4's option labels, in sentence case) for each of the four items. */
const ALEX = ['Very happy', 'Mostly true', 'Mostly', 'Almost completely'];
const SAM = ['Happy', 'Somewhat true', 'Almost completely', 'Mostly'];

async function answerCsi4(page: Page, labels: readonly string[]): Promise<void> {
  const questions = page.locator('fieldset.question');
  await expect.poll(() => questions.count()).toBe(4);
  for (const [index, label] of labels.entries()) {
    await questions.nth(index).getByRole('radio', { name: label, exact: true }).check();
  }
  await page.getByRole('button', { name: 'Send my answers' }).click();
}

describe.skipIf(skipBrowserTier)('a check-in answered alone and revealed together', () => {
  let scene: CoupleInBrowser;
  let alexPage: Page;
  let samPage: Page;
  let couple: Couple;
  let checkinUrl = '';
  const violations: string[] = [];

  beforeAll(async () => {
    scene = await openCoupleInBrowser();
    ({ alexPage, samPage, couple } = scene);
  });

  afterAll(async () => {
    await scene?.close();
  });

  it('reaches Check in from the navigation, with an empty state saying what to do', async () => {
    await alexPage.goto(`/circles/${couple.circleId}`);
    await alexPage.getByRole('heading', { level: 1, name: couple.circleName }).waitFor();
    await alexPage
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Check in' })
      .click();
    await alexPage.getByRole('heading', { level: 1, name: 'Check in' }).waitFor();
    await alexPage.getByText('Start a check-in above').waitFor();
    violations.push(...(await axeViolations(alexPage, 'check in, empty')));
    await screenshots(alexPage, 'cycle-checkin-empty');
  });

  it('lets Alex open a CSI-4 check-in and shows the items exactly, with the citation', async () => {
    await alexPage.getByRole('radio', { name: /Four short questions/ }).check();
    await alexPage.getByRole('button', { name: 'Start check-in' }).click();
    await alexPage.getByRole('heading', { name: 'Your answers' }).waitFor();
    checkinUrl = new URL(alexPage.url()).pathname;
    expect(checkinUrl).toMatch(/\/checkin\/[^/]+$/);

    const text = await alexPage.locator('main').innerText();
    expect(text).toContain(
      'Please indicate the degree of happiness, all things considered, of your relationship.',
    );
    // Named by what they ask; the questionnaire's name and citation wait under "About these questions".
    expect(text).not.toMatch(/CSI|Funk|TRUE/);
    await alexPage.getByText('About these questions').first().click();
    const about = await alexPage.locator('details.about-questions').first().innerText();
    expect(about).toContain('Couples Satisfaction Index (CSI-4)');
    expect(about).toContain('Funk, J. L., & Rogge, R. D. (2007)');
    for (const label of ['Extremely unhappy', 'Perfect', 'Not at all true', 'Completely true']) {
      await alexPage.getByRole('radio', { name: label, exact: true }).first().waitFor();
    }

    // Sending with questions open says so, and sends nothing.
    await alexPage.getByRole('button', { name: 'Send my answers' }).click();
    await alexPage.getByRole('alert').filter({ hasText: 'Please answer every question' }).waitFor();
    violations.push(...(await axeViolations(alexPage, 'check in, answering')));
    await screenshots(alexPage, 'cycle-checkin-answer');

    await answerCsi4(alexPage, ALEX);
    await alexPage.getByText('Waiting for 1 more person to answer.').waitFor();
    violations.push(...(await axeViolations(alexPage, 'check in, waiting')));
    await screenshots(alexPage, 'cycle-checkin-waiting');
  });

  it('shows Sam the open check-in without any of Alex’s answers', async () => {
    await samPage.goto(`/circles/${couple.circleId}/checkin`);
    const link = samPage.getByRole('link', { name: /^“How are we doing\?”,/ });
    await link.waitFor();
    await samPage.getByText('Waiting for your answers').waitFor();
    await link.click();
    await samPage.getByRole('heading', { name: 'Your answers' }).waitFor();
    await expect(samPage.getByRole('heading', { name: 'Side by side' }).count()).resolves.toBe(0);
    // Nothing on Sam's screen is checked: Alex's choices are not sent to Sam.
    await expect(samPage.locator('input[type=radio]:checked').count()).resolves.toBe(0);
    const body = await apiGet(
      samPage,
      scene.server.url,
      '/api/circles/{circleId}/checkins/{checkinId}',
      { circleId: couple.circleId, checkinId: checkinUrl.split('/').at(-1) ?? '' },
    );
    expect(body.results).toBeUndefined();
    expect(body.mine).toBeNull();
  });

  it('reveals both answers side by side once Sam has answered', async () => {
    await answerCsi4(samPage, SAM);
    await samPage.getByRole('heading', { name: 'Side by side' }).waitFor();
    const samText = await samPage.locator('main').innerText();
    for (const label of [...ALEX, ...SAM]) expect(samText).toContain(label);
    expect(samText).toContain('Alex');

    // Alex's waiting page notices by itself.
    await alexPage.getByRole('heading', { name: 'Side by side' }).waitFor({ timeout: 15_000 });
    const alexText = await alexPage.locator('main').innerText();
    expect(alexText).toContain('Sam');
    expect(alexText).toContain('your first check-in of this kind');
    for (const text of [samText, alexText]) {
      expect(text).not.toMatch(
        /distress|cut-?off|clinical|score|band|below|above|\b1[0-9] ?\/ ?21/i,
      );
    }
    violations.push(...(await axeViolations(alexPage, 'check in, revealed')));
    await screenshots(alexPage, 'cycle-checkin-revealed');
  });

  it('speaks of Alex’s own trend after a second check-in', async () => {
    await alexPage.goto(`/circles/${couple.circleId}/checkin`);
    await alexPage.getByRole('button', { name: 'Start check-in' }).click();
    await alexPage.getByRole('heading', { name: 'Your answers' }).waitFor();
    await answerCsi4(alexPage, ['Perfect', 'Completely true', 'Completely', 'Completely']);
    await alexPage.getByText('Waiting for 1 more person').waitFor();
    await samPage.goto(`/circles/${couple.circleId}/checkin`);
    await samPage
      .getByRole('link', { name: /^“How are we doing\?”,/ })
      .first()
      .click();
    await answerCsi4(samPage, SAM);
    await alexPage.getByText('your answers went up').waitFor({ timeout: 15_000 });

    // The monthly review tells Alex the same, in words and without numbers.
    await alexPage.goto(`/circles/${couple.circleId}/review`);
    await alexPage.getByRole('heading', { level: 1, name: 'Observe' }).waitFor();
    await alexPage
      .getByText('“How are we doing?”: you answered 2 times · your answers went up')
      .waitFor();
  });

  it('finds no accessibility violations on the check-in screens', () => {
    expect(violations).toEqual([]);
  });
});
