/**
 * recipro in Spanish, Hindi and Arabic: a first visit from a browser in that language is welcomed
 * in it (`<html lang dir>` following), signing up there keeps the language with the account, and
 * the circle's home, Practice balance, Check in (a check-in of recipro's own questions opened)
 * and Share the load (responsibilities taken from the common list) speak it with no English left
 * on screen (checked against the catalogues themselves) and no axe violation. Arabic is laid out
 * right to left at phone and desktop widths; a language picked in Settings changes the page at
 * once and follows the account to another device. Screenshots of each screen.
 */
import { randomUUID } from 'node:crypto';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { completeCatalogues } from '../packages/web/src/i18n/complete.ts';
import type { MessageKey } from '../packages/web/src/i18n/en.ts';
import { apiAccept, apiCreateCircle, apiGet, apiInvite, apiSignUp } from './api.ts';
import { axeViolations } from './axe.ts';
import { apiLogAct } from './balance-api.ts';
import { DESKTOP, launchBrowser, newPhoneContext, PHONE, skipBrowserTier } from './browser.ts';
import { PASSWORD, type Person } from './flows.ts';
import { startServer, type RunningServer } from './server.ts';
import { textLayout } from './layout.ts';
import { screenshots } from './shots.ts';

/** A language's every message: those every screen has, and those of the areas some load. */
type Words = Readonly<Record<MessageKey, string>>;
type Lang = 'es' | 'hi' | 'ar';

/** English, the source every language translates. */
const ENGLISH: Words = completeCatalogues.en as Words;

/** A person of a given name; the address is Latin whatever script the name is written in. */
const someone = (name: string, handle: string): Person => ({
  name,
  email: `${handle}-${randomUUID().slice(0, 8)}@example.test`,
});

interface Language {
  readonly locale: Lang;
  /** The browser's language on a first visit. */
  readonly browserLocale: string;
  readonly dir: 'ltr' | 'rtl';
  /** The language's whole catalogue, every area's messages with it. */
  readonly words: Words;
  readonly me: Person;
  readonly partner: Person;
  readonly circleName: string;
}

const LANGUAGES: readonly Language[] = [
  {
    locale: 'es',
    browserLocale: 'es-ES',
    dir: 'ltr',
    words: completeCatalogues.es as Words,
    me: someone('Lucía', 'lucia'),
    partner: someone('Tomás', 'tomas'),
    circleName: 'Lucía y Tomás',
  },
  {
    locale: 'hi',
    browserLocale: 'hi-IN',
    dir: 'ltr',
    words: completeCatalogues.hi as Words,
    me: someone('प्रिया', 'priya'),
    partner: someone('अर्जुन', 'arjun'),
    circleName: 'प्रिया और अर्जुन',
  },
  {
    locale: 'ar',
    browserLocale: 'ar-EG',
    dir: 'rtl',
    words: completeCatalogues.ar as Words,
    me: someone('سلمى', 'salma'),
    partner: someone('يوسف', 'youssef'),
    circleName: 'سلمى ويوسف',
  },
];

const byLocale = (locale: Lang): Language => {
  const found = LANGUAGES.find((language) => language.locale === locale);
  if (!found) throw new Error(`no language ${locale}`);
  return found;
};

/** Runs of white space as one space, as a sentence reads on screen. */
const flat = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * The English messages that must not be on a screen in `locale`: those that language says
 * differently under the same key, without placeholders (their text is known exactly) and of at
 * least two words (a single word such as a name or "OK" may be shared by languages). Each text
 * with the keys it is the English of; ICU's doubled apostrophe is one on screen.
 */
function englishToFind(words: Words): ReadonlyMap<string, readonly string[]> {
  const found = new Map<string, string[]>();
  for (const [key, message] of Object.entries(ENGLISH)) {
    if (/[{}]/.test(message) || words[key as MessageKey] === message) continue;
    const text = flat(message.replace(/''/g, "'"));
    if (text.split(' ').length < 2) continue;
    found.set(text, [...(found.get(text) ?? []), key]);
  }
  return found;
}

const ENGLISH_TO_FIND = new Map(
  LANGUAGES.map((language) => [language.locale, englishToFind(language.words)]),
);

/**
 * "No English left on screen", checked against the catalogue: every English message (see
 * englishToFind) found in the page's text, as "key: “text”", and in what the page says only to
 * assistive technology (aria-label, alt, placeholder, title), as "key: “text” (in aria-label)".
 * An empty list when the screen speaks only `locale`.
 */
async function englishLeft(page: Page, locale: Lang): Promise<string[]> {
  const { text, attributes } = await page.evaluate(() => {
    const shown = document.body.innerText;
    const named: [string, string][] = [];
    for (const name of ['aria-label', 'alt', 'placeholder', 'title']) {
      document.body.querySelectorAll(`[${name}]`).forEach((element) => {
        named.push([name, element.getAttribute(name) ?? '']);
      });
    }
    return { text: shown, attributes: named };
  });
  const shown = flat(text);
  const left: string[] = [];
  for (const [english, keys] of ENGLISH_TO_FIND.get(locale) ?? []) {
    if (shown.includes(english)) left.push(`${keys.join(', ')}: “${english}”`);
    for (const [name, value] of attributes) {
      if (flat(value).includes(english)) left.push(`${keys.join(', ')}: “${english}” (in ${name})`);
    }
  }
  return [...new Set(left)];
}

/** Waits for the screen's h1 to read exactly `title`. */
const titled = (page: Page, title: string) =>
  page.getByRole('heading', { level: 1, name: title, exact: true }).waitFor();

const htmlLangDir = (page: Page) =>
  page.evaluate(() => ({
    lang: document.documentElement.lang,
    dir: document.documentElement.dir,
  }));

/** An entry of the main navigation (named by the catalogue's `nav.label`), by its words. */
const navEntry = (page: Page, words: Words, name: string) =>
  page
    .getByRole('navigation', { name: words['nav.label'], exact: true })
    .getByRole('link', { name, exact: true });

/** Where an element's box sits in the viewport. */
const boxOf = async (element: Locator) => {
  const box = await element.boundingBox();
  if (!box) throw new Error('not laid out');
  return { left: box.x, right: box.x + box.width };
};

describe.skipIf(skipBrowserTier)('recipro in Spanish, Hindi and Arabic', () => {
  let server: RunningServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  /** Each language's person's page, from their first visit on. */
  const signed = new Map<Lang, Page>();

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.stop();
  });

  const newContext = async (locale: string) => {
    const context = await newPhoneContext(browser, server.url, locale);
    contexts.push(context);
    return context;
  };

  const signedIn = (locale: Lang): Page => {
    const found = signed.get(locale);
    if (!found) throw new Error(`the ${locale} person did not sign up (an earlier test failed)`);
    return found;
  };

  describe.each(LANGUAGES)('in $locale', (language) => {
    const { locale, browserLocale, dir, words, me, partner, circleName } = language;

    it(`welcomes a first visit from a browser in ${browserLocale} in that language`, async () => {
      const page = await (await newContext(browserLocale)).newPage();
      await page.goto('/');
      await titled(page, words['welcome.title']);
      expect(await htmlLangDir(page)).toEqual({ lang: locale, dir });
      await page.getByRole('combobox', { name: words['language.label'], exact: true }).waitFor();
      expect(await page.evaluate(() => document.title)).toBe(
        `${words['welcome.title']} · ${words['app.name']}`,
      );
      const found = [
        ...(await englishLeft(page, locale)).map((left) => `welcome: ${left}`),
        ...(await axeViolations(page, `welcome (${locale})`)),
      ];
      await screenshots(page, `languages-${locale}-welcome`);
      signed.set(locale, page);
      expect(found).toEqual([]);
    });

    it('signs up through the form in that language; the account keeps it', async () => {
      const page = signedIn(locale);
      await page.getByRole('link', { name: words['welcome.signUp'], exact: true }).click();
      await titled(page, words['auth.signUp.title']);
      const found = (await englishLeft(page, locale)).map((left) => `sign up: ${left}`);
      await page.getByLabel(words['auth.name'], { exact: true }).fill(me.name);
      await page.getByLabel(words['auth.email'], { exact: true }).fill(me.email);
      await page.getByLabel(words['auth.password'], { exact: true }).fill(PASSWORD);
      await page.getByRole('button', { name: words['auth.signUp.submit'], exact: true }).click();
      await titled(page, words['firstRun.title']);
      found.push(...(await englishLeft(page, locale)).map((left) => `first steps: ${left}`));

      const account = await apiGet(page, server.url, '/api/me');
      expect(account).toMatchObject({ name: me.name, email: me.email, locale });
      expect(found).toEqual([]);
    });

    it('shows the circle, Practice balance, Check in and Share the load in that language', async () => {
      const page = signedIn(locale);
      // A circle with a second member and a few acts each way, set up through the API.
      const mine = page.context();
      const { id: circleId, myMemberId } = await apiCreateCircle(mine, server.url, circleName);
      const theirs = await newContext(browserLocale);
      await apiSignUp(theirs, server.url, partner);
      const { token } = await apiInvite(mine, server.url, circleId);
      const { memberId } = await apiAccept(theirs, server.url, token, mine);
      for (const [form, daysAgo] of [
        ['practical', 1],
        ['quality_time', 4],
        ['mental_load', 9],
      ] as const) {
        await apiLogAct(mine, server.url, circleId, { toMemberId: memberId, form, daysAgo });
      }
      for (const [form, daysAgo] of [
        ['appreciation', 2],
        ['affection', 6],
      ] as const) {
        await apiLogAct(theirs, server.url, circleId, { toMemberId: myMemberId, form, daysAgo });
      }

      const found: string[] = [];
      const check = async (screen: string) => {
        found.push(...(await englishLeft(page, locale)).map((left) => `${screen}: ${left}`));
        found.push(...(await axeViolations(page, `${screen} (${locale})`)));
        await page.evaluate(() => window.scrollTo(0, 0));
        await screenshots(page, `languages-${locale}-${screen}`);
      };

      await page.goto(`/circles/${circleId}`);
      await titled(page, circleName);
      for (const heading of [words['given.title'], words['inbox.title']]) {
        await page.getByRole('heading', { level: 2, name: heading, exact: true }).waitFor();
      }
      expect(await htmlLangDir(page)).toEqual({ lang: locale, dir });
      await check('circle');

      await navEntry(page, words, words['balance.title']).click();
      await titled(page, words['balance.title']);
      await page
        .getByRole('heading', { name: words['balance.insights.title'], exact: true })
        .waitFor();
      await page.locator('.band-word').first().waitFor();
      // The insights: the server sends kinds and evidence, the web words every one of them.
      await page.locator('li.insight > p').first().waitFor();
      const balance = await page.request.get(`/api/circles/${circleId}/balance?window=30`);
      const { insights } = (await balance.json()) as { insights: { kind: string }[] };
      expect(insights.length).toBeGreaterThan(0);
      const shownInsights = await page.locator('li.insight > p').allInnerTexts();
      expect(shownInsights.length).toBe(insights.length);
      await check('balance');

      await navEntry(page, words, words['checkin.title']).click();
      await titled(page, words['checkin.title']);
      await page.getByText(words['checkin.history.empty'], { exact: true }).waitFor();
      await check('checkin');
      // A check-in of recipro's own questions, opened: its items and choices in that language
      // (the server sends them by id, without words; the page words them).
      await page.getByRole('radio', { name: words['checkin.open.reciprocity'] }).check();
      await page.getByRole('button', { name: words['checkin.open.submit'], exact: true }).click();
      await page
        .getByRole('heading', { name: words['checkin.answer.title'], exact: true })
        .waitFor();
      await page
        .getByText(words['checkinItem.reciprocity.fairness' as MessageKey])
        .first()
        .waitFor();
      await check('checkin-answers');

      await navEntry(page, words, words['load.title']).click();
      await titled(page, words['load.title']);
      await page.getByText(words['load.inventory.empty'], { exact: true }).waitFor();
      // The common list, open while the circle has no responsibility yet.
      const common = page.getByRole('group', {
        name: words['load.catalogue.legend.couple'],
        exact: true,
      });
      await common.getByRole('checkbox').first().waitFor();
      await check('load');
      // Two taken from the common list: stored with their id, titled in the reader's language.
      const chosen = ['cooking', 'bills'].map((id) => words[`responsibility.${id}` as MessageKey]);
      for (const title of chosen) {
        await common.getByRole('checkbox', { name: title }).check();
      }
      await page.getByRole('button', { name: words['load.catalogue.add'], exact: true }).click();
      for (const title of chosen) {
        await page.getByRole('heading', { name: title, exact: true }).first().waitFor();
      }
      await check('load-inventory');

      expect(found).toEqual([]);
    }, 240_000);
  });

  it('lays Arabic out right to left on the circle’s home, at phone and desktop widths', async () => {
    const { words, circleName } = byLocale('ar');
    const page = signedIn('ar');
    await page.setViewportSize(PHONE);
    await navEntry(page, words, circleName).click();
    await titled(page, circleName);
    const title = page.getByRole('heading', { level: 1, name: circleName, exact: true });
    // A heading of the catalogue's, without a direction of its own: it follows the page's.
    const given = page.getByRole('heading', { level: 2, name: words['given.title'], exact: true });
    await given.waitFor();
    const nav = page.getByRole('navigation', { name: words['nav.label'], exact: true });

    // Phone: the title against the right edge, the bar's entries from right to left.
    const phoneTitle = await textLayout(title);
    expect(phoneTitle.viewport - phoneTitle.right, 'phone: title to the right').toBeLessThan(32);
    expect(phoneTitle.left, 'phone: room on the title’s left').toBeGreaterThan(100);
    const phoneGiven = await textLayout(given);
    expect(phoneGiven.direction).toBe('rtl');
    expect(phoneGiven.innerRight - phoneGiven.right, 'phone: heading to the right').toBeLessThan(6);
    expect(phoneGiven.left - phoneGiven.innerLeft, 'phone: room on its left').toBeGreaterThan(60);
    const [first, second] = [nav.getByRole('listitem').nth(0), nav.getByRole('listitem').nth(1)];
    const [firstBox, secondBox] = [await boxOf(first), await boxOf(second)];
    expect(firstBox.left, 'phone: the first entry right of the second').toBeGreaterThan(
      secondBox.right - 1,
    );

    // Desktop: the side bar on the right, the title against it, each entry's icon before
    // (right of) its words.
    await page.setViewportSize(DESKTOP);
    const side = await boxOf(nav);
    const desk = await textLayout(title);
    expect(desk.viewport - side.right, 'desktop: the side bar at the right edge').toBeLessThan(2);
    expect(side.left, 'desktop: the side bar right of the content').toBeGreaterThan(
      desk.viewport / 2,
    );
    expect(side.left - desk.right, 'desktop: the title against the side bar').toBeLessThan(48);
    expect(side.left - desk.right, 'desktop: the title left of the side bar').toBeGreaterThan(-1);
    expect(desk.left, 'desktop: room on the title’s left').toBeGreaterThan(side.left / 2);
    const deskGiven = await textLayout(given);
    expect(deskGiven.innerRight - deskGiven.right, 'desktop: heading to the right').toBeLessThan(6);
    const firstLink = navEntry(page, words, circleName);
    const icon = await boxOf(firstLink.locator('svg').first());
    const label = await boxOf(firstLink.locator('.nav-label'));
    expect(icon.left, 'desktop: an entry’s icon right of its words').toBeGreaterThan(
      label.right - 1,
    );
    await page.setViewportSize(PHONE);
  });

  it('switches from Spanish to Arabic in Settings at once; the account keeps it for another device', async () => {
    const spanish = byLocale('es').words;
    const arabic = byLocale('ar').words;
    const page = signedIn('es');
    const { me } = byLocale('es');
    await page.setViewportSize(PHONE);
    await navEntry(page, spanish, spanish['nav.more']).click();
    await titled(page, spanish['nav.more']);
    await page
      .getByRole('main')
      .getByRole('link', { name: spanish['settings.title'], exact: true })
      .click();
    await titled(page, spanish['settings.title']);
    expect(await htmlLangDir(page)).toEqual({ lang: 'es', dir: 'ltr' });

    // Marks this document: a reload would lose the mark.
    await page.evaluate(() => Object.assign(window, { sameDocument: true }));
    await page
      .getByRole('combobox', { name: spanish['language.label'], exact: true })
      .selectOption('ar');
    await titled(page, arabic['settings.title']);
    expect(await htmlLangDir(page)).toEqual({ lang: 'ar', dir: 'rtl' });
    expect(await page.evaluate(() => 'sameDocument' in window)).toBe(true);
    expect(
      await page
        .getByRole('combobox', { name: arabic['language.label'], exact: true })
        .inputValue(),
    ).toBe('ar');
    await expect.poll(async () => (await apiGet(page, server.url, '/api/me')).locale).toBe('ar');
    const found = [
      ...(await englishLeft(page, 'ar')).map((left) => `settings: ${left}`),
      ...(await axeViolations(page, 'settings (ar, switched from es)')),
    ];
    await screenshots(page, 'languages-ar-settings');

    // Another device, its browser in British English: signed in, it speaks the account's Arabic.
    const other = await (await newContext('en-GB')).newPage();
    await other.goto('/signin');
    await titled(other, ENGLISH['auth.signIn.title']);
    expect(await htmlLangDir(other)).toMatchObject({ lang: 'en' });
    expect(await other.evaluate(() => getComputedStyle(document.documentElement).direction)).toBe(
      'ltr',
    );
    await other.getByLabel(ENGLISH['auth.email'], { exact: true }).fill(me.email);
    await other.getByLabel(ENGLISH['auth.password'], { exact: true }).fill(PASSWORD);
    await other.getByRole('button', { name: ENGLISH['auth.signIn.submit'], exact: true }).click();
    await titled(other, arabic['home.title']);
    expect(await htmlLangDir(other)).toEqual({ lang: 'ar', dir: 'rtl' });
    expect(await other.evaluate(() => localStorage.getItem('recipro.locale'))).toBe('ar');
    found.push(...(await englishLeft(other, 'ar')).map((left) => `circles: ${left}`));
    expect(found).toEqual([]);
  });
});
