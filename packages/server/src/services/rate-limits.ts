import { fromIso, toIso, type Clock } from '../clock.ts';
import { AppError } from '../errors.ts';
import type { RateLimitsRepository } from '../repositories/rate-limits.ts';

const MINUTE_MS = 60_000;
const HOUR_MS = 3_600_000;

/** How many attempts a kind of request may make in a window, and what to say past that. */
export interface RateRule {
  readonly max: number;
  readonly windowMs: number;
  readonly message: string;
}

export const perMinute = (max: number): RateRule => ({
  max,
  windowMs: MINUTE_MS,
  message: 'Too many attempts. Please wait a minute and try again.',
});

export const perHour = (max: number, message: string): RateRule => ({
  max,
  windowMs: HOUR_MS,
  message,
});

/** No rule's window is longer: counters older than this are never read again. */
const LONGEST_WINDOW_MS = HOUR_MS;
/** How often a process sweeps old counters away. */
const SWEEP_EVERY_MS = MINUTE_MS;

export type RateVerdict =
  | { readonly allowed: true }
  | { readonly allowed: false; readonly retryAfterSeconds: number; readonly message: string };

/**
 * Rate limits counted in the database (one upsert per attempt), so they hold however many server
 * processes share it. Old counters are swept away at most once a minute per process.
 */
export class RateLimiter {
  private lastSweep = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly counters: RateLimitsRepository,
    private readonly clock: Clock,
  ) {}

  /** Counts one attempt under `key` and says whether it is within the rule. */
  async hit(key: string, rule: RateRule): Promise<RateVerdict> {
    const now = this.clock.now();
    const { count, windowStart } = await this.counters.hit(
      key,
      toIso(now),
      toIso(now - rule.windowMs),
    );
    if (now - this.lastSweep >= SWEEP_EVERY_MS) {
      this.lastSweep = now;
      await this.counters.deleteStartedBefore(toIso(now - LONGEST_WINDOW_MS));
    }
    if (count <= rule.max) return { allowed: true };
    const retryAfterMs = fromIso(windowStart) + rule.windowMs - now;
    return {
      allowed: false,
      retryAfterSeconds: Math.max(1, Math.ceil(retryAfterMs / 1000)),
      message: rule.message,
    };
  }

  /** Counts one attempt; throws `rate_limited` past the rule. */
  async check(key: string, rule: RateRule): Promise<void> {
    const verdict = await this.hit(key, rule);
    if (!verdict.allowed) throw new AppError('rate_limited', verdict.message);
  }
}
