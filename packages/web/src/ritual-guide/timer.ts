/**
 * A gentle timer as plain data: how long it runs, when it last started, how much ran before.
 * Time is always an argument, so the rules are tested without waiting; the component reads the
 * clock. It never rings: at the end it simply stops, and the screen says so politely.
 */

export interface TimerState {
  readonly totalMs: number;
  /** When it was last started or resumed; null while it is not running. */
  readonly runningSince: number | null;
  /** Time run before `runningSince` (the sum of earlier runs). */
  readonly ranMs: number;
}

export const newTimer = (minutes: number): TimerState => ({
  totalMs: minutes * 60_000,
  runningSince: null,
  ranMs: 0,
});

export const isRunning = (timer: TimerState): boolean => timer.runningSince !== null;

export const elapsedMs = (timer: TimerState, now: number): number =>
  Math.min(
    timer.totalMs,
    timer.ranMs + (timer.runningSince === null ? 0 : Math.max(0, now - timer.runningSince)),
  );

export const remainingMs = (timer: TimerState, now: number): number =>
  timer.totalMs - elapsedMs(timer, now);

export const hasEnded = (timer: TimerState, now: number): boolean => remainingMs(timer, now) === 0;

/** Starts or resumes it; a timer already running or already at its end is left as it is. */
export const start = (timer: TimerState, now: number): TimerState =>
  isRunning(timer) || hasEnded(timer, now) ? timer : { ...timer, runningSince: now };

/** Pauses it, keeping the time run so far (a timer not running is left as it is). */
export const pause = (timer: TimerState, now: number): TimerState =>
  isRunning(timer) ? { ...timer, runningSince: null, ranMs: elapsedMs(timer, now) } : timer;

/** Its state once it has reached its end: stopped, with the whole time run. */
export const settle = (timer: TimerState, now: number): TimerState =>
  hasEnded(timer, now) ? { ...timer, runningSince: null, ranMs: timer.totalMs } : timer;

/** "9:05": minutes and seconds left, rounded up, so it reads 0:00 only at the end. */
export function clockText(ms: number): string {
  const seconds = Math.ceil(Math.max(0, ms) / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}
