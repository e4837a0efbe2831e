import { describe, expect, it } from 'vitest';
import { EARLY_CLOSE_AFTER_MS, closableFrom, decideClose } from './closing.ts';

const opened = Date.parse('2026-11-24T10:00:00Z');
const base = {
  byOpener: true,
  openedAt: opened,
  periodEndsAt: null,
  memberCount: 2,
  answeredCount: 1,
  now: opened + 1000,
};

describe('closing a check-in', () => {
  it('is only for the member who opened it', () => {
    expect(
      decideClose({ ...base, byOpener: false, now: opened + 30 * EARLY_CLOSE_AFTER_MS }),
    ).toEqual({ ok: false, reason: 'not_opener' });
    expect(decideClose({ ...base, byOpener: false, answeredCount: 2 })).toEqual({
      ok: false,
      reason: 'not_opener',
    });
  });

  it('waits for the others through the first day when it has no period', () => {
    expect(decideClose(base)).toEqual({ ok: false, reason: 'waiting' });
    expect(decideClose({ ...base, now: opened + EARLY_CLOSE_AFTER_MS - 1 })).toEqual({
      ok: false,
      reason: 'waiting',
    });
    expect(decideClose({ ...base, now: opened + EARLY_CLOSE_AFTER_MS })).toEqual({ ok: true });
  });

  it('waits until its period has ended when it has one', () => {
    const periodEndsAt = opened + 5 * EARLY_CLOSE_AFTER_MS;
    expect(decideClose({ ...base, periodEndsAt, now: opened + 2 * EARLY_CLOSE_AFTER_MS })).toEqual({
      ok: false,
      reason: 'waiting',
    });
    expect(decideClose({ ...base, periodEndsAt, now: periodEndsAt })).toEqual({ ok: true });
    expect(closableFrom(opened, periodEndsAt)).toBe(periodEndsAt);
    expect(closableFrom(opened, null)).toBe(opened + EARLY_CLOSE_AFTER_MS);
  });

  it('may close at once when everyone has answered', () => {
    expect(decideClose({ ...base, answeredCount: 2 })).toEqual({ ok: true });
  });
});
