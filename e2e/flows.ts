/** Steps a person takes in the app, written the way they would do them: by labels and names. */
import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';

export const PASSWORD = 'a calm password';

export interface Person {
  readonly name: string;
  readonly email: string;
}

export const person = (name: string): Person => ({
  name,
  email: `${name.toLowerCase()}-${randomUUID().slice(0, 8)}@example.test`,
});

/** Fills the sign-up form on the current page and submits it. */
export async function fillSignUp(page: Page, who: Person): Promise<void> {
  await page.getByLabel('Your name').fill(who.name);
  await page.getByLabel('Email').fill(who.email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Create account' }).click();
}

export async function createCircle(page: Page, name: string, kind: string): Promise<void> {
  await page.getByLabel('Circle name').fill(name);
  await page.getByRole('radio', { name: kind }).check();
  await page.getByRole('button', { name: 'Create circle' }).click();
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

/** Logs an act with one tap; effort and note, when given, go through "More" first. */
export async function logCare(
  page: Page,
  form: string,
  extra: { effort?: string; note?: string } = {},
): Promise<void> {
  if (extra.effort || extra.note) {
    const more = page.getByText('More: effort and a note');
    const details = page.locator('details.more');
    if (!(await details.evaluate((el) => (el as HTMLDetailsElement).open))) await more.click();
    if (extra.effort) await page.getByRole('radio', { name: extra.effort }).check();
    if (extra.note) await page.getByLabel('Note').fill(extra.note);
  }
  await page.getByRole('button', { name: form, exact: true }).click();
  await page
    .getByRole('status')
    .filter({ hasText: `Logged: ${form}` })
    .waitFor();
}

/** The text of a section of the circle screen, found by its heading. */
export const section = (page: Page, heading: string) =>
  page.locator('section').filter({ has: page.getByRole('heading', { name: heading }) });

/**
 * Opens the navigation's entry named `name` as a person would: from the bar (or the side bar)
 * when it is there, otherwise through "More" on a phone. Waits for the page of that title.
 */
export async function openFromNav(page: Page, name: string, title = name): Promise<void> {
  const nav = page.getByRole('navigation', { name: 'Main' });
  const entry = nav.getByRole('link', { name, exact: true });
  if (await entry.isVisible()) {
    await entry.click();
  } else {
    await nav.getByRole('link', { name: 'More', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'More' }).waitFor();
    await page.getByRole('main').getByRole('link', { name, exact: true }).click();
  }
  await page.getByRole('heading', { level: 1, name: title, exact: true }).waitFor();
}

/** Signs out from Settings, where a phone keeps it. */
export async function signOutInSettings(page: Page): Promise<void> {
  await openFromNav(page, 'Settings');
  await page.getByRole('main').getByRole('button', { name: 'Sign out', exact: true }).click();
}
