/**
 * The other check-ins: CSI-16 with its word pairs (six unlabelled positions, answered by
 * keyboard), and recipro's own questions, where a shared "mostly me" becomes something to talk
 * about and an answer suggesting fear shows that member, only, a calm support panel.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe.ts';
import { skipBrowserTier } from './browser.ts';
import { openCoupleInBrowser, type Couple, type CoupleInBrowser } from './cycle-setup.ts';
import { screenshots } from './shots.ts';

/** Checks option `position` of every question, or `overrides[index]` where given. */
async function answerAll(
  page: Page,
  position: number,
  overrides: Readonly<Record<number, string>> = {},
): Promise<void> {
  const questions = page.locator('fieldset.question');
  await questions.first().waitFor();
  const count = await questions.count();
  for (let index = 0; index < count; index += 1) {
    const question = questions.nth(index);
    const label = overrides[index];
    if (label) await question.getByRole('radio', { name: label, exact: true }).check();
    else await question.getByRole('radio').nth(position).check();
  }
}

async function startCheckin(page: Page, circleId: string, choice: RegExp): Promise<string> {
  await page.goto(`/circles/${circleId}/checkin`);
  await page.getByRole('radio', { name: choice }).check();
  await page.getByRole('button', { name: 'Start check-in' }).click();
  await page.getByRole('heading', { name: 'Your answers' }).waitFor();
  return new URL(page.url()).pathname;
}

describe.skipIf(skipBrowserTier)('CSI-16 and recipro’s own questions', () => {
  let scene: CoupleInBrowser;
  let alexPage: Page;
  let samPage: Page;
  let couple: Couple;
  const violations: string[] = [];

  beforeAll(async () => {
    scene = await openCoupleInBrowser();
    ({ alexPage, samPage, couple } = scene);
  });

  afterAll(async () => {
    await scene?.close();
  });

  it('shows CSI-16 word pairs as six unlabelled positions, answerable by keyboard', async () => {
    const path = await startCheckin(alexPage, couple.circleId, /Sixteen questions/);
    await alexPage.getByText('For each of the following items, select the answer').waitFor();
    const pair = alexPage.locator('fieldset.pair-question').first();
    await expect(pair.getByRole('radio').count()).resolves.toBe(6);
    await expect(pair.locator('label').allInnerTexts()).resolves.toEqual(Array(6).fill(''));
    await pair.getByText('Interesting').first().waitFor();
    await pair.getByText('Boring').first().waitFor();
    violations.push(...(await axeViolations(alexPage, 'check in, CSI-16')));
    await screenshots(alexPage, 'cycle-checkin-csi16');

    await answerAll(alexPage, 1);
    const first = pair.getByRole('radio', { name: '1 of 6, from Interesting to Boring' });
    await first.focus();
    await alexPage.keyboard.press('ArrowRight');
    await alexPage.keyboard.press('ArrowRight');
    await expect(
      pair.getByRole('radio', { name: '3 of 6, from Interesting to Boring' }).isChecked(),
    ).resolves.toBe(true);
    await alexPage.getByRole('button', { name: 'Send my answers' }).click();
    await alexPage.getByText('Waiting for 1 more person to answer.').waitFor();

    await samPage.goto(path);
    await answerAll(samPage, 4);
    await samPage.getByRole('button', { name: 'Send my answers' }).click();
    await samPage.getByRole('heading', { name: 'Side by side' }).waitFor();
    await samPage.getByText('3 of 6, from Interesting to Boring').waitFor();
  });

  it('offers a shared "mostly me" as something to talk about, and support only to Alex', async () => {
    const path = await startCheckin(alexPage, couple.circleId, /recipro’s own questions/);
    // Named by what they ask; where they come from waits under "About these questions".
    await alexPage.getByText('About these questions').click();
    await alexPage
      .getByText(/^These are recipro’s own questions.*not a standard or validated scale/)
      .waitFor();
    const questions = alexPage.locator('fieldset.question');
    const last = (await questions.count()) - 1;
    await answerAll(alexPage, 0, { [last]: 'Often' });
    await alexPage.getByRole('button', { name: 'Send my answers' }).click();
    await alexPage.getByRole('heading', { name: 'You deserve to feel safe' }).waitFor();
    await alexPage.getByText('call your local emergency number').waitFor();
    violations.push(...(await axeViolations(alexPage, 'check in, support')));
    await screenshots(alexPage, 'cycle-checkin-support');

    await samPage.goto(path);
    await answerAll(samPage, 0, { [last]: 'No' });
    await samPage.getByRole('button', { name: 'Send my answers' }).click();
    await samPage.getByRole('heading', { name: 'Side by side' }).waitFor();
    const talk = samPage.locator('section.talk');
    await talk.getByText('Household chores').waitFor();
    const samText = await samPage.locator('main').innerText();
    expect(samText).not.toContain('You deserve to feel safe');
    // The safety question is never shown side by side.
    expect(samText).not.toContain('afraid of your partner');
    violations.push(...(await axeViolations(samPage, 'check in, own questions revealed')));
    await screenshots(samPage, 'cycle-checkin-own');

    await alexPage.reload();
    await alexPage.getByRole('heading', { name: 'Side by side' }).waitFor();
    await alexPage.getByRole('heading', { name: 'You deserve to feel safe' }).waitFor();
    await expect(alexPage.getByRole('heading', { name: 'Your own trend' }).count()).resolves.toBe(
      0,
    );
  });

  it('finds no accessibility violations', () => {
    expect(violations).toEqual([]);
  });
});
