import { describe, expect, it } from 'vitest';
import {
  clockText,
  elapsedMs,
  hasEnded,
  isRunning,
  newTimer,
  pause,
  remainingMs,
  settle,
  start,
} from './timer.ts';

const MIN = 60_000;

describe('the gentle timer', () => {
  it('waits to be started, then counts down', () => {
    const timer = newTimer(10);
    expect(isRunning(timer)).toBe(false);
    expect(remainingMs(timer, 5_000)).toBe(10 * MIN);
    const running = start(timer, 1_000);
    expect(isRunning(running)).toBe(true);
    expect(remainingMs(running, 1_000 + 90_000)).toBe(10 * MIN - 90_000);
  });

  it('pauses and carries on without losing or gaining time', () => {
    let timer = start(newTimer(2), 0);
    timer = pause(timer, 30_000);
    expect(isRunning(timer)).toBe(false);
    // Paused: the time left stays put however long the pause.
    expect(remainingMs(timer, 30_000)).toBe(90_000);
    expect(remainingMs(timer, 500_000)).toBe(90_000);
    timer = start(timer, 500_000);
    expect(remainingMs(timer, 510_000)).toBe(80_000);
    // Pausing twice, or starting twice, changes nothing.
    expect(pause(pause(timer, 520_000), 600_000)).toEqual(pause(timer, 520_000));
    expect(start(timer, 999_999)).toBe(timer);
  });

  it('stops at its end and does not run past it', () => {
    const timer = start(newTimer(2), 0);
    expect(hasEnded(timer, 2 * MIN - 1)).toBe(false);
    expect(hasEnded(timer, 2 * MIN)).toBe(true);
    expect(remainingMs(timer, 10 * MIN)).toBe(0);
    expect(elapsedMs(timer, 10 * MIN)).toBe(2 * MIN);
    const settled = settle(timer, 3 * MIN);
    expect(isRunning(settled)).toBe(false);
    expect(hasEnded(settled, 0)).toBe(true);
    // A timer at its end does not start again by itself; a new one does.
    expect(start(settled, 4 * MIN)).toBe(settled);
    expect(settle(start(newTimer(2), 0), MIN)).toEqual(start(newTimer(2), 0));
  });

  it('reads as minutes and seconds, rounded up so 0:00 means the end', () => {
    expect(clockText(10 * MIN)).toBe('10:00');
    expect(clockText(10 * MIN - 1)).toBe('10:00');
    expect(clockText(9 * MIN + 5_000)).toBe('9:05');
    expect(clockText(999)).toBe('0:01');
    expect(clockText(0)).toBe('0:00');
    expect(clockText(-5)).toBe('0:00');
  });
});
