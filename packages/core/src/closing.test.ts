import { describe, expect, it } from 'vitest';
import { EARLY_CLOSE_AFTER_MS, closableFrom, decideClose, mayClose } from './closing.ts';

const opened = Date.parse('2026-11-24T10:00:00Z');
const base = {
  byOpener: true,
  openerLeft: false,
  askerThereAtOpening: true,
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

  it('passes to the members who were there when it opened, once its opener has left', () => {
    const other = { ...base, byOpener: false, openerLeft: true };
    // The same wait as for the opener: through its period, or until everyone has answered.
    expect(decideClose(other)).toEqual({ ok: false, reason: 'waiting' });
    expect(decideClose({ ...other, now: opened + EARLY_CLOSE_AFTER_MS })).toEqual({ ok: true });
    expect(decideClose({ ...other, answeredCount: 2 })).toEqual({ ok: true });
    const periodEndsAt = opened + 7 * EARLY_CLOSE_AFTER_MS;
    expect(decideClose({ ...other, periodEndsAt, now: periodEndsAt - 1 })).toEqual({
      ok: false,
      reason: 'waiting',
    });
    expect(decideClose({ ...other, periodEndsAt, now: periodEndsAt })).toEqual({ ok: true });
  });

  it('never to someone who joined after it opened, nor to anyone while its opener stays', () => {
    const late = { ...base, byOpener: false, openerLeft: true, askerThereAtOpening: false };
    expect(decideClose({ ...late, now: opened + 30 * EARLY_CLOSE_AFTER_MS })).toEqual({
      ok: false,
      reason: 'not_opener',
    });
    const stays = { ...base, byOpener: false, openerLeft: false };
    expect(decideClose({ ...stays, now: opened + 30 * EARLY_CLOSE_AFTER_MS })).toEqual({
      ok: false,
      reason: 'not_opener',
    });
  });

  it('says who may close at all, whatever the time', () => {
    const cases: [boolean, boolean, boolean, boolean][] = [
      // byOpener, openerLeft, askerThereAtOpening → may close
      [true, false, true, true],
      [false, false, true, false],
      [false, true, true, true],
      [false, true, false, false],
      [false, false, false, false],
    ];
    for (const [byOpener, openerLeft, askerThereAtOpening, expected] of cases) {
      expect(mayClose({ byOpener, openerLeft, askerThereAtOpening })).toBe(expected);
    }
  });
});
