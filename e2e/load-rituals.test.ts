/**
 * Share the load, rituals and reminders in a browser: Alex starts the inventory from the common
 * list, takes one responsibility with one tap and hands one stage to Sam, reads the shares in a
 * chart and in words, and proposes a hand-over that Sam accepts. A ritual is started and "We did
 * it" noted, then edited in the same form; reminder settings are saved and the calendar address renewed. Axe in light and dark
 * on each screen; screenshots at phone and desktop sizes.
 */
import { mkdir } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiGet } from './api.ts';
import { axeViolations } from './axe.ts';
import { DESKTOP, PHONE, skipBrowserTier } from './browser.ts';
import { openCoupleInBrowser, type CoupleInBrowser } from './cycle-setup.ts';
import { section } from './flows.ts';
import type { RunningServer } from './server.ts';
import { screenshots, SHOTS_DIR, TAKE_SHOTS } from './shots.ts';

/** The list item of one responsibility, found by its heading. */
const duty = (page: Page, title: string) =>
  page.locator('li.duty').filter({ has: page.getByRole('heading', { name: title, exact: true }) });

/** The editor of one ritual, found by its name. */
const editor = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

const status = (page: Page, text: string | RegExp) =>
  page.getByRole('status').filter({ hasText: text }).first().waitFor();

describe.skipIf(skipBrowserTier)('share the load, rituals and reminders', () => {
  let scene: CoupleInBrowser;
  let server: RunningServer;
  let alexPage: Page;
  let samPage: Page;
  let circleId = '';
  const violations: string[] = [];

  beforeAll(async () => {
    scene = await openCoupleInBrowser();
    ({ server, alexPage, samPage } = scene);
    circleId = scene.couple.circleId;
  });

  afterAll(async () => {
    await scene?.close();
  });

  it('opens Share the load from its entry in the navigation', async () => {
    await alexPage.goto(`/circles/${circleId}`);
    await alexPage.getByRole('heading', { level: 1, name: 'Alex & Sam' }).waitFor();
    await alexPage
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Share the load' })
      .click();
    await alexPage.getByRole('heading', { level: 1, name: 'Share the load' }).waitFor();
    expect(new URL(alexPage.url()).pathname).toBe(`/circles/${circleId}/load`);
    await alexPage
      .getByText('Pick a few responsibilities from the common list below, or add your own')
      .waitFor();
    await alexPage
      .getByText('Once someone takes on a responsibility, you will see here how it is shared.')
      .waitFor();
  });

  it('adds items from the common list and takes one with one tap', async () => {
    for (const title of ['Cooking meals', 'Laundry', 'Cleaning the home']) {
      await alexPage.getByRole('checkbox', { name: new RegExp(`^${title}`) }).check();
    }
    await alexPage.getByRole('button', { name: 'Add the chosen ones' }).click();
    await status(alexPage, 'Added 3 responsibilities.');
    await duty(alexPage, 'Laundry').waitFor();

    const cooking = duty(alexPage, 'Cooking meals');
    await cooking.getByRole('button', { name: /take this/ }).click();
    await status(alexPage, 'You now carry “Cooking meals”.');
    await cooking.getByText('You carry all of this.').waitFor();
    await duty(alexPage, 'Laundry')
      .getByRole('button', { name: /take this/ })
      .click();
    await duty(alexPage, 'Laundry').getByText('You carry all of this.').waitFor();
    // With the keyboard too: the button takes focus and Enter takes the responsibility.
    await duty(alexPage, 'Cleaning the home')
      .getByRole('button', { name: /take this/ })
      .focus();
    await alexPage.keyboard.press('Enter');
    await duty(alexPage, 'Cleaning the home').getByText('You carry all of this.').waitFor();
  });

  it('hands a stage to Sam once Sam accepts, and shows the shares in a chart and in words', async () => {
    const cooking = duty(alexPage, 'Cooking meals');
    await cooking.getByText('Split the stages').click();
    await cooking.getByLabel('Doing for “Cooking meals”').selectOption({ label: 'Sam' });
    await status(alexPage, 'Proposed. Sam can accept or decline it.');
    await expect.poll(() => cooking.locator('.duty-stages').innerText()).toMatch(/Doing\s+you/i);
    const inCircle = { circleId };
    const [offer] = (
      await apiGet(samPage, server.url, '/api/circles/{circleId}/handovers', inCircle)
    ).handovers;
    const accepted = await samPage.request.post(
      `${server.url}/api/circles/${circleId}/handovers/${offer!.id}/accept`,
      { headers: { origin: server.url } },
    );
    expect(accepted.ok()).toBe(true);
    await alexPage.reload();
    await expect
      .poll(() => duty(alexPage, 'Cooking meals').locator('.duty-stages').innerText())
      .toMatch(/Doing\s+Sam/);

    const shares = section(alexPage, 'How the load is shared');
    await shares.locator('.shares-chart svg .recharts-bar-rectangle').first().waitFor();
    const words = await shares.locator('figcaption').innerText();
    expect(words).toMatch(/You have \d+% of the load: 100% of the noticing/);
    expect(words).not.toMatch(/Sam|carries/);
    const samWords = section(samPage, 'How the load is shared');
    await samPage.goto(alexPage.url());
    await expect
      .poll(() => samWords.locator('figcaption').innerText())
      .toMatch(/You have \d+% of the load: 0% of the noticing/);
    expect(await samWords.locator('figcaption').innerText()).toContain(
      'Most planning has sat on one side lately.',
    );
    expect(words).toMatch(/The load (leans|is spread|rests)|most of the load rests/);
  });

  it('keeps what each feels they carry beside the inventory', async () => {
    const perceived = section(alexPage, 'What you feel you carry');
    await perceived.getByLabel('The share I feel I carry (0–100 %)').fill('70');
    await perceived.getByText('Areas I’d gladly take on, or can’t right now').click();
    await perceived
      .getByRole('group', { name: 'Areas I can’t take on right now' })
      .getByRole('checkbox', { name: 'Money' })
      .check();
    await perceived.getByRole('button', { name: 'Save what I feel' }).click();
    await status(alexPage, 'Saved.');
    await perceived.getByText(/You feel you carry 70%; the list says \d+%\./).waitFor();
    expect(await perceived.innerText()).not.toContain('Sam');
  });

  it('suggests a hand-over gently: Alex proposes, Sam accepts', async () => {
    const suggestions = section(alexPage, 'Gentle suggestions');
    const propose = suggestions.getByRole('button', { name: /^Propose moving/ }).first();
    const label = (await propose.getAttribute('aria-label')) ?? '';
    await propose.click();
    await status(alexPage, 'Proposed. Sam can accept or decline it.');
    await section(alexPage, 'Hand-overs')
      .getByText(/^Waiting for Sam to answer/)
      .waitFor();

    await samPage.goto(`/circles/${circleId}/load`);
    await samPage.getByRole('heading', { level: 1, name: 'Share the load' }).waitFor();
    const handovers = section(samPage, 'Hand-overs');
    await handovers.getByText(/^Alex proposes moving/).waitFor();
    const accept = handovers.getByRole('button', { name: /^Accept moving/ });
    // The same hand-over, now seen from Sam's side.
    expect(await accept.getAttribute('aria-label')).toBe(
      label.replace('Propose moving', 'Accept moving').replace(/to Sam$/, 'to you'),
    );
    await handovers.getByRole('button', { name: /^Decline moving/ }).waitFor();
    await accept.click();
    await status(samPage, 'Accepted. Thank you.');
    // A mis-tap? Undo puts the hand-over back, waiting for Sam's answer; then Sam accepts it.
    await samPage.getByRole('button', { name: 'Undo', exact: true }).click();
    await status(samPage, 'Taken back. It is waiting for your answer again.');
    await accept.click();
    await status(samPage, 'Accepted. Thank you.');
    // Two agreed now: the stage split earlier, and this one.
    await expect
      .poll(() => handovers.getByText(/^Agreed: .* moved from Alex to you\./).count())
      .toBe(2);
    const text = await samPage.locator('main').innerText();
    expect(text).not.toMatch(/\b(owe|owes|debt|score|behind|streak)\b/i);
  });

  it('has no axe violations on Share the load, and takes screenshots', async () => {
    await alexPage.reload();
    await alexPage.getByRole('heading', { level: 1, name: 'Share the load' }).waitFor();
    await section(alexPage, 'Hand-overs')
      .getByText(/^Agreed:/)
      .first()
      .waitFor();
    violations.push(...(await axeViolations(alexPage, 'load')));
    expect(violations).toEqual([]);
    await screenshots(alexPage, 'load');
  });

  it('starts a weekly ritual with a schedule, then notes "We did it"', async () => {
    await alexPage
      .getByRole('navigation', { name: 'Everyday together' })
      .getByRole('link', { name: 'Rituals' })
      .click();
    await alexPage.getByRole('heading', { level: 1, name: 'Rituals' }).waitFor();
    await alexPage
      .getByText('Start a ritual below, such as a two-minute appreciation each evening.')
      .waitFor();
    // On a phone Rituals lives under "More", which the bar marks.
    await expect
      .poll(() =>
        alexPage
          .getByRole('navigation', { name: 'Main' })
          .getByRole('link', { name: 'More' })
          .getAttribute('aria-current'),
      )
      .toBe('true');

    const form = section(alexPage, 'Start a ritual');
    await form.getByLabel('Which ritual').selectOption({ label: 'How are we doing?' });
    expect(await form.getByLabel('Its name').inputValue()).toBe('How are we doing?');
    expect(await form.getByRole('radio', { name: 'Every week' }).isChecked()).toBe(true);
    expect(await form.getByRole('checkbox', { name: 'Sunday' }).isChecked()).toBe(true);
    await form.getByRole('checkbox', { name: 'Wednesday' }).check();
    await form.getByLabel('Time', { exact: true }).fill('19:30');
    expect(await form.getByLabel('Time zone').inputValue()).toBe(
      'UTC — Coordinated Universal Time (UTC+0)',
    );
    await form.getByRole('button', { name: 'Start this ritual' }).click();
    await status(alexPage, 'Started “How are we doing?”.');

    const ritual = alexPage.locator('li.ritual').filter({ hasText: 'How are we doing?' });
    await ritual
      .getByText('Every week on Wednesday and Sunday at 7:30 PM Coordinated Universal Time')
      .waitFor();
    await ritual.getByText(/^Next: /).waitFor();
    await ritual.getByText('With you and Sam').waitFor();
    await ritual.getByRole('button', { name: 'We did it: How are we doing?' }).click();
    await status(alexPage, 'Noted: “How are we doing?”. Lovely.');

    const { rituals } = await apiGet(alexPage, server.url, '/api/circles/{circleId}/rituals', {
      circleId,
    });
    expect(rituals[0]).toMatchObject({
      rrule: 'FREQ=WEEKLY;BYDAY=WE,SU',
      time: '19:30',
      timezone: 'UTC',
    });
    // No time has come round yet: the rhythm starts gently, whatever was noted early.
    await ritual.getByText('Just started.').waitFor();
    // The words on the page, without the options of its drop-downs (a town named Broken Hill).
    const text = await alexPage.locator('main').evaluate((main) => {
      const copy = main.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('select').forEach((select) => select.remove());
      return copy.textContent ?? '';
    });
    expect(text).not.toMatch(/streak|broken|missed/i);
  });

  it('edits a ritual in the same form, filled in, and sees the change', async () => {
    const ritual = alexPage.locator('li.ritual').filter({ hasText: 'How are we doing?' });
    const edit = ritual.getByRole('button', { name: 'Edit “How are we doing?”' });
    await edit.focus();
    await alexPage.keyboard.press('Enter');
    const form = editor(alexPage, 'Edit “How are we doing?”');
    await form.waitFor();
    // Focus moves into the editor, and it is filled in with the ritual as it is.
    await expect
      .poll(() => alexPage.evaluate(() => document.activeElement?.textContent))
      .toBe('Edit “How are we doing?”');
    expect(await form.getByLabel('Which ritual').inputValue()).toBe('weekly_checkin');
    expect(await form.getByLabel('Its name').inputValue()).toBe('How are we doing?');
    expect(await form.getByRole('radio', { name: 'Every week' }).isChecked()).toBe(true);
    expect(await form.getByRole('checkbox', { name: 'Wednesday' }).isChecked()).toBe(true);
    expect(await form.getByRole('checkbox', { name: 'Sunday' }).isChecked()).toBe(true);
    expect(await form.getByRole('checkbox', { name: 'Friday' }).isChecked()).toBe(false);
    expect(await form.getByLabel('Time', { exact: true }).inputValue()).toBe('19:30');
    expect(await form.getByLabel('Time zone').inputValue()).toBe(
      'UTC — Coordinated Universal Time (UTC+0)',
    );
    expect(await form.getByRole('checkbox', { name: 'Sam' }).isChecked()).toBe(true);
    // The form to start a ritual is still there beside it, and the two keep apart.
    await section(alexPage, 'Start a ritual')
      .getByRole('button', { name: 'Start this ritual' })
      .waitFor();

    await form.getByLabel('Its name').fill('Our Sunday talk');
    await form.getByRole('checkbox', { name: 'Wednesday' }).uncheck();
    await form.getByRole('checkbox', { name: 'Friday' }).check();
    await form.getByLabel('Time', { exact: true }).fill('20:15');
    violations.push(...(await axeViolations(alexPage, 'rituals-edit')));
    expect(violations).toEqual([]);
    if (TAKE_SHOTS) {
      await mkdir(SHOTS_DIR, { recursive: true });
      for (const [size, viewport] of [
        ['phone', PHONE],
        ['desktop', DESKTOP],
      ] as const) {
        await alexPage.setViewportSize(viewport);
        await form.scrollIntoViewIfNeeded();
        await alexPage.screenshot({ path: `${SHOTS_DIR}/ritual-edit-${size}.png`, fullPage: true });
      }
      await alexPage.setViewportSize(PHONE);
    }

    const saved = alexPage.waitForResponse(
      (response) =>
        response.url().includes(`/api/circles/${circleId}/rituals/`) &&
        response.request().method() === 'PATCH',
    );
    await form.getByRole('button', { name: 'Save the changes' }).focus();
    await alexPage.keyboard.press('Enter');
    const answer = await saved;
    expect(answer.status()).toBe(200);
    const sent = answer.request().postDataJSON() as Record<string, unknown>;
    // Only what changed is sent; the rest stays as it was.
    expect(sent).toEqual({
      title: 'Our Sunday talk',
      rrule: 'FREQ=WEEKLY;BYDAY=FR,SU',
      time: '20:15',
    });
    await status(alexPage, 'Saved the changes to “Our Sunday talk”.');
    const changed = alexPage.locator('li.ritual').filter({ hasText: 'Our Sunday talk' });
    await changed
      .getByText('Every week on Friday and Sunday at 8:15 PM Coordinated Universal Time')
      .waitFor();
    await changed.getByText('With you and Sam').waitFor();
    expect(await alexPage.locator('li.ritual').count()).toBe(1);
    // Focus comes back to where the person left off.
    await expect
      .poll(() => alexPage.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe('Edit “Our Sunday talk”');
    const { rituals } = await apiGet(alexPage, server.url, '/api/circles/{circleId}/rituals', {
      circleId,
    });
    expect(rituals).toHaveLength(1);
    expect(rituals[0]).toMatchObject({
      kind: 'weekly_checkin',
      title: 'Our Sunday talk',
      rrule: 'FREQ=WEEKLY;BYDAY=FR,SU',
      time: '20:15',
      timezone: 'UTC',
    });

    // Escape leaves the editor without changing anything.
    await changed.getByRole('button', { name: 'Edit “Our Sunday talk”' }).click();
    const again = editor(alexPage, 'Edit “Our Sunday talk”');
    await again.getByLabel('Its name').fill('Something else');
    await alexPage.keyboard.press('Escape');
    await again.waitFor({ state: 'detached' });
    await changed.getByRole('heading', { name: 'Our Sunday talk' }).waitFor();
  });

  it('shows in the form what the server says when a change cannot be made', async () => {
    const changed = alexPage.locator('li.ritual').filter({ hasText: 'Our Sunday talk' });
    await changed.getByRole('button', { name: 'Edit “Our Sunday talk”' }).click();
    const form = editor(alexPage, 'Edit “Our Sunday talk”');
    await form.getByLabel('Time', { exact: true }).fill('21:00');
    // Meanwhile, Sam stops it.
    const ritualId = (
      await apiGet(alexPage, server.url, '/api/circles/{circleId}/rituals', { circleId })
    ).rituals[0]!.id;
    const stopped = await samPage.request.delete(`/api/circles/${circleId}/rituals/${ritualId}`, {
      headers: { origin: server.url },
    });
    expect(stopped.status()).toBe(204);
    await form.getByRole('button', { name: 'Save the changes' }).click();
    await form
      .getByRole('alert')
      .filter({
        hasText: 'This ritual was stopped in the meantime, so there is nothing left to change.',
      })
      .waitFor();
    await form.getByRole('button', { name: 'Keep it as it was' }).click();
    await form.waitFor({ state: 'detached' });

    // Start it again for the screens that follow.
    await alexPage.reload();
    const start = section(alexPage, 'Start a ritual');
    await start.getByLabel('Which ritual').selectOption({ label: 'How are we doing?' });
    await start.getByRole('button', { name: 'Start this ritual' }).click();
    await status(alexPage, 'Started “How are we doing?”.');
  });

  it('has no axe violations on Rituals, and takes screenshots', async () => {
    violations.push(...(await axeViolations(alexPage, 'rituals')));
    expect(violations).toEqual([]);
    await screenshots(alexPage, 'rituals');
  });

  it('saves reminder settings, sends a test and renews the calendar address', async () => {
    await alexPage.getByRole('link', { name: 'Choose how you are reminded' }).click();
    await alexPage.getByRole('heading', { level: 1, name: 'Reminders' }).waitFor();
    const settings = await apiGet(alexPage, server.url, '/api/me/notifications');
    if (!settings.emailAvailable) {
      await alexPage.getByText('Email is not set up on this server').waitFor();
      expect(await alexPage.getByRole('switch', { name: 'By email' }).isDisabled()).toBe(true);
    }
    await alexPage
      .getByRole('switch', { name: 'By push, on each device where you turn reminders on' })
      .check();
    await alexPage.getByRole('switch', { name: 'Keep quiet during these hours' }).check();
    await alexPage.getByLabel('From').fill('22:30');
    await alexPage.getByLabel('To', { exact: true }).fill('07:00');
    // The time-zone picker: this device's zone first; typing finds a place, Enter chooses it.
    const zone = alexPage.getByRole('combobox', { name: 'My time zone' });
    await zone.focus();
    await zone.press('ArrowDown');
    expect(await alexPage.getByRole('option').first().innerText()).toMatch(
      /^UTC — Coordinated Universal Time \(UTC\+0\)\s*· Your time zone$/,
    );
    await zone.fill('london');
    await alexPage.getByRole('option', { name: /^London — United Kingdom Time/ }).waitFor();
    await zone.press('Enter');
    expect(await zone.inputValue()).toMatch(/^London — United Kingdom Time \(UTC\+[01]\)$/);
    expect(await zone.getAttribute('aria-expanded')).toBe('false');
    // Which updates also come by push: each kind a group of its own with its checkboxes.
    const kind = (name: string) =>
      alexPage.getByRole('group', { name }).getByRole('checkbox', { name: 'Push' });
    expect(await kind('Someone says “let’s reset”').isChecked()).toBe(true);
    expect(await kind('Someone noticed care you gave').isChecked()).toBe(false);
    await kind('Someone noticed care you gave').check();
    await kind('Someone shares a need with you').uncheck();
    await alexPage.getByRole('button', { name: 'Save reminder settings' }).click();
    await status(alexPage, 'Your reminder settings are saved.');
    const saved = await (await alexPage.request.get('/api/me/notifications')).json();
    expect(saved).toMatchObject({
      push: true,
      quietHours: { from: '22:30', to: '07:00' },
      timezone: 'Europe/London',
    });
    expect(saved.updates).toContainEqual({ kind: 'act_noticed', push: true, email: false });
    expect(saved.updates).toContainEqual({ kind: 'need_shared', push: false, email: false });
    expect(saved.updates).toContainEqual({ kind: 'reset_requested', push: true, email: false });

    await alexPage.getByRole('button', { name: 'Send me a test reminder' }).click();
    // No device of Alex's has subscribed: the answer says so, and never that push was sent.
    await status(alexPage, /^Push: not sent, no device has reminders turned on yet/);

    const address = alexPage.getByLabel('Calendar feed address');
    await expect.poll(() => address.inputValue()).toMatch(/\/api\/calendar\/[\w-]+\.ics$/);
    const before = await address.inputValue();
    expect((await alexPage.request.get(before)).ok()).toBe(true);
    await alexPage.getByRole('button', { name: 'Copy' }).click();
    await status(alexPage, 'Copied.');
    await alexPage.getByRole('button', { name: 'Make a new address' }).click();
    await alexPage.getByText('The old address will stop working').waitFor();
    await alexPage.getByRole('button', { name: 'Yes, make a new one' }).click();
    await status(alexPage, 'The old address no longer works; here is the new one.');
    const after = await address.inputValue();
    expect(after).not.toBe(before);
    expect((await alexPage.request.get(before)).status()).toBe(404);

    await alexPage.reload();
    await alexPage.getByRole('heading', { level: 1, name: 'Reminders' }).waitFor();
    expect(
      await alexPage
        .getByRole('switch', { name: 'By push, on each device where you turn reminders on' })
        .isChecked(),
    ).toBe(true);
    expect(await kind('Someone shares a need with you').isChecked()).toBe(false);
    expect(await kind('Someone noticed care you gave').isChecked()).toBe(true);
  });

  it('has no axe violations on Reminders, and takes screenshots', async () => {
    violations.push(...(await axeViolations(alexPage, 'reminders')));
    expect(violations).toEqual([]);
    await screenshots(alexPage, 'reminders');
  });
});
