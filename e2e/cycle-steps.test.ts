/**
 * Reflect, Express, Repair and Observe in two browser contexts: a reflection Sam never sees, a
 * need shared and thanked, a values conversation revealed side by side, a hard moment logged,
 * reset and repaired, and the monthly review's sentences. Axe on each screen, light and dark;
 * screenshots at phone and desktop widths.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe.ts';
import { skipBrowserTier } from './browser.ts';
import { openCoupleInBrowser, type Couple, type CoupleInBrowser } from './cycle-setup.ts';
import { openFromNav, section } from './flows.ts';
import { screenshots } from './shots.ts';

const REFLECTION = 'I said yes to everything this week and I am worn out.';
const NEED = 'we take a slow walk after dinner';

describe.skipIf(skipBrowserTier)('reflect, express, repair and observe', () => {
  let scene: CoupleInBrowser;
  let alexPage: Page;
  let samPage: Page;
  let couple: Couple;
  const violations: string[] = [];

  const open = async (page: Page, step: string, title: string) => {
    await page.goto(`/circles/${couple.circleId}/${step}`);
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
  };

  beforeAll(async () => {
    scene = await openCoupleInBrowser();
    ({ alexPage, samPage, couple } = scene);
  });

  afterAll(async () => {
    await scene?.close();
  });

  it('keeps Alex’s reflection for Alex alone', async () => {
    await alexPage.goto(`/circles/${couple.circleId}`);
    await openFromNav(alexPage, 'Reflect');
    await alexPage.getByText('Only you can read these.').first().waitFor();
    await alexPage.getByText('Choose a question above').waitFor();
    violations.push(...(await axeViolations(alexPage, 'reflect, empty')));
    await screenshots(alexPage, 'cycle-reflect-empty');

    await alexPage
      .getByLabel('A question to start from')
      .selectOption({ label: 'Where have I been giving more than I have to spare lately?' });
    await alexPage.getByRole('textbox', { name: 'Your reflection' }).fill(REFLECTION);
    await alexPage.getByRole('button', { name: 'Keep this reflection' }).click();
    await alexPage.getByRole('status').filter({ hasText: 'Kept.' }).waitFor();
    await section(alexPage, 'Your reflections').getByText(REFLECTION).waitFor();
    violations.push(...(await axeViolations(alexPage, 'reflect')));
    await screenshots(alexPage, 'cycle-reflect');

    await open(samPage, 'reflect', 'Reflect');
    await samPage.getByText('Choose a question above').waitFor();
    await expect(samPage.getByText(REFLECTION).count()).resolves.toBe(0);
    const listed = await samPage.request.get(`/api/circles/${couple.circleId}/reflections`);
    expect(await listed.text()).not.toContain(REFLECTION);
  });

  it('lets Alex share a need and Sam thank Alex for it', async () => {
    await open(alexPage, 'express', 'Express');
    await alexPage.getByText('Pick a starter above').waitFor();
    violations.push(...(await axeViolations(alexPage, 'express, empty')));
    await screenshots(alexPage, 'cycle-express-empty');

    await alexPage.getByRole('radio', { name: 'I feel more connected when …' }).check();
    const text = alexPage.getByLabel('Your need, in your words');
    await expect(text.inputValue()).resolves.toBe('I feel more connected when ');
    await text.fill(`I feel more connected when ${NEED}`);
    await alexPage.getByRole('radio', { name: 'Share with the circle' }).check();
    await alexPage.getByRole('button', { name: 'Save my need' }).click();
    await alexPage.getByRole('status').filter({ hasText: 'Shared with the circle.' }).waitFor();

    await alexPage.getByLabel('Your need, in your words').fill('It would help me if I slept more');
    await alexPage.getByRole('radio', { name: 'Only me, for now' }).check();
    await alexPage.getByRole('button', { name: 'Save my need' }).click();
    await alexPage.getByRole('status').filter({ hasText: 'Only you can read it.' }).waitFor();

    await open(samPage, 'express', 'Express');
    const needs = section(samPage, 'Needs');
    await needs.getByText(NEED, { exact: false }).waitFor();
    await expect(needs.getByText('slept more').count()).resolves.toBe(0);
    await needs.getByRole('button', { name: 'Thank you for telling me, Alex' }).click();
    await needs.getByText('You thanked Alex for telling you').waitFor();

    await alexPage.reload();
    await section(alexPage, 'Needs').getByText('Thanked by Sam').waitFor();
    violations.push(...(await axeViolations(alexPage, 'express')));
  });

  it('reveals the values conversation only when both have answered', async () => {
    const values = section(alexPage, 'Values conversation');
    await values.getByRole('button', { name: 'Start a values conversation' }).click();
    await values.getByLabel('What does respect look like to me, day to day?').fill('Listening');
    await values.getByRole('button', { name: 'Send my answers' }).click();
    await values.getByText('waiting for 1 more person').waitFor();

    await samPage.reload();
    const samValues = section(samPage, 'Values conversation');
    await samValues.getByLabel('What does respect look like to me, day to day?').waitFor();
    await expect(samValues.getByText('Listening').count()).resolves.toBe(0);
    await samValues
      .getByLabel('What does respect look like to me, day to day?')
      .fill('Keeping promises');
    await samValues.getByRole('button', { name: 'Send my answers' }).click();
    await samValues.getByRole('heading', { name: 'Your answers side by side' }).waitFor();
    await samValues.getByText('Listening').waitFor();
    await samValues.getByText('Keeping promises').waitFor();
    await samValues.getByRole('heading', { name: 'Things to talk about together' }).waitFor();
    violations.push(...(await axeViolations(samPage, 'express, values revealed')));
    await screenshots(samPage, 'cycle-express');
  });

  it('logs a hard moment, resets and repairs it', async () => {
    await open(alexPage, 'repair', 'Repair');
    await alexPage.getByText('Nothing logged yet').waitFor();
    violations.push(...(await axeViolations(alexPage, 'repair, empty')));
    await screenshots(alexPage, 'cycle-repair-empty');

    await alexPage.getByLabel('What happened').fill('We snapped at each other about the dishes.');
    await alexPage.getByRole('button', { name: 'Log it' }).click();
    const list = section(alexPage, 'Hard moments and repairs');
    await list.getByText('We snapped at each other').waitFor();

    await open(samPage, 'repair', 'Repair');
    const samList = section(samPage, 'Hard moments and repairs');
    await samList.getByText('We snapped at each other').waitFor();
    await samList.getByRole('button', { name: /^Let’s reset after/ }).click();
    await samList.getByText('You reached out').waitFor();
    await samList.getByRole('button', { name: /^Mark the moment of .* repaired for me$/ }).click();
    // Repaired once each of them has said it.
    await samList.getByText('Repaired for you; it waits for the others.').waitFor();
    await list.getByRole('button', { name: /^Mark the moment of .* repaired for me$/ }).click();
    await list.getByText(/Repaired after/).waitFor();
    await samPage.reload();
    await samList.getByText(/Repaired after/).waitFor();
    const shares = section(samPage, 'Where repair starts');
    await shares.getByText('You started 1 repair.').waitFor();
    await shares.getByText(/within 24 hours/).waitFor();

    // The one-tap reset, from the top of the screen.
    await alexPage.getByRole('button', { name: 'Let’s reset', exact: true }).click();
    await alexPage.getByRole('status').filter({ hasText: 'You reached out.' }).waitFor();
    await section(alexPage, 'Hard moments and repairs').getByText('You reached out').waitFor();
    await section(alexPage, 'Hard moments and repairs').getByText('Sam reached out').waitFor();
    const text = await alexPage.locator('main').innerText();
    expect(text).not.toMatch(/failed|overdue|late|blame/i);
    violations.push(...(await axeViolations(alexPage, 'repair')));
    await screenshots(alexPage, 'cycle-repair');
  });

  it('shows the monthly review, sentences first', async () => {
    await openFromNav(alexPage, 'Observe');
    const sentences = section(alexPage, 'The month in a few words');
    await expect.poll(() => sentences.locator('li').count()).toBeGreaterThan(0);
    await section(alexPage, 'Repairs')
      .getByText(/hard moments repaired/)
      .waitFor();
    violations.push(...(await axeViolations(alexPage, 'observe')));
    await screenshots(alexPage, 'cycle-review');

    await alexPage.getByRole('button', { name: 'Previous month' }).click();
    await section(alexPage, 'Repairs').getByText('No hard moments logged this month.').waitFor();
  });

  it('finds no accessibility violations on the cycle screens', () => {
    expect(violations).toEqual([]);
  });
});
