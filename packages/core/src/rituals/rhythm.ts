/**
 * A ritual's gentle rhythm: how many of its recent occurrences were completed. It never counts
 * a "streak broken": a missed day is not a broken promise, only fewer ticks in the window.
 */
export interface RitualRhythm {
  /** Occurrences in the window that were completed. */
  readonly done: number;
  /** Occurrences in the window. */
  readonly of: number;
  /** Completed occurrences in a row, counting back from the latest (0 is said kindly, never as "broken"). */
  readonly recentRun: number;
}

/**
 * `occurrences` are the past instants the ritual was due (oldest first); an occurrence counts as
 * done when a completion falls within `graceMs` after it (or before it, the same day's early start).
 */
export function ritualRhythm(
  occurrences: readonly number[],
  completions: readonly number[],
  graceMs: number,
): RitualRhythm {
  const done = occurrences.map((at) =>
    completions.some((c) => c >= at - graceMs && c < at + graceMs),
  );
  let recentRun = 0;
  for (let i = done.length - 1; i >= 0 && done[i]; i -= 1) recentRun += 1;
  return { done: done.filter(Boolean).length, of: occurrences.length, recentRun };
}
