/**
 * Check-in housekeeping: a regular check-in (one member asks for one every week; the other
 * sees the choice), and a check-in that waits for someone: it cannot be closed in its first day. Axe on the screens, light and dark.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiPost } from './api.ts';
import { axeViolations } from './axe.ts';
import { skipBrowserTier } from './browser.ts';
import { openCoupleInBrowser, type Couple, type CoupleInBrowser } from './cycle-setup.ts';
import type { RunningServer } from './server.ts';

describe.skipIf(skipBrowserTier)('a check-in that opens by itself', () => {
  let scene: CoupleInBrowser;
  let server: RunningServer;
  let alexPage: Page;
  let samPage: Page;
  let couple: Couple;

  beforeAll(async () => {
    scene = await openCoupleInBrowser();
    ({ server, alexPage, samPage, couple } = scene);
  });

  afterAll(async () => {
    await scene?.close();
  });

  it('keeps the choice of a weekly check-in for the whole circle', async () => {
    await alexPage.goto(`/circles/${couple.circleId}/checkin`);
    await alexPage.getByRole('heading', { level: 1, name: 'Check in' }).waitFor();
    await alexPage.getByLabel('How often').selectOption({ label: 'Every week' });
    await alexPage.getByLabel('With which questions').selectOption({ label: 'How are we doing?' });
    await alexPage.getByRole('button', { name: 'Save', exact: true }).click();
    await alexPage.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    expect(await axeViolations(alexPage, 'check in, schedule')).toEqual([]);

    await samPage.goto(`/circles/${couple.circleId}/checkin`);
    await samPage.getByRole('heading', { level: 1, name: 'Check in' }).waitFor();
    await expect.poll(() => samPage.getByLabel('How often').inputValue()).toBe('weekly');
  });

  it('keeps a check-in that waits for someone open through its first day', async () => {
    const { circleId } = couple;
    const checkin = await apiPost(
      alexPage,
      server.url,
      '/api/circles/{circleId}/checkins',
      { circleId },
      { instrument: 'csi4' },
    );
    await apiPost(
      alexPage,
      server.url,
      '/api/circles/{circleId}/checkins/{checkinId}/answers',
      { circleId, checkinId: checkin.id },
      { answers: [4, 4, 4, 4] },
    );

    await alexPage.goto(`/circles/${couple.circleId}/checkin/${checkin.id}`);
    await alexPage.getByText('Waiting for 1 more person to answer.').waitFor();
    expect(await axeViolations(alexPage, 'check in, waiting')).toEqual([]);
    await alexPage.getByText(/It waits for everyone until/).waitFor();
    expect(
      await alexPage.getByRole('button', { name: 'Close and show the answers so far' }).count(),
    ).toBe(0);
    // Closing early is refused by the server too, and nothing is shown to Sam.
    const early = await alexPage.request.post(
      `${server.url}/api/circles/${couple.circleId}/checkins/${checkin.id}/close`,
      { headers: { origin: server.url } },
    );
    expect(early.status()).toBe(409);
    await samPage.goto(`/circles/${couple.circleId}/checkin/${checkin.id}`);
    await samPage.getByRole('heading', { level: 1 }).first().waitFor();
    expect(await samPage.getByRole('heading', { name: 'Side by side' }).count()).toBe(0);
  });

  it("keeps the schedule's choices still until the circle's schedule has arrived", async () => {
    let arrive!: () => void;
    const arrived = new Promise<void>((resolve) => (arrive = resolve));
    const held = `**/api/circles/${couple.circleId}/checkin-schedule`;
    await samPage.route(held, async (route) => {
      await arrived;
      await route.continue();
    });
    await samPage.goto(`/circles/${couple.circleId}/checkin`);
    const cadence = samPage.getByLabel('How often');
    await cadence.waitFor();
    // A choice made now would be overwritten by what arrives: nothing can be chosen yet.
    expect(await cadence.isDisabled()).toBe(true);
    arrive();
    await samPage.waitForFunction(
      () => !(document.querySelector('fieldset[aria-busy]') as HTMLFieldSetElement).disabled,
    );
    expect(await cadence.inputValue()).toBe('weekly');
    await samPage.unroute(held);
  });
});
