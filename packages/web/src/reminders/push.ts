/**
 * Turning on web push in this browser: permission, the service worker's push manager, the
 * server's VAPID key, then the subscription saved on the server.
 */
import { getPushPublicKey, savePushSubscription } from '../api-load.ts';

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
