import type { Clock } from '../clock.ts';

/**
 * Counts attempts per key in fixed windows. `hit` counts one attempt and says whether it is
 * within the limit: true for the first `max` attempts of a window, false after them.
 */
export interface RateLimiter {
  hit(key: string, windowMs: number, max: number): Promise<boolean>;
}

/** Above this many keys, windows that have ended are dropped when a new one opens. */
const SWEEP_ABOVE = 1000;

/**
 * A RateLimiter held in this process's memory: each process counts on its own, so with several
 * processes a key gets up to `max` attempts in each. Memory holds one small entry per key
 * seen within its window.
 */
export class MemoryRateLimiter implements RateLimiter {
  private readonly windows = new Map<string, { start: number; ms: number; count: number }>();

  constructor(private readonly clock: Clock) {}

  async hit(key: string, windowMs: number, max: number): Promise<boolean> {
    const now = this.clock.now();
    const current = this.windows.get(key);
    if (current && now - current.start < current.ms) {
      current.count += 1;
      return current.count <= max;
    }
    if (this.windows.size >= SWEEP_ABOVE) this.sweep(now);
    this.windows.set(key, { start: now, ms: windowMs, count: 1 });
    return max >= 1;
  }

  /** How many keys are held (for tests of the memory bound). */
  get size(): number {
    return this.windows.size;
  }

  private sweep(now: number): void {
    for (const [key, w] of this.windows) if (now - w.start >= w.ms) this.windows.delete(key);
  }
}
