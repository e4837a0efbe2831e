/**
 * "Import a chat" in a browser: Asha signs up, creates a circle, opens the import page from the
 * navigation and chooses a small WhatsApp export (the chat package's own fixture). A Worker reads
 * it on the device with a progress bar, and the report shows the chat's rhythm as patterns that
 * name nobody; Asha's own figures appear, to her alone, once she says which name is hers. Only
 * the rhythm is saved. Every request the page (and its Worker) makes is watched: no message text
 * and no name of the chat is ever sent, and the one POST with a body is the rhythm. The saved
 * summary then shows in the page's list, for Asha and for Tom, who joins the circle, with no
 * person's count anywhere. A file of random bytes gets one friendly sentence. Axe in light and
 * dark; screenshots.
 */
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAccept, apiInvite, apiSignUp } from './api.ts';
import { axeViolations } from './axe.ts';
import { launchBrowser, newPhoneContext, skipBrowserTier } from './browser.ts';
import { createCircle, fillSignUp, openFromNav, person, section } from './flows.ts';
import { startServer, type RunningServer } from './server.ts';
import { screenshots } from './shots.ts';

const FIXTURE = fileURLToPath(
  new URL('../packages/chat/test/fixtures/android-en-24h.txt', import.meta.url),
);
const TELEGRAM = fileURLToPath(
  new URL('../packages/chat/test/fixtures/telegram-single.json', import.meta.url),
);
const CIRCLE = 'Asha & Tom';
const TOM = "Tom O'Neill";
const SAVED = `Saved to ${CIRCLE}`;
const SAVED_TITLE = 'WhatsApp chat, Feb 14, 2024 to Feb 15, 2024';

const SUMMARY_FIELDS = ['format', 'messages', 'people', 'first', 'last', 'rhythm'];
const RHYTHM_FIELDS = [
  'talk',
  'starts',
  'questions',
  'thanks',
  'repair',
  'replyPace',
  'replyBalance',
  'lately',
];
/** The fixture's rhythm, as both members read it. */
const RHYTHM = [
  'The talking is shared by both sides.',
  'Conversations are started from both sides after a quiet spell.',
  'Replies usually come within minutes.',
  'Replies come about as soon from both sides.',
];
/** The chat's authors, and counts of one of them, that must never reach the circle. */
const AUTHORS = [TOM, 'Asha Rao', "O'Neill"];
const PERSON_COUNTS = /\b\d+%|\b[36] messages?\b|\b\d+ (questions?|conversations?|times?)\b/;

/** The words people wrote in the export: each body and continuation line, without headers. */
function messageTexts(chat: string): string[] {
  return chat
    .split(/\r?\n/)
    .map((line) => line.replace(/^\d\d\/\d\d\/\d{4}, \d\d:\d\d - (?:[^:]+: )?/, '').trim())
    .filter((text) => text.length >= 8);
}

/** Every text value of a JSON export that could be something a person wrote. */
function jsonTexts(value: unknown): string[] {
  if (typeof value === 'string') return value.length >= 8 ? [value] : [];
  if (Array.isArray(value)) return value.flatMap(jsonTexts);
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, inner]) =>
      key === 'text' || Array.isArray(inner) || typeof inner === 'object' ? jsonTexts(inner) : [],
    );
  }
  return [];
}

interface Seen {
  readonly method: string;
  readonly url: string;
  readonly body: string | null;
}

describe.skipIf(skipBrowserTier)('import a chat', () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let tomContext: BrowserContext | undefined;
  let page: Page;
  let texts: string[] = [];
  const seen: Seen[] = [];
  const violations: string[] = [];
  const record = (request: Request) => {
    seen.push({ method: request.method(), url: request.url(), body: request.postData() });
  };

  beforeAll(async () => {
    texts = messageTexts(await readFile(FIXTURE, 'utf8'));
    server = await startServer();
    browser = await launchBrowser();
    context = await newPhoneContext(browser, server.url);
    page = await context.newPage();
    await page.goto('/signup');
    await fillSignUp(page, person('Asha'));
    await page.getByRole('heading', { level: 1, name: 'Your first steps' }).waitFor();
    await page.getByRole('button', { name: 'Not now' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your circles' }).waitFor();
    await createCircle(page, CIRCLE, 'Couple');
    // From here on, every request of every page and Worker in this profile is kept.
    context.on('request', record);
  });

  afterAll(async () => {
    await tomContext?.close();
    await context?.close();
    await browser?.close();
    await server?.stop();
  });

  it('opens from the navigation and says the chat stays on this device', async () => {
    await openFromNav(page, 'Import a chat');
    expect(new URL(page.url()).pathname).toMatch(/^\/circles\/[^/]+\/import$/);
    await page.getByRole('heading', { name: 'Your chat stays on this device' }).waitFor();
    await page.getByText('is never uploaded').waitFor();
    // Nothing is saved to the circle yet, and the list says so.
    const saved = section(page, SAVED);
    await saved.getByText('Nothing is saved here yet.').waitFor();
    expect(await saved.getByRole('listitem').count()).toBe(0);
    violations.push(...(await axeViolations(page, 'import, empty')));
    await screenshots(page, 'import-empty');
  });

  it('reads a WhatsApp export with a progress bar and shows the report', async () => {
    expect(texts.length).toBeGreaterThan(5);
    await page.getByLabel('Choose a chat export').setInputFiles(FIXTURE);
    const progress = page.getByRole('progressbar');
    await progress.waitFor();
    await page.getByText('Read all of android-en-24h.txt').waitFor();
    expect(await progress.getAttribute('value')).toBe(await progress.getAttribute('max'));

    await page.getByRole('heading', { name: 'What the chat shows' }).waitFor();
    await page
      .getByText(
        '9 messages from 2 people, from Feb 14, 2024 to Feb 15, 2024, read from a WhatsApp',
      )
      .waitFor();
    // The report's patterns, and the same again in what the circle would keep.
    const rhythm = page.getByRole('list', { name: 'Patterns in this chat' });
    await rhythm.first().waitFor();
    expect(await rhythm.count()).toBe(2);
    for (const list of await rhythm.all()) {
      expect(await list.getByRole('listitem').allInnerTexts()).toEqual(RHYTHM);
    }
    // Messages per week are everyone's together, with the numbers in words beside the chart.
    const weeks = page.getByRole('figure', { name: 'Messages per week' });
    await weeks.locator('svg .recharts-bar-rectangle').first().waitFor();
    expect(await weeks.locator('figcaption').innerText()).toBe(
      '1 week with messages. The busiest was the week of Feb 12, 2024, with 9 messages.',
    );
    // Before Asha says which name is hers, no one's own figures are on the page.
    const main = page.locator('main');
    expect(await main.innerText()).not.toMatch(PERSON_COUNTS);
    expect(await main.innerText()).not.toMatch(/\b(owe|debt|score|blame|fault|most often)/i);
    violations.push(...(await axeViolations(page, 'import, report')));
    await screenshots(page, 'import-report');
  });

  it('shows the reader their own part of the chat once they say which name is theirs', async () => {
    const you = section(page, 'You in this chat');
    await you.getByText('it is never saved or sent').waitFor();
    const options = await you.getByLabel('Which name is yours?').locator('option').allInnerTexts();
    expect(options).toEqual(['Choose your name', TOM, 'Asha Rao']);
    await you.getByLabel('Which name is yours?').selectOption({ label: 'Asha Rao' });
    const figures = you.getByRole('list', { name: 'Your part of this chat' });
    await figures.waitFor();
    expect(await figures.getByRole('listitem').allInnerTexts()).toEqual([
      'You wrote 3 messages, 33% of the chat.',
      'You opened 2 conversations after a quiet spell.',
      'You asked 1 question.',
      'You wrote words of thanks 0 times.',
      'You reached for words of repair 1 time.',
      'Half of your replies came within 7 minutes.',
    ]);
    // Only the reader's own figures: Tom's count of messages is nowhere on the page.
    expect(await page.locator('main').innerText()).not.toMatch(/\b6 messages\b|67%/);
    violations.push(...(await axeViolations(page, 'import, your own part')));
  });

  it('shows what will be sent, then saves only the chat’s rhythm', async () => {
    // In sentences, as the circle will see it: no JSON, no field names, no one's name.
    const preview = await page.locator('.chat-preview').innerText();
    expect(preview).toContain('9 messages from 2 people.');
    expect(preview).not.toMatch(/[{}"]|shareOfMessages|rhythm/);
    for (const name of AUTHORS) expect(preview).not.toContain(name);
    await page.getByText('stays on this device').first().waitFor();

    const saved = page.waitForResponse(
      (response) => response.url().endsWith('/chat-summaries') && response.status() === 201,
    );
    await page.getByRole('button', { name: 'Save the summary' }).click();
    await saved;
    await page
      .getByRole('status')
      .filter({ hasText: `Saved to ${CIRCLE}.` })
      .waitFor();

    const posts = seen.filter((request) => request.body !== null && request.body !== '');
    expect(posts.map((request) => `${request.method} ${new URL(request.url).pathname}`)).toEqual([
      expect.stringMatching(/^POST \/api\/circles\/[^/]+\/chat-summaries$/),
    ]);
    const body = JSON.parse(posts[0]?.body ?? '{}') as {
      rhythm: Record<string, unknown>;
    } & Record<string, unknown>;
    expect(Object.keys(body).sort()).toEqual([...SUMMARY_FIELDS].sort());
    expect(Object.keys(body.rhythm).sort()).toEqual([...RHYTHM_FIELDS].sort());
    expect(body).toMatchObject({ messages: 9, people: 2 });
    for (const name of AUTHORS) expect(posts[0]?.body).not.toContain(name);
  });

  it('lists the saved summary on the page: the chat, who saved it and its rhythm', async () => {
    const saved = section(page, SAVED);
    const list = saved.getByRole('list', { name: 'Saved chat summaries, newest first' });
    const item = list.getByRole('listitem', { name: SAVED_TITLE });
    await item.waitFor();
    await expect(saved.getByText('Nothing is saved here yet.').count()).resolves.toBe(0);
    await item.getByRole('heading', { level: 3, name: SAVED_TITLE }).waitFor();
    await item.getByText(/^Saved by you on /).waitFor();
    await item.getByText('9 messages from 2 people.').waitFor();
    const rhythm = item.getByRole('list', { name: 'Patterns in this chat' });
    expect(await rhythm.getByRole('listitem').allInnerTexts()).toEqual(RHYTHM);
    const text = await item.innerText();
    for (const name of AUTHORS) expect(text).not.toContain(name);
    expect(text).not.toMatch(PERSON_COUNTS);
    expect(await saved.innerText()).not.toMatch(/\b(owe|debt|score|blame|fault|rank)/i);
    violations.push(...(await axeViolations(page, 'import, saved list')));
    await saved.scrollIntoViewIfNeeded();
    await screenshots(page, 'import-saved');
  });

  it('shows another member of the circle the rhythm, with no one’s counts', async () => {
    const circleId = /\/circles\/([^/]+)\/import$/.exec(new URL(page.url()).pathname)?.[1];
    expect(circleId).toBeTruthy();
    const { token } = await apiInvite(context, server.url, circleId!);
    tomContext = await newPhoneContext(browser, server.url);
    await apiSignUp(tomContext, server.url, person('Tom'));
    await apiAccept(tomContext, server.url, token, context);

    const tomPage = await tomContext.newPage();
    await tomPage.goto(`/circles/${circleId}/import`);
    await tomPage.getByRole('heading', { level: 1, name: 'Import a chat' }).waitFor();
    const saved = section(tomPage, SAVED);
    const item = saved.getByRole('listitem', { name: SAVED_TITLE });
    await item.waitFor();
    await item.getByText(/^Saved by Asha on /).waitFor();
    await item.getByText('9 messages from 2 people.').waitFor();
    const rhythm = item.getByRole('list', { name: 'Patterns in this chat' });
    expect(await rhythm.getByRole('listitem').allInnerTexts()).toEqual(RHYTHM);
    // The circle's shared view: no name from the chat, no share, no one person's count.
    const text = await saved.innerText();
    for (const name of AUTHORS) expect(text).not.toContain(name);
    expect(text).not.toMatch(PERSON_COUNTS);
    const numbers = text
      .replace(/Saved by Asha on [^\n]*/g, '')
      .replace(SAVED_TITLE, '')
      .match(/\d+/g);
    expect(numbers).toEqual(['9', '2']);
    // Nor does the answer behind it carry one.
    const reply = await tomPage.request.get(`/api/circles/${circleId}/chat-summaries`);
    const json = await reply.text();
    for (const name of AUTHORS) expect(json).not.toContain(name);
    expect(json).not.toMatch(/participants|shareOf|medianReply/);
    violations.push(...(await axeViolations(tomPage, 'import, saved list, other member')));
  });

  it('reads a Telegram export dropped on the drop zone', async () => {
    const json = await readFile(TELEGRAM, 'utf8');
    texts.push(...jsonTexts(JSON.parse(json)));
    const dataTransfer = await page.evaluateHandle((text) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], 'result.json', { type: 'application/json' }));
      return transfer;
    }, json);
    await page.locator('label.chat-drop').dispatchEvent('drop', { dataTransfer });
    await page.getByText('Read all of result.json').waitFor();
    await page.getByText(/read from a Telegram export\./).waitFor();
    await page.getByRole('button', { name: 'Save the summary' }).waitFor();
  });

  it('never sends the chat itself: no request carries its text', async () => {
    // The Worker's own script was fetched while watching, so its requests were seen too.
    expect(seen.some((request) => /\/assets\/worker-[^/]+\.js$/.test(request.url))).toBe(true);
    expect(texts).toContain('Did you get my parcel?');
    for (const request of seen) {
      const sent = `${decodeURIComponent(request.url)}\n${request.body ?? ''}`;
      for (const text of texts) expect(sent).not.toContain(text);
    }
  });

  it('answers a file of random bytes, and an empty file, with one friendly sentence', async () => {
    const input = page.getByLabel('Choose a chat export');
    await input.setInputFiles({
      name: 'noise.txt',
      mimeType: 'text/plain',
      buffer: Buffer.concat([Buffer.from([0, 1, 2, 0xff, 0xfe]), randomBytes(64)]),
    });
    const alert = page.getByRole('alert').filter({ hasText: /\S/ });
    await alert.filter({ hasText: 'This file is not a chat export' }).waitFor();
    expect(await alert.innerText()).not.toMatch(/Error|at \w+ \(|stack|undefined/);
    await expect
      .poll(() => page.getByRole('heading', { name: 'What the chat shows' }).count())
      .toBe(0);
    violations.push(...(await axeViolations(page, 'import, bad file')));
    await screenshots(page, 'import-error');

    await input.setInputFiles({
      name: 'empty.txt',
      mimeType: 'text/plain',
      buffer: Buffer.alloc(0),
    });
    await alert.filter({ hasText: 'This file is empty.' }).waitFor();
  });

  it('has no axe violations in light or dark', () => {
    expect(violations).toEqual([]);
  });
});
