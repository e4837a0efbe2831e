import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPushService } from '../../test/support/push-service.ts';
import { PushSender, SubscriptionGone, generateVapidKeys } from './push.ts';
import { PushTargets, type Lookup } from './push-target.ts';

const message = { title: 'Tea', body: 'Time for tea.', url: '/' };

/**
 * The sender against a push service on this machine. Host names used here exist in no DNS:
 * each test's resolver says where they lead, and the sender must connect where it said.
 */
describe('PushSender', () => {
  let push: Awaited<ReturnType<typeof startPushService>>;
  const keys = generateVapidKeys();
  beforeAll(async () => {
    push = await startPushService();
  });
  afterAll(async () => push?.close());

  /** A subscription of the local service, addressed by `host` instead of 127.0.0.1. */
  const subscriptionAt = (host: string) => {
    const s = push.subscription();
    return { ...s, endpoint: s.endpoint.replace('127.0.0.1', host) };
  };

  it('connects to the address its lookup gave, never looking the name up again', async () => {
    const lookup: Lookup = async (host) =>
      host === 'push.pinned.test' ? [{ address: '127.0.0.1', family: 4 }] : [];
    const sender = new PushSender(
      keys,
      'mailto:a@example.test',
      new PushTargets({ allowPrivate: true, lookup }),
    );
    const subscription = subscriptionAt('push.pinned.test');
    await sender.send(subscription, message);
    const got = push.received.filter((r) => subscription.endpoint.endsWith(r.path));
    expect(got.map((r) => r.message)).toEqual([message]);
    expect(got[0]!.headers.host).toMatch(/^push\.pinned\.test:\d+$/);
  });

  it('checks again at each send: a name that now leads inside is refused, and nothing is sent', async () => {
    // Public when the subscription was saved, this machine when the reminder goes out.
    const answers = ['8.8.8.8', '127.0.0.1'];
    const lookup: Lookup = async () => [{ address: answers.shift() ?? '127.0.0.1', family: 4 }];
    const targets = new PushTargets({ allowPrivate: false, lookup });
    const sender = new PushSender(keys, 'mailto:a@example.test', targets);
    const before = push.requests;
    // Only https: is taken: the address it would connect to is checked before any connection.
    const subscription = subscriptionAt('push.rebinding.test');
    const endpoint = subscription.endpoint.replace('http:', 'https:');
    await targets.check(endpoint);
    await expect(sender.send({ ...subscription, endpoint }, message)).rejects.toBeInstanceOf(
      SubscriptionGone,
    );
    expect(push.requests).toBe(before);
  });

  it('does not follow a redirect: a 3xx is a failed send', async () => {
    const sender = new PushSender(
      keys,
      'mailto:a@example.test',
      new PushTargets({ allowPrivate: true }),
    );
    const moved = push.subscription();
    const elsewhere = push.subscription();
    push.redirect(moved.endpoint, elsewhere.endpoint);
    await expect(sender.send(moved, message)).rejects.toThrow('push service answered 307');
    expect(push.received.filter((r) => elsewhere.endpoint.endsWith(r.path))).toEqual([]);
  });

  it('sends nothing to a local push service unless private addresses are allowed', async () => {
    const sender = new PushSender(
      keys,
      'mailto:a@example.test',
      new PushTargets({ allowPrivate: false }),
    );
    const before = push.requests;
    for (const endpoint of [
      push.subscription().endpoint,
      push.subscription().endpoint.replace('127.0.0.1', 'localhost'),
    ]) {
      await expect(
        sender.send({ ...push.subscription(), endpoint }, message),
      ).rejects.toBeInstanceOf(SubscriptionGone);
    }
    expect(push.requests).toBe(before);
  });
});
