/**
 * How many updates the signed-in person has not read yet, shared by the bell in the header and
 * the Updates screen. The bell asks the server now and then (`refreshUnread`); the screen sets
 * the count from its own answers (`setUnread`), which always wins over an older question still
 * on its way.
 */
import { useSyncExternalStore } from 'react';
import { listUpdates } from '../api-updates.ts';

let unread: number | undefined;
/** Counts every change of `unread`: an answer to a question asked before a change is stale. */
let changes = 0;
let asking: Promise<void> | undefined;
const listeners = new Set<() => void>();

function change(next: number | undefined): void {
  changes += 1;
  if (next === unread) return;
  unread = next;
  for (const listener of listeners) listener();
}

/** Records the unread count an answer from the server carried. */
export const setUnread = (count: number): void => change(count);

/** Forgets the count (on signing out), so the next person never sees the last one's. */
export const forgetUnread = (): void => change(undefined);

/**
 * Asks the server for the unread count. Questions asked while one is on its way share it; a
 * failure keeps the count on screen (the next refresh tries again).
 */
export function refreshUnread(): Promise<void> {
  if (asking) return asking;
  const asked = changes;
  asking = listUpdates({ limit: 1 })
    .then(
      (page) => {
        if (changes === asked) change(page.unread);
      },
      () => undefined,
    )
    .finally(() => {
      asking = undefined;
    });
  return asking;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The unread count as last heard, or undefined before any answer. */
export const currentUnread = (): number | undefined => unread;

/** The unread count, or undefined until the server has answered; re-renders when it changes. */
export function useUnread(): number | undefined {
  return useSyncExternalStore(subscribe, currentUnread);
}
