import type { EpochMs } from './model.ts';

/** How long a check-in without a period stays open before its opener may close it early. */
export const EARLY_CLOSE_AFTER_MS = 24 * 60 * 60 * 1000;

/**
 * The instant from which a check-in or values conversation may be closed before everyone has
 * answered: the end of its period when it has one, otherwise a day after it opened.
 */
export const closableFrom = (openedAt: EpochMs, periodEndsAt: EpochMs | null): EpochMs =>
  periodEndsAt ?? openedAt + EARLY_CLOSE_AFTER_MS;

/** Who is asking to close, as far as the rule cares. */
export interface Closer {
  /** Whether the member asking is the one who opened it. */
  readonly byOpener: boolean;
  /** Whether the member who opened it has since left the circle (or was removed from it). */
  readonly openerLeft: boolean;
  /** Whether the member asking was in the circle when it opened. */
  readonly askerThereAtOpening: boolean;
}

/**
 * Whether this member may close it early at all (when is `decideClose`'s business): its opener,
 * or, once the opener has left the circle, any member who was there when it opened, so that a
 * check-in nobody can close does not wait for ever.
 */
export const mayClose = (closer: Closer): boolean =>
  closer.byOpener || (closer.openerLeft && closer.askerThereAtOpening);

export interface CloseFacts extends Closer {
  readonly openedAt: EpochMs;
  /** The end of its period, or null when it has none. */
  readonly periodEndsAt: EpochMs | null;
  readonly memberCount: number;
  readonly answeredCount: number;
  readonly now: EpochMs;
}

export type CloseDecision =
  { readonly ok: true } | { readonly ok: false; readonly reason: 'not_opener' | 'waiting' };

/**
 * Who may close, and when: the member who opened it, or once they have left, any member who was
 * there when it opened (`mayClose`); once everyone has answered at any time, and before that only
 * after its period (it waits for the others until then). Closing shows answers only to those who
 * answered: that is the reveal rule's business (`isRevealedTo`), not the closer's.
 */
export function decideClose(facts: CloseFacts): CloseDecision {
  if (!mayClose(facts)) return { ok: false, reason: 'not_opener' };
  if (facts.answeredCount >= facts.memberCount) return { ok: true };
  if (facts.now < closableFrom(facts.openedAt, facts.periodEndsAt))
    return { ok: false, reason: 'waiting' };
  return { ok: true };
}
