import type { EpochMs } from './model.ts';

/** How long a check-in without a period stays open before its opener may close it early. */
export const EARLY_CLOSE_AFTER_MS = 24 * 60 * 60 * 1000;

/**
 * The instant from which a check-in or values conversation may be closed before everyone has
 * answered: the end of its period when it has one, otherwise a day after it opened.
 */
export const closableFrom = (openedAt: EpochMs, periodEndsAt: EpochMs | null): EpochMs =>
  periodEndsAt ?? openedAt + EARLY_CLOSE_AFTER_MS;

export interface CloseFacts {
  /** Whether the member asking is the one who opened it. */
  readonly byOpener: boolean;
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
 * Who may close, and when: only the member who opened it; once everyone has answered at any
 * time, and before that only after its period (it waits for the others until then).
 */
export function decideClose(facts: CloseFacts): CloseDecision {
  if (!facts.byOpener) return { ok: false, reason: 'not_opener' };
  if (facts.answeredCount >= facts.memberCount) return { ok: true };
  if (facts.now < closableFrom(facts.openedAt, facts.periodEndsAt))
    return { ok: false, reason: 'waiting' };
  return { ok: true };
}
