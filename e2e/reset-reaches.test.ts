/**
 * "Let's reset" reaches the other person, in two browser contexts: Alex logs a hard moment on
 * the Repair screen with a note only he can read and says "let's reset" about it; Sam's bell,
 * asking again when his window regains focus, shows one more unread; Sam opens Updates, reads
 * the gentle line (and nothing of Alex's note), follows it to the Repair screen, where Alex has
 * reached out, and the bell counts one fewer. Alex is told nothing of his own reset. Axe on the
 * Updates screen with the reset unread; screenshots at phone and desktop widths.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiGet, apiPost } from './api.ts';
import { axeViolations } from './axe.ts';
import { skipBrowserTier } from './browser.ts';
import { openCoupleInBrowser, type CoupleInBrowser } from './cycle-setup.ts';
import { section } from './flows.ts';
import { screenshots } from './shots.ts';
import { bell, regainFocus } from './bell.ts';

/** What Alex wrote about the hard moment, for himself alone. */
const NOTE = 'I slammed the cupboard door when Sam forgot the rent again.';
const RESET_LINE =
  'Alex said “let’s reset” about a hard moment in Alex & Sam. Reaching back, soon and gently, is what helps.';

describe.skipIf(skipBrowserTier)('“let’s reset” reaches the other person', () => {
  let scene: CoupleInBrowser;
  let alexPage: Page;
  let samPage: Page;

  beforeAll(async () => {
    scene = await openCoupleInBrowser();
    ({ alexPage, samPage } = scene);
  });

  afterAll(async () => {
    await scene?.close();
  });

  it('shows on Sam’s bell, reads gently on Updates and leads to the Repair screen', async () => {
    const { couple, server } = scene;
    const repairPath = `/circles/${couple.circleId}/repair`;

    // Alex starts with nothing unread; Sam's welcome into the circle stays unread, so the bell
    // has to count the reset on top of it and, once it is read, one fewer — not none.
    await apiPost(alexPage, server.url, '/api/me/updates/read', {}, { all: true });
    await samPage.goto(`/circles/${couple.circleId}`);
    await samPage.getByRole('heading', { level: 1, name: couple.circleName }).waitFor();
    await bell(samPage, 1).waitFor();

    // Alex logs the hard moment, keeping the note to himself, then says "let's reset" about it.
    await alexPage.goto(repairPath);
    await alexPage.getByRole('heading', { level: 1, name: 'Repair' }).waitFor();
    await alexPage.getByLabel('What happened').fill(NOTE);
    await alexPage.getByRole('radio', { name: 'Only me' }).check();
    await alexPage.getByRole('button', { name: 'Log it' }).click();
    const alexList = section(alexPage, 'Hard moments and repairs');
    const moment = alexList.getByRole('listitem').filter({ hasText: NOTE });
    await moment.getByText('Only you can read this note.').waitFor();
    await moment.getByRole('button', { name: /^Let’s reset after the moment of / }).click();
    await moment.getByText('You reached out', { exact: true }).waitFor();

    // Alex is told nothing about what he did himself.
    await regainFocus(alexPage);
    await bell(alexPage, 0).waitFor();
    const alexUpdates = await apiGet(alexPage, server.url, '/api/me/updates');
    expect(alexUpdates.unread).toBe(0);
    expect(alexUpdates.updates.map((u) => u.kind)).not.toContain('reset_requested');

    // Sam comes back to his window: the bell asks again and counts the reset.
    await regainFocus(samPage);
    await bell(samPage, 2).waitFor();
    await expect(samPage.locator('.bell-count').innerText()).resolves.toBe('2');
    await screenshots(samPage, 'reset-bell');

    await bell(samPage, 2).click();
    await samPage.getByRole('heading', { level: 1, name: 'Updates' }).waitFor();
    const list = samPage.getByRole('list', { name: 'Your updates' });
    const item = list.getByRole('listitem').filter({ hasText: RESET_LINE });
    await item.getByText('New', { exact: true }).waitFor();
    // Newest first: the reset sits above the welcome.
    await expect(list.getByRole('listitem').first().getAttribute('data-update')).resolves.toBe(
      await item.getAttribute('data-update'),
    );
    await expect(item.locator('time').innerText()).resolves.toMatch(/^(now|1 minute ago)$/);
    await expect(bell(samPage, 2).getAttribute('aria-current')).resolves.toBe('page');

    // Nothing of Alex's note travels: not on the screen, not in what the server sent Sam.
    const onScreen = await samPage.locator('main').innerText();
    for (const words of [NOTE, 'cupboard', 'slammed']) expect(onScreen).not.toContain(words);
    const samUpdates = await samPage.request.get(`${server.url}/api/me/updates`);
    const sent = await samUpdates.text();
    expect(sent).toContain('reset_requested');
    expect(sent).not.toContain('cupboard');
    expect(sent).not.toContain('slammed');

    expect(await axeViolations(samPage, 'updates, a reset unread')).toEqual([]);
    await screenshots(samPage, 'reset-updates');

    // Following it leads to the Repair screen, where Alex's reach is waiting for Sam.
    await item.getByRole('link').click();
    await samPage.getByRole('heading', { level: 1, name: 'Repair' }).waitFor();
    expect(new URL(samPage.url()).pathname).toBe(repairPath);
    const samList = section(samPage, 'Hard moments and repairs');
    await samList.getByText('Alex reached out', { exact: true }).waitFor();
    await samList
      .getByRole('button', { name: /^Mark the moment of .* repaired for me$/ })
      .waitFor();
    await expect(samPage.getByText('cupboard', { exact: false }).count()).resolves.toBe(0);

    // One fewer unread: the welcome still waits.
    await bell(samPage, 1).waitFor();
    await expect(samPage.locator('.bell-count').innerText()).resolves.toBe('1');

    // Read on the server too: after a reload, and on Updates, the reset is no longer new.
    await samPage.reload();
    await bell(samPage, 1).waitFor();
    await bell(samPage, 1).click();
    const read = samPage.getByRole('listitem').filter({ hasText: RESET_LINE });
    await read.waitFor();
    await expect(read.getByText('New', { exact: true }).count()).resolves.toBe(0);
    await samPage
      .getByRole('listitem')
      .filter({ hasText: 'Alex let you into Alex & Sam. Welcome!' })
      .getByText('New', { exact: true })
      .waitFor();
  });
});
