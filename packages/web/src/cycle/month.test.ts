import { describe, expect, it } from 'vitest';
import { currentMonth, isMonth, shiftMonth } from './month.ts';

describe('months', () => {
  it('names the month in UTC', () => {
    expect(currentMonth(new Date(Date.UTC(2026, 0, 31, 23, 59)))).toBe('2026-01');
  });
  it('moves across years', () => {
    expect(shiftMonth('2026-01', -1)).toBe('2025-12');
    expect(shiftMonth('2025-12', 1)).toBe('2026-01');
  });
  it('checks the shape', () => {
    expect(isMonth('2026-11')).toBe(true);
    expect(isMonth('2026-13')).toBe(false);
    expect(isMonth('')).toBe(false);
  });
});
