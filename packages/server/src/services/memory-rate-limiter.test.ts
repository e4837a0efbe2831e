import { describe, expect, it } from 'vitest';
import { MemoryRateLimiter } from './memory-rate-limiter.ts';

class Clock {
  t = 1_000_000;
  now() {
    return this.t;
  }
}

describe('MemoryRateLimiter', () => {
  it('lets the first attempts of a window through, then refuses until the window ends', async () => {
    const clock = new Clock();
    const limiter = new MemoryRateLimiter(clock);
    const tries = async (n: number) => {
      const answers: boolean[] = [];
      for (let i = 0; i < n; i += 1) answers.push(await limiter.hit('me', 600_000, 3));
      return answers;
    };
    expect(await tries(5)).toEqual([true, true, true, false, false]);
    clock.t += 599_999;
    expect(await tries(1)).toEqual([false]);
    clock.t += 1;
    expect(await tries(4)).toEqual([true, true, true, false]);
  });

  it('counts each key on its own', async () => {
    const limiter = new MemoryRateLimiter(new Clock());
    expect(await limiter.hit('a', 1000, 1)).toBe(true);
    expect(await limiter.hit('a', 1000, 1)).toBe(false);
    expect(await limiter.hit('b', 1000, 1)).toBe(true);
  });

  it('forgets windows that have ended once many keys are held', async () => {
    const clock = new Clock();
    const limiter = new MemoryRateLimiter(clock);
    for (let i = 0; i < 1000; i += 1) await limiter.hit(`k${i}`, 1000, 3);
    expect(limiter.size).toBe(1000);
    clock.t += 1000;
    await limiter.hit('new', 1000, 3);
    expect(limiter.size).toBe(1);
  });
});
