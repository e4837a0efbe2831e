/**
 * A question a day, in two browser contexts: Alex finds today's question on the circle's home,
 * asks for another one, and answers; Sam sees that Alex has answered but not what, answers too,
 * and both read the answers together; Alex's bell tells him, and the update leads to the
 * question. When the circle's day moves on, yesterday's answers are kept under "Earlier days".
 * Axe on each state; screenshots at phone and desktop widths, light and dark.
 */
import { QUESTION_WORDS } from '@recipro/core';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAccept, apiCreateCircle, apiGet, apiInvite, apiPost } from './api.ts';
import { axeViolations } from './axe.ts';
import { skipBrowserTier } from './browser.ts';
import { openCoupleInBrowser, type CoupleInBrowser } from './cycle-setup.ts';
import { section } from './flows.ts';
import { screenshots } from './shots.ts';
import { bell, regainFocus } from './bell.ts';

const ALEX_ANSWER = 'The tea you left by the door this morning.\nIt made the whole day softer.';
const SAM_ANSWER = 'When you asked about my exam and then really listened.';

/** The answers read together: each person's label and answer, in order. */
const togetherOf = async (page: Page) =>
  section(page, 'Your answers, together')
    .locator('.question-answer')
    .evaluateAll((items) =>
      items.map((item) => [
        item.querySelector('dt')?.textContent ?? '',
        item.querySelector('dd')?.textContent ?? '',
      ]),
    );

describe.skipIf(skipBrowserTier)('a question a day', () => {
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

  it('Alex finds today’s question, asks for another, and answers it on his own', async () => {
    const { couple, server } = scene;

    // Alex starts with nothing unread (being asked to join, say, is already behind him).
    await apiPost(alexPage, server.url, '/api/me/updates/read', {}, { all: true });

    // Alex finds today's question on the circle's home.
    await alexPage.goto(`/circles/${couple.circleId}`);
    await alexPage.getByRole('heading', { level: 1, name: couple.circleName }).waitFor();
    await bell(alexPage, 0).waitFor();
    const card = section(alexPage, 'Today’s question');
    await card.getByText('Nobody has answered yet.').waitFor();
    const onHome = await card.locator('.question-text').innerText();
    expect(onHome).toMatch(/\?$/);
    expect(await axeViolations(alexPage, 'circle home with today’s question')).toEqual([]);
    await screenshots(alexPage, 'question-card');

    await card.getByRole('link', { name: 'Answer today’s question' }).click();
    await alexPage.getByRole('heading', { level: 1, name: 'Today’s question' }).waitFor();
    await alexPage.getByRole('heading', { level: 2, name: onHome }).waitFor();
    expect(await axeViolations(alexPage, 'question, open')).toEqual([]);
    await screenshots(alexPage, 'question-open');

    // Not the one for today: another question, once.
    await alexPage.getByRole('button', { name: 'Another question' }).click();
    await alexPage
      .getByRole('status')
      .filter({ hasText: 'Here is another question for today.' })
      .waitFor();
    const today = await apiGet(alexPage, server.url, '/api/circles/{circleId}/question', {
      circleId: couple.circleId,
    });
    // The server sends the question's id; the page words it (English from core's table).
    const todayText = QUESTION_WORDS[today.id]!;
    expect(todayText).not.toBe(onHome);
    expect(today.swapped).toBe(true);
    await alexPage.getByRole('heading', { level: 2, name: todayText }).waitFor();
    await alexPage.getByText('Chosen with “another question”.').waitFor();
    await expect(alexPage.getByRole('button', { name: 'Another question' }).count()).resolves.toBe(
      0,
    );

    // An empty answer is not sent.
    await alexPage.getByRole('button', { name: 'Share my answer' }).click();
    await alexPage.getByRole('alert').filter({ hasText: 'Write a few words first' }).waitFor();

    await alexPage.getByLabel('Your answer').fill(ALEX_ANSWER);
    await alexPage.getByRole('button', { name: 'Share my answer' }).click();
    await alexPage.getByRole('heading', { level: 3, name: 'Your answer' }).waitFor();
    await alexPage.getByText('You have answered.').waitFor();
    await alexPage
      .getByText('Waiting for Sam. The answers are shown together once everyone has answered.')
      .waitFor();
    await expect(alexPage.locator('.question-mine-text').innerText()).resolves.toBe(ALEX_ANSWER);
    await expect(alexPage.getByLabel('Your answer').count()).resolves.toBe(0);
    expect(await axeViolations(alexPage, 'question, waiting')).toEqual([]);
    await screenshots(alexPage, 'question-waiting');
  });

  it('Sam answers too, and both read the answers together; Alex’s bell tells him', async () => {
    const { couple, server } = scene;
    const today = await apiGet(samPage, server.url, '/api/circles/{circleId}/question', {
      circleId: couple.circleId,
    });
    const todayText = QUESTION_WORDS[today.id]!;

    // Sam sees that Alex has answered, never what.
    await samPage.goto(`/circles/${couple.circleId}`);
    const samCard = section(samPage, 'Today’s question');
    await samCard.getByText('Alex has answered.').waitFor();
    await expect(samCard.locator('.question-text').innerText()).resolves.toBe(todayText);
    await samCard.getByRole('link', { name: 'Answer today’s question' }).click();
    await samPage.getByRole('heading', { level: 2, name: todayText }).waitFor();
    await samPage.getByText('Alex has answered.').waitFor();
    await expect(samPage.getByText('tea you left', { exact: false }).count()).resolves.toBe(0);
    // Someone has answered: today's question stays.
    await expect(samPage.getByRole('button', { name: 'Another question' }).count()).resolves.toBe(
      0,
    );

    await samPage.getByLabel('Your answer').fill(SAM_ANSWER);
    await samPage.getByRole('button', { name: 'Share my answer' }).click();
    await section(samPage, 'Your answers, together').waitFor();
    await samPage.getByText('You and Alex have answered.').waitFor();
    await expect(togetherOf(samPage)).resolves.toEqual([
      ['Alex', ALEX_ANSWER],
      ['You', SAM_ANSWER],
    ]);
    expect(await axeViolations(samPage, 'question, revealed')).toEqual([]);
    await screenshots(samPage, 'question-revealed');

    // Alex's bell tells him; the update leads to the answers.
    await regainFocus(alexPage);
    const alexBell = bell(alexPage, 1);
    await alexBell.waitFor();
    await alexBell.click();
    const told = alexPage
      .getByRole('listitem')
      .filter({ hasText: 'Everyone in Alex & Sam has answered today’s question' });
    await told.waitFor();
    await expect(alexPage.getByText('exam', { exact: false }).count()).resolves.toBe(0);
    await told.getByRole('link').click();
    await alexPage.getByRole('heading', { level: 1, name: 'Today’s question' }).waitFor();
    await section(alexPage, 'Your answers, together').waitFor();
    await expect(togetherOf(alexPage)).resolves.toEqual([
      ['You', ALEX_ANSWER],
      ['Sam', SAM_ANSWER],
    ]);
    expect(new URL(alexPage.url()).pathname).toBe(`/circles/${couple.circleId}/question`);

    // And on the circle's home, the way on is to read them.
    await alexPage.goto(`/circles/${couple.circleId}`);
    await section(alexPage, 'Today’s question')
      .getByRole('link', { name: 'Read the answers together' })
      .waitFor();
  });

  it('keeps the answers read together under "Earlier days" when the circle’s day moves on', async () => {
    const { server } = scene;
    // A second circle of theirs, whose day follows its first ritual's time zone: twelve hours
    // behind UTC, then fourteen ahead — always a later day than the first.
    const { id: circleId } = await apiCreateCircle(alexPage.context(), server.url, 'Evenings');
    const { token } = await apiInvite(alexPage.context(), server.url, circleId);
    await apiAccept(samPage.context(), server.url, token, alexPage.context());
    const ritual = await apiPost(
      alexPage,
      server.url,
      '/api/circles/{circleId}/rituals',
      { circleId },
      { kind: 'appreciation', rrule: 'FREQ=DAILY', time: '21:00', timezone: 'Etc/GMT+12' },
    );
    const behind = await apiGet(alexPage, server.url, '/api/circles/{circleId}/question', {
      circleId,
    });
    expect(behind.timeZone).toBe('Etc/GMT+12');
    const answer = (page: Page, text: string) =>
      apiPost(
        page,
        server.url,
        '/api/circles/{circleId}/question/answer',
        { circleId },
        { text, questionId: behind.id },
      );
    await answer(alexPage, 'A slow breakfast together.');
    await answer(samPage, 'Walking home the long way.');
    const moved = await alexPage.request.patch(
      `${server.url}/api/circles/${circleId}/rituals/${ritual.id}`,
      { headers: { origin: server.url }, data: { timezone: 'Etc/GMT-14' } },
    );
    expect(moved.status()).toBe(200);

    await samPage.goto(`/circles/${circleId}/question`);
    await samPage.getByLabel('Your answer').waitFor();
    const next = await apiGet(samPage, server.url, '/api/circles/{circleId}/question', {
      circleId,
    });
    expect(next.date > behind.date).toBe(true);
    expect(next.id).not.toBe(behind.id);
    // The circle's midnight, named, and when it comes on this device's clock (UTC in these tests).
    await samPage
      .getByText(
        /^A new question comes each day at 12:00 AM UTC\+14 \(\w+ 10:00 AM Coordinated Universal Time for you\)\.$/,
      )
      .waitFor();
    const days = section(samPage, 'Earlier days').getByRole('listitem');
    await days.first().waitFor();
    await expect(days.count()).resolves.toBe(1);
    await expect(days.first().locator('.question-day-text').innerText()).resolves.toBe(
      QUESTION_WORDS[behind.id],
    );
    await expect(days.first().locator('dd').allInnerTexts()).resolves.toEqual([
      'A slow breakfast together.',
      'Walking home the long way.',
    ]);
    await expect(days.first().locator('dt').allInnerTexts()).resolves.toEqual(['Alex', 'You']);
    expect(await axeViolations(samPage, 'question, a new day with earlier days')).toEqual([]);
    await screenshots(samPage, 'question-earlier-days');
  });
});
