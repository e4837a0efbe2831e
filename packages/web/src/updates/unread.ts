/**
 * How many updates the signed-in person has not read yet, shared by the bell in the header and
 * the Updates screen. Answers to questions ("how many are unread?") can arrive out of order with
 * the answers to marking updates read; an answer to a question asked before something was
 * marked read is stale and is not heard.
 */
import { useSyncExternalStore } from 'react';
import { listUpdates } from '../api-updates.ts';

let unread: number | undefined;
/** Counts the answers to marking read: a question asked under an older count is stale. */
let marks = 0;
let asking: Promise<void> | undefined;
const listeners = new Set<() => void>();

function change(next: number | undefined): void {
  if (next === unread) return;
  unread = next;
  for (const listener of listeners) listener();
}

/** Call just before asking the server anything that answers the unread count. */
export const askToken = (): number => marks;

/**
 * Records the count an answer carried, unless something was marked read since its question was
 * asked (`token` from askToken). Answers whether it was heard.
 */
export function heard(count: number, token: number): boolean {
  if (token !== marks) return false;
  change(count);
  return true;
}

/** Records the count the answer to marking updates read carried. */
export function markedRead(count: number): void {
  marks += 1;
  change(count);
}

/** Forgets the count (on signing out), so the next person never sees the last one's. */
export function forgetUnread(): void {
  marks += 1;
  change(undefined);
}

/**
 * Asks the server for the unread count. Callers while a question is on its way share it; a
 * failure keeps the count on screen (the next refresh tries again).
 */
export function refreshUnread(): Promise<void> {
  if (asking) return asking;
  const token = askToken();
  asking = listUpdates({ limit: 1 })
    .then(
      (page) => void heard(page.unread, token),
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
