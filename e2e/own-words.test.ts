/**
 * Each person acts on their own record, in two browser contexts: Alex changes an act of care he
 * gave (its note and its form) and Sam sees the change; Alex removes it after a confirmation and
 * Sam no longer sees it; Sam is never offered a way to change it. Alex deletes a reflection,
 * shares a need and makes it private again, removes the note of a hard moment he logged and
 * deletes a chat summary he saved. When Sam leaves the circle, Alex sees Sam as "a former
 * member" and is never offered Sam as the receiver of an act. Axe on each screen, light and
 * dark; screenshots at phone and desktop widths.
 */
import { fileURLToPath } from 'node:url';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiGet, type ApiErrorBody } from './api.ts';
import { axeViolations } from './axe.ts';
import { skipBrowserTier } from './browser.ts';
import { openCoupleInBrowser, type Couple, type CoupleInBrowser } from './cycle-setup.ts';
import { logCare, section } from './flows.ts';
import { screenshots } from './shots.ts';

const FIXTURE = fileURLToPath(
  new URL('../packages/chat/test/fixtures/android-en-24h.txt', import.meta.url),
);
const FIRST_NOTE = 'Made tea before your early shift';
const SECOND_NOTE = 'Listened to the whole story about work';
const REFLECTION = 'I keep saying yes when I mean not today.';
const NEED = 'It would help me if we planned Sundays together';
const MOMENT = 'We talked past each other about the holiday.';

/** What the focused element is called: its aria-label, else its own text. */
const focusedName = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return (el?.getAttribute('aria-label') ?? el?.textContent ?? '').trim();
  });

/** The one act in a list that holds `text`. */
const actWith = (list: Locator, text: string) =>
  list.getByRole('listitem').filter({ hasText: text });

describe.skipIf(skipBrowserTier)('changing and taking back one’s own words', () => {
  let scene: CoupleInBrowser;
  let alexPage: Page;
  let samPage: Page;
  let couple: Couple;
  const violations: string[] = [];

  const open = async (page: Page, path: string, title: string) => {
    await page.goto(`/circles/${couple.circleId}${path}`);
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
  };

  beforeAll(async () => {
    scene = await openCoupleInBrowser();
    ({ alexPage, samPage, couple } = scene);
  });

  afterAll(async () => {
    await scene?.close();
  });

  it('lets Alex change the note and form of an act he gave, and Sam sees the change', async () => {
    await open(alexPage, '', couple.circleName);
    await logCare(alexPage, 'Practical help', { note: FIRST_NOTE });
    const given = section(alexPage, 'Care you gave');
    const item = actWith(given, FIRST_NOTE);
    await item.waitFor();

    await item.getByRole('button', { name: /^Change Practical help for Sam, / }).click();
    const editor = given.getByRole('form', { name: 'Change this act of care' });
    await editor.waitFor();
    expect(await focusedName(alexPage)).toBe('Change this act of care');
    // Sam is the only other member: nobody else (and never Alex) to choose as the receiver.
    await expect(editor.getByRole('radio', { name: 'Sam' }).count()).resolves.toBe(0);
    await expect(editor.getByLabel('What you gave').inputValue()).resolves.toBe('practical');
    await expect(editor.getByLabel('Note').inputValue()).resolves.toBe(FIRST_NOTE);
    await editor.getByLabel('What you gave').selectOption({ label: 'Emotional support' });
    await editor.getByLabel('Note').fill(SECOND_NOTE);
    violations.push(...(await axeViolations(alexPage, 'circle, changing an act')));
    await screenshots(alexPage, 'own-act-edit');

    await editor.getByRole('button', { name: 'Save', exact: true }).click();
    await given
      .getByRole('status')
      .filter({ hasText: 'Saved your changes to Emotional support for Sam.' })
      .waitFor();
    const changed = actWith(given, SECOND_NOTE);
    await changed.getByText('Emotional support').waitFor();
    await expect(given.getByText(FIRST_NOTE).count()).resolves.toBe(0);
    // Focus is back where Alex left off.
    expect(await focusedName(alexPage)).toMatch(/^Change Emotional support for Sam, /);

    await open(samPage, '', couple.circleName);
    const received = section(samPage, 'Care you received');
    const samSees = actWith(received, SECOND_NOTE);
    await samSees.getByText('Emotional support').waitFor();
    await samSees.getByText('From Alex').waitFor();
    await expect(received.getByText(FIRST_NOTE).count()).resolves.toBe(0);
  });

  it('never offers Sam a way to change or remove what Alex gave', async () => {
    const received = section(samPage, 'Care you received');
    await actWith(received, SECOND_NOTE).waitFor();
    const controls = samPage.getByRole('button', { name: /^(Change|Remove)\b/ });
    await expect(controls.count()).resolves.toBe(0);
    // The server refuses too, with a clear answer and nothing changed.
    const { acts } = await apiGet(samPage, scene.server.url, '/api/circles/{circleId}/acts', {
      circleId: couple.circleId,
    });
    const act = acts.find((a) => a.toMemberId === couple.samId);
    const refused = await samPage.request.patch(`/api/circles/${couple.circleId}/acts/${act!.id}`, {
      headers: { origin: scene.server.url },
      data: { note: 'Not mine to change' },
    });
    expect(refused.status()).toBe(403);
    const error: ApiErrorBody = await refused.json();
    expect(error.error.code).toBe('forbidden');
    violations.push(...(await axeViolations(samPage, 'circle, care received')));
  });

  it('asks before removing an act, and Sam no longer sees it once removed', async () => {
    const given = section(alexPage, 'Care you gave');
    const item = actWith(given, SECOND_NOTE);
    const remove = item.getByRole('button', { name: /^Remove Emotional support for Sam, / });

    // Escape, or "Keep it", changes nothing and returns focus to the button.
    await remove.click();
    const question = item.getByRole('group', {
      name: 'This act will be removed from your circle’s history.',
    });
    await question.waitFor();
    violations.push(...(await axeViolations(alexPage, 'circle, removing an act')));
    await screenshots(alexPage, 'own-act-remove');
    await alexPage.keyboard.press('Escape');
    await expect(question.count()).resolves.toBe(0);
    expect(await focusedName(alexPage)).toMatch(/^Remove Emotional support for Sam, /);
    await remove.click();
    await item.getByRole('button', { name: 'Keep it' }).click();
    await expect(question.count()).resolves.toBe(0);
    await item.waitFor();

    await remove.click();
    await question.getByRole('button', { name: 'Remove it' }).click();
    await given
      .getByRole('status')
      .filter({ hasText: 'Removed Emotional support for Sam.' })
      .waitFor();
    await given.getByText('Tap a form of care above').waitFor();
    // With nothing left in the list, focus rests on its heading rather than being lost.
    expect(await focusedName(alexPage)).toBe('Care you gave');

    await samPage.reload();
    const received = section(samPage, 'Care you received');
    await received.getByText('Nothing here yet.').waitFor();
    await expect(samPage.getByText(SECOND_NOTE).count()).resolves.toBe(0);
  });

  it('lets Sam say "I don’t recognise this", tells Alex gently, and counts it again once Alex changes it', async () => {
    const NOTE = 'Fixed the bike';
    await open(alexPage, '', couple.circleName);
    await logCare(alexPage, 'Practical help', { note: NOTE });
    await samPage.reload();
    const received = section(samPage, 'Care you received');
    const samItem = actWith(received, NOTE);
    await samItem
      .getByRole('button', { name: 'I don’t recognise this: Practical help from Alex' })
      .click();
    await samItem.getByText('You said you don’t recognise this.', { exact: false }).waitFor();
    await expect(samItem.getByRole('button', { name: /^I noticed/ }).count()).resolves.toBe(0);
    violations.push(...(await axeViolations(samPage, 'circle, act questioned')));

    await alexPage.reload();
    const given = section(alexPage, 'Care you gave');
    const alexItem = actWith(given, NOTE);
    await alexItem.getByText('Sam doesn’t recognise this one.', { exact: false }).waitFor();
    await alexItem.getByRole('button', { name: /^Change Practical help for Sam, / }).click();
    const editor = given.getByRole('form', { name: 'Change this act of care' });
    await editor.getByLabel('Note').fill('Fixed the bike chain');
    await editor.getByRole('button', { name: 'Save' }).click();
    const changed = actWith(given, 'Fixed the bike chain');
    await changed.waitFor();
    await expect(changed.getByText('doesn’t recognise', { exact: false }).count()).resolves.toBe(0);
  });

  it('deletes a reflection Alex wrote, after asking', async () => {
    await open(alexPage, '/reflect', 'Reflect');
    await alexPage.getByRole('textbox', { name: 'Your reflection' }).fill(REFLECTION);
    await alexPage.getByRole('button', { name: 'Keep this reflection' }).click();
    const list = section(alexPage, 'Your reflections');
    await list.getByText(REFLECTION).waitFor();

    await list.getByRole('button', { name: /^Delete your reflection “I keep saying yes/ }).click();
    const question = list.getByRole('group', { name: 'This reflection will be deleted for good.' });
    await question.waitFor();
    violations.push(...(await axeViolations(alexPage, 'reflect, deleting')));
    await screenshots(alexPage, 'own-reflect-delete');
    await question.getByRole('button', { name: 'Delete it' }).click();
    await list.getByRole('status').filter({ hasText: 'Reflection deleted.' }).waitFor();
    await list.getByText('Choose a question above').waitFor();

    const kept = await alexPage.request.get(`/api/circles/${couple.circleId}/reflections`);
    expect(await kept.text()).not.toContain(REFLECTION);
  });

  it('shares a need, then makes it private again, then deletes it', async () => {
    await open(alexPage, '/express', 'Express');
    await alexPage.getByLabel('Your need, in your words').fill(NEED);
    await alexPage.getByRole('button', { name: 'Save my need' }).click();
    await alexPage.getByRole('status').filter({ hasText: 'Only you can read it.' }).waitFor();
    const needs = section(alexPage, 'Needs');
    const mine = needs.getByRole('listitem').filter({ hasText: NEED });
    await mine.getByText('Only you can read this').waitFor();

    // Sharing asks first: everyone in the circle will read it.
    await mine
      .getByRole('button', { name: /^Share with the circle: your need “It would help me/ })
      .click();
    const share = mine.getByRole('group', { name: /^Everyone in Alex & Sam will be able to read/ });
    await share.waitFor();
    violations.push(...(await axeViolations(alexPage, 'express, sharing a need')));
    await share.getByRole('button', { name: 'Share it' }).click();
    await needs.getByRole('status').filter({ hasText: 'Shared with the circle.' }).waitFor();
    await mine.getByText('Shared with the circle').waitFor();

    await open(samPage, '/express', 'Express');
    await section(samPage, 'Needs').getByText(NEED).waitFor();

    await mine
      .getByRole('button', { name: /^Make private again: your need “It would help me/ })
      .click();
    await needs.getByRole('status').filter({ hasText: 'Only you can read it now.' }).waitFor();
    await mine.getByText('Only you can read this').waitFor();
    await screenshots(alexPage, 'own-express');

    await samPage.reload();
    await section(samPage, 'Needs').getByText('Pick a starter above').waitFor();
    await expect(samPage.getByText(NEED).count()).resolves.toBe(0);

    await mine.getByRole('button', { name: /^Delete your need “It would help me/ }).click();
    await mine.getByRole('group', { name: 'This need will be deleted for good.' }).waitFor();
    violations.push(...(await axeViolations(alexPage, 'express, deleting a need')));
    await mine.getByRole('button', { name: 'Delete it' }).click();
    await needs.getByRole('status').filter({ hasText: 'Need deleted.' }).waitFor();
    await needs.getByText('Pick a starter above').waitFor();
  });

  it('removes the note of a hard moment Alex logged; the moment stays', async () => {
    await open(alexPage, '/repair', 'Repair');
    await alexPage.getByLabel('What happened').fill(MOMENT);
    await alexPage.getByRole('button', { name: 'Log it' }).click();
    const list = section(alexPage, 'Hard moments and repairs');
    const moment = list.getByRole('listitem').filter({ hasText: MOMENT });
    await moment.waitFor();

    await open(samPage, '/repair', 'Repair');
    const samList = section(samPage, 'Hard moments and repairs');
    await samList.getByText(MOMENT).waitFor();
    await expect(samList.getByRole('button', { name: /^Remove your note/ }).count()).resolves.toBe(
      0,
    );

    await moment
      .getByRole('button', { name: /^Remove the note you wrote on the moment of / })
      .click();
    await moment.getByRole('group', { name: /^Your note will be removed\./ }).waitFor();
    violations.push(...(await axeViolations(alexPage, 'repair, removing a note')));
    await screenshots(alexPage, 'own-repair-note');
    await moment.getByRole('button', { name: 'Remove the note' }).click();
    await list.getByRole('status').filter({ hasText: 'Note removed.' }).waitFor();
    await expect(list.getByText(MOMENT).count()).resolves.toBe(0);
    await list.getByText('Logged by Alex').waitFor();

    await samPage.reload();
    await section(samPage, 'Hard moments and repairs').getByText('Logged by Alex').waitFor();
    await expect(samPage.getByText(MOMENT).count()).resolves.toBe(0);
  });

  it('deletes a chat summary Alex saved; Sam is not offered to delete it', async () => {
    await open(alexPage, '/import', 'Import a chat');
    await alexPage.getByLabel('Choose a chat export').setInputFiles(FIXTURE);
    await alexPage.getByRole('button', { name: 'Save the summary' }).click();
    await alexPage
      .getByRole('status')
      .filter({ hasText: `Saved to ${couple.circleName}.` })
      .waitFor();
    const saved = section(alexPage, `Saved to ${couple.circleName}`);
    const item = saved.getByRole('listitem', { name: /^WhatsApp chat, / });
    await item.getByText(/^Saved by you on /).waitFor();

    await open(samPage, '/import', 'Import a chat');
    const samItem = section(samPage, `Saved to ${couple.circleName}`).getByRole('listitem', {
      name: /^WhatsApp chat, /,
    });
    await samItem.getByText(/^Saved by Alex on /).waitFor();
    await expect(samItem.getByRole('button', { name: /^Delete/ }).count()).resolves.toBe(0);

    await item.getByRole('button', { name: /^Delete the summary: WhatsApp chat, / }).click();
    await item
      .getByRole('group', { name: /^This summary will be deleted from Alex & Sam/ })
      .waitFor();
    violations.push(...(await axeViolations(alexPage, 'import, deleting a summary')));
    await saved.scrollIntoViewIfNeeded();
    await screenshots(alexPage, 'own-import-delete');
    await item.getByRole('button', { name: 'Delete it' }).click();
    await saved.getByRole('status').filter({ hasText: 'Summary deleted.' }).waitFor();
    await saved.getByText('Nothing is saved here yet.').waitFor();

    await samPage.reload();
    await section(samPage, `Saved to ${couple.circleName}`)
      .getByText('Nothing is saved here yet.')
      .waitFor();
  });

  it('shows Sam as a former member once Sam has left, and never offers Sam as a receiver', async () => {
    await open(alexPage, '', couple.circleName);
    await logCare(alexPage, 'Quality time', { note: 'A long walk by the river' });
    const left = await samPage.request.post(`/api/circles/${couple.circleId}/leave`, {
      headers: { origin: scene.server.url },
    });
    expect(left.status()).toBe(204);

    await alexPage.reload();
    await alexPage.getByText('Just you so far.').waitFor();
    const given = section(alexPage, 'Care you gave');
    const item = actWith(given, 'A long walk by the river');
    await item.getByText('For a former member').waitFor();
    await expect(alexPage.getByText('Sam', { exact: true }).count()).resolves.toBe(0);
    await expect(alexPage.getByRole('radio', { name: 'Sam' }).count()).resolves.toBe(0);

    await item.getByRole('button', { name: /^Change Quality time for a former member, / }).click();
    const editor = given.getByRole('form', { name: 'Change this act of care' });
    await editor.waitFor();
    await expect(editor.getByRole('radio').filter({ hasText: 'Sam' }).count()).resolves.toBe(0);
    await editor.getByRole('radio', { name: 'Big' }).check();
    await editor.getByRole('button', { name: 'Save', exact: true }).click();
    await given
      .getByRole('status')
      .filter({ hasText: 'Saved your changes to Quality time for a former member.' })
      .waitFor();
    await item.getByText('Big').waitFor();
    violations.push(...(await axeViolations(alexPage, 'circle, a former member')));
    await screenshots(alexPage, 'own-former-member');
  });

  it('finds no accessibility violations', () => {
    expect(violations).toEqual([]);
  });
});
