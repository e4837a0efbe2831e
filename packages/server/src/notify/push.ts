import webpush from 'web-push';
import type { PushSubscription } from '../repositories/push-subscriptions.ts';

export interface PushMessage {
  readonly title: string;
  readonly body: string;
  /** Where a tap on the notification leads, within the app. */
  readonly url: string;
}

export interface VapidKeys {
  readonly publicKey: string;
  readonly privateKey: string;
}

/** The push service answered that the subscription no longer exists (404/410): forget it. */
export class SubscriptionGone extends Error {}

/** Makes a new VAPID key pair (done once per installation; kept in the database). */
export const generateVapidKeys = (): VapidKeys => webpush.generateVAPIDKeys();

/**
 * Sends web-push messages: web-push encrypts the payload (aes128gcm) and signs the VAPID
 * header, and the request is sent here with fetch, so any push service URL works, including a
 * local one in tests.
 */
export class PushSender {
  constructor(
    private readonly keys: VapidKeys,
    private readonly subject: string,
  ) {}

  async send(subscription: PushSubscription, message: PushMessage): Promise<void> {
    const details = webpush.generateRequestDetails(subscription, JSON.stringify(message), {
      vapidDetails: {
        subject: this.subject,
        publicKey: this.keys.publicKey,
        privateKey: this.keys.privateKey,
      },
      TTL: 60 * 60,
      contentEncoding: 'aes128gcm',
    });
    const headers = Object.fromEntries(
      Object.entries(details.headers).map(([k, v]) => [k, String(v)]),
    );
    const response = await fetch(details.endpoint, {
      method: details.method,
      headers,
      body: details.body ? new Uint8Array(details.body) : null,
      signal: AbortSignal.timeout(15_000),
    });
    if (response.status === 404 || response.status === 410)
      throw new SubscriptionGone(`push subscription gone (${response.status})`);
    if (!response.ok) throw new Error(`push service answered ${response.status}`);
  }
}
