/**
 * The updates on screen, as pages arrive: older pages appended, the newest page laid over what is
 * shown, and read marks set here before the server's answer comes back.
 */
import type { Update, UpdatesPage } from '../api-updates.ts';
import { isUnread } from './text.ts';

export interface Shown {
  readonly updates: readonly Update[];
  readonly next: string | null;
}

/** `page` after `shown`, without an update twice (one made while paging may shift a page). */
export function append(shown: Shown, page: UpdatesPage): Shown {
  const seen = new Set(shown.updates.map((u) => u.id));
  return {
    updates: [...shown.updates, ...page.updates.filter((u) => !seen.has(u.id))],
    next: page.next,
  };
}

/**
 * The newest page over what is shown: updates made since on top, and the shown ones as the
 * server has them now. When none of the page was shown before, there may be a gap between it and
 * the shown ones, so the page alone is shown and older pages are asked for again.
 */
export function newestOver(shown: Shown | undefined, page: UpdatesPage): Shown {
  const seen = new Set(shown?.updates.map((u) => u.id));
  const fresh = page.updates.filter((u) => !seen.has(u.id));
  if (!shown || fresh.length === page.updates.length) {
    return { updates: page.updates, next: page.next };
  }
  const now = new Map(page.updates.map((u) => [u.id, u]));
  return {
    updates: [...fresh, ...shown.updates.map((u) => now.get(u.id) ?? u)],
    next: shown.next,
  };
}

/** `updates` with those `which` picks marked read at `at` (already read ones keep their time). */
export const markRead = (updates: readonly Update[], which: (u: Update) => boolean, at: string) =>
  updates.map((u) => (isUnread(u) && which(u) ? { ...u, readAt: at } : u));
