/**
 * Guided repair in two browser contexts: after "Let's reset", Alex opens "Talk it through" and
 * says "not yet" (the guide suggests a time to come back); Sam sees that one of them needs more
 * time, starts from an example and finishes, and waits without seeing anything of Alex's; Alex,
 * calm now, answers and finishes; both read the answers side by side, and Sam's "I'm in" makes
 * Alex's small proposal their agreement. Axe on each state, light and dark; screenshots.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiGet } from './api.ts';
import { axeViolations } from './axe.ts';
import { skipBrowserTier } from './browser.ts';
import { openCoupleInBrowser, type Couple, type CoupleInBrowser } from './cycle-setup.ts';
import { section } from './flows.ts';
import { screenshots } from './shots.ts';

const ALEX = {
  saw: 'When the dinner plans changed, I felt brushed aside.',
  myPart: 'I snapped instead of saying I was tired.',
  wouldHelp: 'A quiet walk together tomorrow.',
  agreement: 'Say “pause” when one of us is flooded, and come back within the hour',
};
const SAM_EXAMPLE = 'When the plans changed at the last minute, I felt left out and a bit foolish.';
const SAM_OWN = 'I forgot to tell Alex the plans had moved.';

describe.skipIf(skipBrowserTier)('guided repair, filled in alone and read together', () => {
  let scene: CoupleInBrowser;
  let alexPage: Page;
  let samPage: Page;
  let couple: Couple;
  let guidePath = '';
  const violations: string[] = [];

  const next = (page: Page) => page.getByRole('button', { name: 'Next', exact: true }).click();
  const heading = (page: Page, name: string) =>
    page.getByRole('heading', { level: 2, name, exact: true }).waitFor();

  beforeAll(async () => {
    scene = await openCoupleInBrowser();
    ({ alexPage, samPage, couple } = scene);
  });

  afterAll(async () => {
    await scene?.close();
  });

  it('opens "Talk it through" from a hard moment, starting with a pause', async () => {
    await alexPage.goto(`/circles/${couple.circleId}/repair`);
    await alexPage.getByRole('heading', { level: 1, name: 'Repair' }).waitFor();
    await alexPage.getByRole('button', { name: 'Let’s reset' }).first().click();
    await alexPage.getByText('You reached out. That takes courage.').waitFor();
    const list = section(alexPage, 'Hard moments and repairs');
    await list.getByRole('link', { name: /^Talk it through: the moment of / }).click();
    await alexPage.getByRole('heading', { level: 1, name: 'Talk it through' }).waitFor();
    guidePath = new URL(alexPage.url()).pathname;
    expect(guidePath).toMatch(/\/repair\/[^/]+\/guide$/);
    await heading(alexPage, 'Are you calm enough to talk?');
    await alexPage.getByText('Step 1 of 7').waitFor();
    violations.push(...(await axeViolations(alexPage, 'guide, pause')));
    await screenshots(alexPage, 'repair-guide-pause');
  });

  it('after "not yet", suggests a time to come back, without pressure', async () => {
    await next(alexPage);
    await alexPage.getByText('Choose one to go on.', { exact: false }).waitFor();
    await alexPage.getByRole('radio', { name: 'Not yet' }).check();
    await next(alexPage);
    await alexPage.getByRole('heading', { name: 'Let’s pause for now' }).waitFor();
    await alexPage.getByText(/^Come back around .+, or whenever you feel ready/).waitFor();
    // Still on the pause: "not yet" goes no further.
    await alexPage.getByText('Step 1 of 7').waitFor();
    violations.push(...(await axeViolations(alexPage, 'guide, not yet')));
    await screenshots(alexPage, 'repair-guide-not-yet');
  });

  it('lets Sam write alone, starting from an example in his own words, and finish', async () => {
    await samPage.goto(guidePath);
    await samPage.getByRole('heading', { level: 1, name: 'Talk it through' }).waitFor();
    await samPage.getByText(/^One of you needs a little more time/).waitFor();
    await samPage.getByRole('radio', { name: 'Yes, I’m calm enough' }).check();
    await next(samPage);

    await heading(samPage, 'What happened, as you saw it');
    await samPage.getByText('Examples to start from').click();
    await samPage
      .getByText('Examples only: put them in your own words.', { exact: false })
      .waitFor();
    violations.push(...(await axeViolations(samPage, 'guide, a step with examples')));
    await screenshots(samPage, 'repair-guide-step-examples');
    await samPage.getByRole('button', { name: `Start from this example: ${SAM_EXAMPLE}` }).click();
    const saw = samPage.getByRole('textbox', { name: 'What happened, as you saw it' });
    await expect(saw.inputValue()).resolves.toBe(SAM_EXAMPLE);
    await next(samPage);

    await heading(samPage, 'Your part in it');
    await samPage.getByRole('textbox', { name: 'Your part in it' }).fill(SAM_OWN);
    // Back keeps what was written.
    await samPage.getByRole('button', { name: 'Back', exact: true }).click();
    await heading(samPage, 'What happened, as you saw it');
    await expect(saw.inputValue()).resolves.toBe(SAM_EXAMPLE);
    await next(samPage);
    await expect(
      samPage.getByRole('textbox', { name: 'Your part in it' }).inputValue(),
    ).resolves.toBe(SAM_OWN);
    for (const step of ['What you needed', 'What would help now', 'One small thing to agree on']) {
      await next(samPage);
      await heading(samPage, step);
    }
    await next(samPage);
    await heading(samPage, 'Ready to share?');
    await samPage.getByText(SAM_OWN).waitFor();
    violations.push(...(await axeViolations(samPage, 'guide, ready to share')));
    await screenshots(samPage, 'repair-guide-review');
    await samPage.getByRole('button', { name: 'I’m done' }).click();
    await samPage.getByText('Waiting for Alex to finish.', { exact: false }).waitFor();
    violations.push(...(await axeViolations(samPage, 'guide, waiting')));
    await screenshots(samPage, 'repair-guide-waiting');
  });

  it('shows neither of them anything the other wrote before both have finished', async () => {
    const params = { circleId: couple.circleId, ruptureId: guidePath.split('/').at(-2) ?? '' };
    const path = '/api/circles/{circleId}/ruptures/{ruptureId}/guide' as const;
    const seenByAlex = await apiGet(alexPage, scene.server.url, path, params);
    expect(seenByAlex.answers).toBeUndefined();
    expect(JSON.stringify(seenByAlex)).not.toContain('forgot to tell');
    expect(seenByAlex.finishedBy).toEqual([couple.samId]);
    await alexPage.reload();
    await heading(alexPage, 'Are you calm enough to talk?');
    await expect(alexPage.locator('main').innerText()).resolves.not.toContain('forgot to tell');
  });

  it('lets Alex, calm now, answer and finish; both read it together', async () => {
    await alexPage.getByRole('radio', { name: 'Yes, I’m calm enough' }).check();
    await next(alexPage);
    await alexPage.getByRole('textbox', { name: 'What happened, as you saw it' }).fill(ALEX.saw);
    await next(alexPage);
    await alexPage.getByRole('textbox', { name: 'Your part in it' }).fill(ALEX.myPart);
    await next(alexPage);
    await next(alexPage);
    await alexPage.getByRole('textbox', { name: 'What would help now' }).fill(ALEX.wouldHelp);
    await next(alexPage);
    await alexPage
      .getByRole('textbox', { name: 'One small thing to agree on' })
      .fill(ALEX.agreement);
    await next(alexPage);
    await alexPage.getByRole('button', { name: 'I’m done' }).click();

    for (const page of [alexPage, samPage]) {
      await heading(page, 'Read together');
      const reveal = section(page, 'Read together');
      const text = await reveal.innerText();
      for (const words of [ALEX.saw, ALEX.myPart, ALEX.wouldHelp, SAM_EXAMPLE, SAM_OWN]) {
        expect(text).toContain(words);
      }
      // Sam left "what would help" blank, and nobody wrote what they needed (so it is left out).
      expect(text).toContain('Left blank');
      expect(text).not.toContain('What each of you needed');
      expect(text).not.toMatch(/\d+ (of|\/) \d+|%/);
    }
    const samText = await section(samPage, 'Read together').innerText();
    expect(samText).toContain('Alex');
    violations.push(...(await axeViolations(alexPage, 'guide, read together')));
    await screenshots(alexPage, 'repair-guide-revealed');

    const told = await apiGet(samPage, scene.server.url, '/api/me/updates');
    expect(told.updates.map((u) => u.kind)).toContain('repair_guide_revealed');
    expect(JSON.stringify(told)).not.toContain('brushed aside');
  });

  it('makes Alex’s proposal their agreement once Sam is in', async () => {
    const samAgreement = section(samPage, 'One small agreement');
    await samAgreement.getByText('Proposed by Alex').waitFor();
    await samAgreement.getByText('Not everyone is in on this one yet.').waitFor();
    const inOn = samAgreement.getByRole('button', { name: `I’m in: ${ALEX.agreement}` });
    await expect(inOn.getAttribute('aria-pressed')).resolves.toBe('false');
    await inOn.click();
    await samAgreement.getByText('Agreed by everyone in it').waitFor();
    await expect(inOn.getAttribute('aria-pressed')).resolves.toBe('true');

    const alexAgreement = section(alexPage, 'One small agreement');
    await alexAgreement.getByText('Your proposal').waitFor();
    await alexAgreement.getByText('Agreed by everyone in it').waitFor({ timeout: 15_000 });
    violations.push(...(await axeViolations(samPage, 'guide, agreed')));
    await screenshots(samPage, 'repair-guide-agreed');

    await samPage.getByRole('button', { name: 'Repaired for me' }).click();
    await samPage.getByText('Repaired for you. Thank you for talking it through.').waitFor();
  });

  it('finds no accessibility violations in the guide', () => {
    expect(violations).toEqual([]);
  });
});
