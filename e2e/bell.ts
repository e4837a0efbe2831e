/** The updates bell in the header, as the browser tests find and wake it. */
import type { Page } from 'playwright-core';

/** The bell, found by the name it has when `unread` updates wait. */
export const bell = (page: Page, unread: number) =>
  page.getByRole('link', {
    name: unread === 0 ? 'Updates, nothing unread' : `Updates, ${unread} unread`,
    exact: true,
  });

/** What the browser does when the person comes back to the window (the bell asks again). */
export const regainFocus = (page: Page) =>
  page.evaluate(() => window.dispatchEvent(new Event('focus')));
