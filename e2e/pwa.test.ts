/** The installable, offline-capable shell: manifest, service worker, and no cached API data. */
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiSignUp } from './api.ts';
import { launchBrowser, newPhoneContext, skipBrowserTier } from './browser.ts';
import { person } from './flows.ts';
import { startServer, type RunningServer } from './server.ts';

describe.skipIf(skipBrowserTier)('progressive web app', () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    context = await newPhoneContext(browser, server.url);
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
  });

  it('links a web manifest with a name, a theme colour and icons', async () => {
    const page = await context.newPage();
    await page.goto('/');
    const href = await page.locator('link[rel=manifest]').getAttribute('href');
    expect(href).toBeTruthy();
    const response = await page.request.get(new URL(href!, server.url).toString());
    expect(response.ok()).toBe(true);
    const manifest = (await response.json()) as Record<string, unknown>;
    expect(manifest).toMatchObject({ name: 'recipro', start_url: '/', display: 'standalone' });
    expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
    const icons = manifest.icons as { src: string }[];
    expect(icons.length).toBeGreaterThan(0);
    for (const icon of icons) {
      const fetched = await page.request.get(new URL(icon.src, server.url).toString());
      expect(fetched.ok(), icon.src).toBe(true);
    }
    await page.close();
  });

  it('caches the app shell, never the API, and opens offline', async () => {
    await apiSignUp(context, server.url, person('Robin'));
    const page = await context.newPage();
    await page.goto('/');
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(scope).toBe(`${server.url}/`);
    // Under the worker's control, use the API a little, then look into every cache.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Your circles' }).waitFor();
    const cached = await page.evaluate(async () => {
      const urls: string[] = [];
      for (const name of await caches.keys()) {
        const cache = await caches.open(name);
        for (const request of await cache.keys()) urls.push(new URL(request.url).pathname);
      }
      return urls;
    });
    expect(cached).toContain('/');
    expect(cached.some((path) => path.startsWith('/assets/'))).toBe(true);
    expect(cached.filter((path) => path.startsWith('/api'))).toEqual([]);

    await context.setOffline(true);
    try {
      await page.reload();
      await page.getByRole('heading', { level: 1, name: 'You are offline' }).waitFor();
    } finally {
      await context.setOffline(false);
    }
    await page.getByRole('button', { name: 'Try again' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your circles' }).waitFor();
  });
});
