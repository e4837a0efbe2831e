/**
 * The accessibility check every browser test relies on finds what it should: a page with an
 * unnamed image, an unlabelled field and faint text gives violations — every rule in the light
 * scheme, the colour rules again in the dark one (where only the dark styles are faint); the
 * same page made right gives none.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe.ts';
import { launchBrowser, skipBrowserTier } from './browser.ts';

const page = (body: string, style = '') => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Check</title><style>${style}</style></head>
<body><main><h1>Check</h1>${body}</main></body></html>`;

describe.skipIf(skipBrowserTier)('the accessibility check', () => {
  let browser: Browser;
  let tab: Page;
  beforeAll(async () => {
    browser = await launchBrowser();
    tab = await browser.newPage();
  });
  afterAll(async () => browser?.close());

  it('names an unnamed image and an unlabelled field, once: the dark pass reads colours only', async () => {
    await tab.setContent(page('<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><input>'));
    const found = await axeViolations(tab, 'bad');
    expect(found.some((line) => line.startsWith('bad (light): image-alt'))).toBe(true);
    expect(found.some((line) => line.startsWith('bad (light): label'))).toBe(true);
    expect(found.filter((line) => line.startsWith('bad (dark)'))).toEqual([]);
  });

  it('finds faint text only where the scheme makes it faint', async () => {
    const faintInDark =
      '@media (prefers-color-scheme: dark) { p { color: #333; background: #222 } }';
    await tab.setContent(page('<p>Some words.</p>', faintInDark));
    const found = await axeViolations(tab, 'faint');
    expect(
      found.filter((line) => line.includes('color-contrast')).map((l) => l.split(':')[0]),
    ).toEqual(['faint (dark)']);
  });

  it('finds nothing on a page made right', async () => {
    await tab.setContent(
      page(
        '<img alt="A dot" src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><label>Name <input></label>',
      ),
    );
    await expect(axeViolations(tab, 'good')).resolves.toEqual([]);
  });
});
