/**
 * Turning web push on and off in this browser. On: permission, the service worker's push
 * manager, the server's VAPID key, then the subscription saved on the server. Off: the server
 * forgets the subscription, then the browser ends it.
 */
import { deletePushSubscription, getPushPublicKey, savePushSubscription } from '../api-load.ts';

export type PushOutcome = 'on' | 'unsupported' | 'denied';

export const pushSupported = (): boolean =>
  typeof window !== 'undefined' &&
  'serviceWorker' in navigator &&
  'PushManager' in window &&
  'Notification' in window;

/** A base64url VAPID key as the bytes `pushManager.subscribe` expects. */
export function keyBytes(base64url: string): Uint8Array<ArrayBuffer> {
  const base64 = base64url.replaceAll('-', '+').replaceAll('_', '/');
  const padded = base64 + '='.repeat((4 - (base64.length % 4)) % 4);
  const binary = atob(padded);
  const bytes = new Uint8Array(new ArrayBuffer(binary.length));
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

const WORKER_WAIT_MS = 10_000;

/** The active service worker registration, or undefined when none comes in good time. */
async function readyRegistration(): Promise<ServiceWorkerRegistration | undefined> {
  const timeout = new Promise<undefined>((resolve) => setTimeout(resolve, WORKER_WAIT_MS));
  return Promise.race([navigator.serviceWorker.ready, timeout]);
}

/** Asks for permission and subscribes this browser; throws when the server or browser fails. */
export async function turnOnPush(): Promise<PushOutcome> {
  if (!pushSupported()) return 'unsupported';
  const permission = await Notification.requestPermission();
  if (permission !== 'granted') return 'denied';
  const registration = await readyRegistration();
  if (!registration) return 'unsupported';
  const publicKey = await getPushPublicKey();
  const subscription =
    (await registration.pushManager.getSubscription()) ??
    (await registration.pushManager.subscribe({
      userVisibleOnly: true,
      applicationServerKey: keyBytes(publicKey),
    }));
  await savePushSubscription(subscription.toJSON());
  return 'on';
}

/** This browser's push subscription for recipro, or null when it has none (or no push at all). */
export async function currentPushSubscription(): Promise<PushSubscription | null> {
  if (!pushSupported()) return null;
  const registration = await readyRegistration();
  return (await registration?.pushManager.getSubscription()) ?? null;
}

/**
 * Turns push off on this device: the server forgets this browser's subscription first (so no
 * reminder is sent to it even if the browser cannot end it), then the browser unsubscribes.
 * Throws when either fails; the server's forgetting can be tried again, it changes nothing twice.
 */
export async function turnOffPush(): Promise<void> {
  const subscription = await currentPushSubscription();
  if (!subscription) return;
  await deletePushSubscription(subscription.endpoint);
  if (!(await subscription.unsubscribe())) throw new Error('the browser kept its subscription');
}
