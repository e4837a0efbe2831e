/**
 * A report for a counsellor, in a browser (issue 18): Alex prepares one, sees exactly what it
 * holds and agrees; Sam adds words for the reader (which asks everyone again) and agrees; Alex
 * agrees again and makes a link; a counsellor opens it signed out, prints it (print media and a
 * PDF), and the opening is there for the members to see. "Talking to a counsellor" lists
 * directories. Screenshots at phone and desktop widths.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe.ts';
import { apiLogAct } from './balance-api.ts';
import { newPhoneContext, skipBrowserTier } from './browser.ts';
import { openCoupleInBrowser, type CoupleInBrowser } from './cycle-setup.ts';
import { screenshots } from './shots.ts';

const SAM_WORDS = 'We would like to talk about our evenings together.';

const status = (page: Page, text: string) =>
  page.getByRole('status').filter({ hasText: text }).first().waitFor();

describe.skipIf(skipBrowserTier)('a report for a counsellor', () => {
  let scene: CoupleInBrowser;
  let alexPage: Page;
  let samPage: Page;
  let circleId = '';
  let link = '';

  beforeAll(async () => {
    scene = await openCoupleInBrowser();
    ({ alexPage, samPage } = scene);
    circleId = scene.couple.circleId;
    const url = scene.server.url;
    for (let i = 0; i < 6; i += 1) {
      await apiLogAct(alexPage.context(), url, circleId, {
        toMemberId: scene.couple.samId,
        form: 'practical',
        daysAgo: 1 + i * 3,
      });
      await apiLogAct(samPage.context(), url, circleId, {
        toMemberId: scene.couple.alexId,
        form: 'emotional',
        daysAgo: 2 + i * 3,
      });
    }
  });

  afterAll(async () => {
    await scene?.close();
  });

  it('is reached from the circle, and prepares a report that shows exactly what it holds', async () => {
    await alexPage.goto(`/circles/${circleId}`);
    await alexPage.getByRole('heading', { level: 1, name: 'Alex & Sam' }).waitFor();
    await alexPage
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'More' })
      .click();
    await alexPage.getByRole('link', { name: 'Report for a counsellor' }).click();
    await alexPage.getByRole('heading', { level: 1, name: 'Report for a counsellor' }).waitFor();
    expect(new URL(alexPage.url()).pathname).toBe(`/circles/${circleId}/report`);
    await alexPage.getByText('No reports yet.').waitFor();
    await alexPage.getByRole('button', { name: 'Prepare the report' }).click();
    await status(alexPage, 'The report is ready.');
    await alexPage.getByText('Waiting for everyone to agree').first().waitFor();
    const frame = alexPage.frameLocator('iframe[title="The report, as a counsellor will see it"]');
    await frame.getByRole('heading', { level: 1, name: 'A report for a counsellor' }).waitFor();
    await frame.getByText('12 acts of care were logged').waitFor();
    await frame.getByText('A draft: not everyone in this report has agreed').waitFor();
    expect(await axeViolations(alexPage, 'report for a counsellor')).toEqual([]);
    await alexPage.getByRole('button', { name: 'I agree to share this report' }).click();
    await status(alexPage, 'You agreed.');
    await alexPage.getByText('A link can be made once everyone has agreed.').waitFor();
  });

  it('asks everyone again when someone adds words for the reader', async () => {
    await samPage.goto(`/circles/${circleId}/report`);
    await samPage.getByRole('heading', { level: 1, name: 'Report for a counsellor' }).waitFor();
    await samPage.getByText('Alex: agreed').waitFor();
    await samPage.getByLabel('Your words', { exact: true }).fill(SAM_WORDS);
    await samPage.getByRole('button', { name: 'Save my words' }).click();
    await status(samPage, 'Saved. Everyone is asked to agree again.');
    await samPage.getByText('Alex: not yet').waitFor();
    const frame = samPage.frameLocator('iframe[title="The report, as a counsellor will see it"]');
    await frame.getByText(SAM_WORDS).waitFor();
    await samPage.getByRole('button', { name: 'I agree to share this report' }).click();
    await status(samPage, 'You agreed.');

    await alexPage.reload();
    await alexPage.getByText('You: not yet').waitFor();
    await alexPage.getByRole('button', { name: 'I agree to share this report' }).click();
    await status(alexPage, 'You agreed.');
    await alexPage.getByText('Everyone agreed').first().waitFor();
  });

  it('hands it over by a link that opens signed out, prints, and is logged', async () => {
    await alexPage.getByRole('button', { name: 'Make a link' }).click();
    await status(alexPage, 'Here is the link.');
    link = await alexPage.getByLabel('The link to give your counsellor').inputValue();
    expect(link).toMatch(/\/r\/[A-Za-z0-9_-]{43}$/);
    await screenshots(alexPage, 'counsellor-report');

    // A counsellor, in a browser of their own: no account, no cookie.
    const counsellor = await newPhoneContext(alexPage.context().browser()!, scene.server.url);
    try {
      const page = await counsellor.newPage();
      const response = await page.goto(link);
      expect(response?.status()).toBe(200);
      expect(response?.headers()['x-robots-tag']).toContain('noindex');
      await page.getByRole('heading', { level: 1, name: 'A report for a counsellor' }).waitFor();
      await page.getByText('Everyone in this report agreed to share it.').waitFor();
      await page.getByText(SAM_WORDS).waitFor();
      await page.getByRole('heading', { name: 'For a professional reader' }).count();
      expect(await axeViolations(page, 'shared report')).toEqual([]);
      await screenshots(page, 'counsellor-report-shared');
      // Printing: the print style sheet hides the page's own links; the PDF prints.
      const pdfLink = page.getByRole('link', { name: 'PDF' });
      expect(await pdfLink.isVisible()).toBe(true);
      await page.emulateMedia({ media: 'print' });
      expect(await pdfLink.isVisible()).toBe(false);
      const printed = await page.pdf({ format: 'A4' });
      expect(printed.subarray(0, 5).toString()).toBe('%PDF-');
      await page.emulateMedia({ media: 'screen' });
      const pdf = await page.request.get(`${link}?format=pdf`);
      expect(pdf.status()).toBe(200);
      expect(pdf.headers()['content-type']).toBe('application/pdf');
    } finally {
      await counsellor.close();
    }

    await alexPage.reload();
    await alexPage.getByText(/the page was opened/).waitFor();
    await alexPage.getByText(/the PDF was opened/).waitFor();
    await alexPage.getByText(/Open until/).waitFor();
  });

  it('ends the link when someone takes their agreement back', async () => {
    await samPage.reload();
    await samPage.getByRole('button', { name: 'Take my agreement back' }).click();
    await status(samPage, 'You took your agreement back.');
    await samPage.getByText('Stopped', { exact: true }).waitFor();
    const counsellor = await newPhoneContext(alexPage.context().browser()!, scene.server.url);
    try {
      const page = await counsellor.newPage();
      const response = await page.goto(link);
      expect(response?.status()).toBe(404);
      await page.getByRole('heading', { name: 'This link is not open' }).waitFor();
    } finally {
      await counsellor.close();
    }
  });

  it('says what counselling is and where to find it', async () => {
    await alexPage.goto(`/circles/${circleId}/report`);
    await alexPage.getByRole('link', { name: 'Talking to a counsellor' }).click();
    await alexPage.getByRole('heading', { level: 1, name: 'Talking to a counsellor' }).waitFor();
    await alexPage.getByRole('heading', { name: 'Couples counselling' }).waitFor();
    await alexPage.getByRole('link', { name: 'Prepare a report in Alex & Sam' }).waitFor();
    await alexPage.getByRole('combobox').selectOption('GB');
    await alexPage.getByRole('heading', { name: 'Relate' }).waitFor();
    await alexPage.getByRole('combobox').selectOption('IE');
    await alexPage
      .getByRole('heading', { name: 'Accord Catholic Marriage Care Service' })
      .waitFor();
    await alexPage
      .getByRole('heading', { name: 'Irish Association for Counselling and Psychotherapy' })
      .waitFor();
    expect(await alexPage.getByRole('heading', { name: 'Relate' }).count()).toBe(0);
    expect(await axeViolations(alexPage, 'talking to a counsellor')).toEqual([]);
    await screenshots(alexPage, 'counselling');
  });
});
