import type { EpochMs } from './model.ts';

export const DAY_MS = 86_400_000;

/** A half-open interval of time [from, to). */
export interface TimeWindow {
  readonly from: EpochMs;
  readonly to: EpochMs;
}

/** The `days` days that end at `now` (exclusive of `now` itself being the upper bound). */
export const lastDays = (now: EpochMs, days: number): TimeWindow => ({
  from: now - days * DAY_MS,
  to: now,
});

export const inWindow = (at: EpochMs, window: TimeWindow): boolean =>
  at >= window.from && at < window.to;
