/**
 * The service worker shows a reminder that arrives by web push. These machines cannot reach a
 * real push service, so the push message is delivered through the DevTools protocol
 * (ServiceWorker.deliverPushMessage) to the worker of the built app, and the notifications it
 * shows are read back through `registration.getNotifications()`.
 */
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiGet, apiSignUp } from './api.ts';
import { launchBrowser, newPhoneContext, skipFullBrowser } from './browser.ts';
import { person } from './flows.ts';
import { startServer, type RunningServer } from './server.ts';

/** The notifications the app's service worker is showing now. */
const shownNotifications = (page: Page) =>
  page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    const notifications = await registration.getNotifications();
    return notifications.map((n) => ({
      title: n.title,
      body: n.body,
      url: (n.data as { url?: unknown } | null)?.url,
    }));
  });

describe.skipIf(skipFullBrowser)('push reminders in the service worker', () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let cdp: CDPSession;
  let registrationId = '';

  beforeAll(async () => {
    // The stand-in push manager below hands out an endpoint whose host name resolves nowhere
    // here: PUSH_ALLOW_PRIVATE lets the server save it without looking the name up.
    server = await startServer({ PUSH_ALLOW_PRIVATE: 'true' });
    browser = await launchBrowser({ full: true });
    context = await newPhoneContext(browser, server.url);
    await context.grantPermissions(['notifications'], { origin: server.url });
    await apiSignUp(context, server.url, person('Robin'));
    page = await context.newPage();
    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: 'Your circles' }).waitFor();
    // Wait until the worker is installed and active for the whole site.
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(scope).toBe(`${server.url}/`);

    cdp = await context.newCDPSession(page);
    const registrations = new Map<string, string>();
    const activated = new Set<string>();
    cdp.on('ServiceWorker.workerRegistrationUpdated', ({ registrations: updated }) => {
      for (const r of updated) if (!r.isDeleted) registrations.set(r.registrationId, r.scopeURL);
    });
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      for (const v of versions) if (v.status === 'activated') activated.add(v.registrationId);
    });
    await cdp.send('ServiceWorker.enable');
    const ours = () =>
      [...registrations].find(([id, url]) => url === `${server.url}/` && activated.has(id))?.[0];
    for (let tries = 0; !ours() && tries < 100; tries += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    registrationId = ours() ?? '';
    expect(registrationId).not.toBe('');
  });

  afterAll(async () => {
    await cdp?.detach().catch(() => undefined);
    await context?.close();
    await browser?.close();
    await server?.stop();
  });

  /**
   * Delivers `data` to the app's worker through DevTools and waits until a notification equal
   * to `expected` is shown. In a freshly started Chromium the first message delivered to a
   * just-activated worker is now and then dropped before it reaches the worker (seen once in a
   * CI run; the next delivery is always shown), so an unanswered delivery is repeated, up to
   * three times. A worker that does not show it still fails the test.
   */
  const deliverUntilShown = async (
    data: string,
    expected: { title: string; body: string; url: string },
  ) => {
    for (let attempt = 1; ; attempt += 1) {
      await cdp.send('ServiceWorker.deliverPushMessage', {
        origin: server.url,
        registrationId,
        data,
      });
      try {
        await expect
          .poll(() => shownNotifications(page), { timeout: 5_000 })
          .toContainEqual(expected);
        return;
      } catch (error) {
        if (attempt === 3) throw error;
      }
    }
  };

  it('shows a reminder with its title and body, keeping the address to open', async () => {
    await deliverUntilShown(
      JSON.stringify({
        title: 'Time for your two-minute appreciation',
        body: 'Alex & Sam · 19:00',
        url: '/circles/abc/rituals',
      }),
      {
        title: 'Time for your two-minute appreciation',
        body: 'Alex & Sam · 19:00',
        url: `${server.url}/circles/abc/rituals`,
      },
    );
  });

  it('shows something gentle for a message that is not JSON, and never opens another site', async () => {
    await deliverUntilShown('A plain reminder', {
      title: 'recipro',
      body: 'A plain reminder',
      url: `${server.url}/`,
    });
    await deliverUntilShown(
      JSON.stringify({ title: 'Elsewhere', body: '', url: 'https://example.test/x' }),
      { title: 'Elsewhere', body: '', url: `${server.url}/` },
    );
  });

  /** The addresses of Robin's push subscriptions, as the server knows them. */
  const serverEndpoints = async (page: Page) => {
    const { subscriptions } = await apiGet(page, server.url, '/api/me/push-subscriptions');
    return subscriptions.map((s) => s.endpoint);
  };
  const ENDPOINT = 'https://push.example.test/send/abc123';
  let subscriber: Page;

  it('turns on push from the reminders page: key, subscription, saved on the server', async () => {
    // No push service is reachable here: the browser's push manager is stood in for, recording
    // the key it was given and answering with a subscription in the standard shape, which it
    // keeps for this tab (across reloads) until it is unsubscribed.
    subscriber = await context.newPage();
    await subscriber.addInitScript((endpoint: string) => {
      const calls: { userVisibleOnly: boolean; keyLength: number }[] = [];
      const record = window as unknown as { pushCalls: typeof calls; unsubscribed: number };
      record.pushCalls = calls;
      record.unsubscribed = 0;
      const json = {
        endpoint,
        expirationTime: null,
        keys: {
          p256dh:
            'BNcRdreALRFXTkOOUHK1EtK2wtaz5Ry4YfYCA_0QTpQtUbVlUls0VJXg7A8u-Ts1XbjhazAkj7I99e8QcYP7DkM',
          auth: 'tBHItJI5svbpez7KI4CCXg',
        },
      };
      const subscription = () =>
        ({
          ...json,
          toJSON: () => json,
          unsubscribe: () => {
            sessionStorage.removeItem('test-push-subscribed');
            record.unsubscribed += 1;
            return Promise.resolve(true);
          },
        }) as unknown as PushSubscription;
      PushManager.prototype.getSubscription = () =>
        Promise.resolve(sessionStorage.getItem('test-push-subscribed') ? subscription() : null);
      PushManager.prototype.subscribe = (options?: PushSubscriptionOptionsInit) => {
        const key = options?.applicationServerKey as Uint8Array | undefined;
        calls.push({
          userVisibleOnly: options?.userVisibleOnly === true,
          keyLength: key?.length ?? 0,
        });
        sessionStorage.setItem('test-push-subscribed', '1');
        return Promise.resolve(subscription());
      };
    }, ENDPOINT);
    await subscriber.goto('/reminders');
    await subscriber.getByRole('heading', { level: 1, name: 'Reminders' }).waitFor();
    const saved = subscriber.waitForResponse(
      (response) =>
        response.url().endsWith('/api/me/push-subscriptions') &&
        response.request().method() === 'POST',
    );
    await subscriber.getByRole('button', { name: 'Turn on reminders on this device' }).click();
    expect((await saved).status()).toBe(201);
    await subscriber
      .getByRole('status')
      .filter({ hasText: 'This device will show your reminders.' })
      .waitFor();
    const calls = await subscriber.evaluate(
      () => (window as unknown as { pushCalls: unknown[] }).pushCalls,
    );
    // An uncompressed P-256 public key, as the server's VAPID key decodes to.
    expect(calls).toEqual([{ userVisibleOnly: true, keyLength: 65 }]);
    expect(
      await subscriber
        .getByRole('switch', { name: 'By push, on each device where you turn reminders on' })
        .isChecked(),
    ).toBe(true);
    expect(await serverEndpoints(subscriber)).toEqual([ENDPOINT]);
    // Now on, the panel offers to turn it off instead.
    await subscriber.getByRole('button', { name: 'Turn off on this device' }).waitFor();
    // A test reminder goes to this device, the one that subscribed.
    await subscriber.getByRole('button', { name: 'Send me a test reminder' }).click();
    await subscriber
      .getByRole('status')
      .filter({ hasText: 'Push: on its way to 1 device.' })
      .waitFor();
    expect(
      await subscriber.getByRole('button', { name: 'Turn on reminders on this device' }).count(),
    ).toBe(0);
  });

  it('turns push off on this device: the server forgets it, the browser unsubscribes', async () => {
    // Coming back later, the panel reads this browser's own subscription.
    await subscriber.reload();
    await subscriber.getByRole('heading', { level: 1, name: 'Reminders' }).waitFor();
    const panel = subscriber.locator('section').filter({
      has: subscriber.getByRole('heading', { name: 'Reminders on this device' }),
    });
    await panel.getByText('This device shows your reminders.').waitFor();
    const turnOff = panel.getByRole('button', { name: 'Turn off on this device' });

    // When the server cannot be reached, nothing changes and the panel says so.
    await subscriber.route('**/api/me/push-subscriptions?*', (route) => route.abort());
    await turnOff.click();
    await panel
      .getByRole('alert')
      .filter({ hasText: 'We could not turn off reminders on this device.' })
      .waitFor();
    await subscriber.unroute('**/api/me/push-subscriptions?*');
    expect(await serverEndpoints(subscriber)).toEqual([ENDPOINT]);
    expect(
      await subscriber.evaluate(() => (window as unknown as { unsubscribed: number }).unsubscribed),
    ).toBe(0);

    // With the keyboard, this time it works.
    const forgotten = subscriber.waitForResponse(
      (response) =>
        response.url().includes('/api/me/push-subscriptions?endpoint=') &&
        response.request().method() === 'DELETE',
    );
    await turnOff.focus();
    await subscriber.keyboard.press('Enter');
    expect((await forgotten).status()).toBe(204);
    await panel
      .getByRole('status')
      .filter({ hasText: 'Reminders are off on this device.' })
      .waitFor();
    expect(await panel.getByRole('alert').innerText()).toBe('');
    expect(
      await subscriber.evaluate(() => (window as unknown as { unsubscribed: number }).unsubscribed),
    ).toBe(1);
    expect(await serverEndpoints(subscriber)).toEqual([]);
    await panel.getByRole('button', { name: 'Turn on reminders on this device' }).waitFor();
    await panel.getByText('This device does not show reminders yet.').waitFor();
    expect(await turnOff.count()).toBe(0);
    expect(await panel.getByText('This device shows your reminders.').count()).toBe(0);

    // And it stays off when the page is opened again.
    await subscriber.reload();
    await subscriber.getByRole('button', { name: 'Turn on reminders on this device' }).waitFor();
    expect(await subscriber.getByRole('button', { name: 'Turn off on this device' }).count()).toBe(
      0,
    );
    await subscriber.close();
  });
});
