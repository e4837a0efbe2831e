import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  civilFromDays,
  daysFromCivil,
  formatIsoTime,
  WallClock,
  weekStartDay,
} from './civil-time.ts';

describe('civil time', () => {
  it('agrees with Date.UTC for any date', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1600, max: 2600 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        (y, m, d) => {
          expect(daysFromCivil(y, m, d) * 86_400_000).toBe(Date.UTC(y, m - 1, d));
          expect(civilFromDays(daysFromCivil(y, m, d))).toEqual({ year: y, month: m, day: d });
        },
      ),
    );
  });

  it('caches per day without mixing days', () => {
    const clock = new WallClock();
    expect(clock.toMs(2024, 3, 9, 60)).toBe(Date.UTC(2024, 2, 9, 0, 1));
    expect(clock.toMs(2024, 3, 10, 0)).toBe(Date.UTC(2024, 2, 10));
    expect(clock.toMs(2024, 3, 9, 0)).toBe(Date.UTC(2024, 2, 9));
  });

  it('prints wall-clock times without an offset and instants with Z', () => {
    const ms = Date.UTC(2024, 2, 9, 21, 58);
    expect(formatIsoTime(ms, false)).toBe('2024-03-09T21:58:00');
    expect(formatIsoTime(ms, true)).toBe('2024-03-09T21:58:00Z');
  });

  it('starts weeks on Monday', () => {
    expect(weekStartDay(daysFromCivil(2024, 3, 10))).toBe(daysFromCivil(2024, 3, 4)); // a Sunday
    expect(weekStartDay(daysFromCivil(2024, 3, 11))).toBe(daysFromCivil(2024, 3, 11)); // a Monday
    expect(weekStartDay(daysFromCivil(1969, 12, 31))).toBe(daysFromCivil(1969, 12, 29));
  });
});
