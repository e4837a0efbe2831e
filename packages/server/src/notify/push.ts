import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import webpush from 'web-push';
import type {
  PushSubscription,
  PushSubscriptionsRepository,
} from '../repositories/push-subscriptions.ts';
import { PushTargetRefused, type PushTarget, type PushTargets } from './push-target.ts';

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

/**
 * The subscription is to be forgotten: the push service answered that it no longer exists
 * (404/410), or its address is not one this server sends to (any more).
 */
export class SubscriptionGone extends Error {}

/** How long a push service has to answer. */
const SEND_TIMEOUT_MS = 15_000;

/** Makes a new VAPID key pair (done once per installation; kept in the database). */
export const generateVapidKeys = (): VapidKeys => webpush.generateVAPIDKeys();

/**
 * Sends web-push messages: web-push encrypts the payload (aes128gcm) and signs the VAPID
 * header, and the request is sent here, to the address `PushTargets` checked just before (the
 * connection's lookup is pinned to it), following no redirect. Any push service works,
 * including a local one in tests (with PUSH_ALLOW_PRIVATE).
 */
export class PushSender {
  constructor(
    private readonly keys: VapidKeys,
    private readonly subject: string,
    private readonly targets: PushTargets,
  ) {}

  async send(subscription: PushSubscription, message: PushMessage): Promise<void> {
    let target: PushTarget;
    try {
      target = await this.targets.target(subscription.endpoint);
    } catch (error) {
      if (error instanceof PushTargetRefused)
        throw new SubscriptionGone(`push endpoint refused: ${error.message}`, { cause: error });
      throw error;
    }
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
    const status = await request(target, details.method, headers, details.body);
    if (status === 404 || status === 410)
      throw new SubscriptionGone(`push subscription gone (${status})`);
    // A redirect (3xx) is a failed send: it is not followed.
    if (status < 200 || status > 299) throw new Error(`push service answered ${status}`);
  }
}

/** One request to the checked address only, on a connection of its own; resolves with the status. */
function request(
  target: PushTarget,
  method: string,
  headers: Record<string, string>,
  body: Buffer | null,
): Promise<number> {
  const lookup: LookupFunction = (_hostname, options, callback) => {
    if (options.all) callback(null, [{ address: target.address, family: target.family }]);
    else callback(null, target.address, target.family);
  };
  const send = target.url.protocol === 'https:' ? https.request : http.request;
  return new Promise((resolve, reject) => {
    const outgoing = send(
      target.url,
      { method, headers, lookup, agent: false, signal: AbortSignal.timeout(SEND_TIMEOUT_MS) },
      (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode ?? 0));
        response.on('error', reject);
      },
    );
    outgoing.on('error', reject);
    outgoing.end(body ?? undefined);
  });
}

/**
 * Sends one message to every device of a person. A device whose subscription is gone is
 * forgotten; any other failure is thrown after the rest were tried (the caller retries). A
 * person without devices is sent nothing, which is not a failure.
 */
export async function pushToDevices(
  subscriptions: Pick<PushSubscriptionsRepository, 'forUser' | 'forget'>,
  sender: () => Promise<PushSender>,
  userId: string,
  message: PushMessage,
): Promise<void> {
  const targets = await subscriptions.forUser(userId);
  if (targets.length === 0) return;
  const push = await sender();
  let failure: unknown = null;
  for (const subscription of targets) {
    try {
      await push.send(subscription, message);
    } catch (error) {
      if (error instanceof SubscriptionGone) await subscriptions.forget(subscription.endpoint);
      else failure = error;
    }
  }
  if (failure) throw failure;
}
