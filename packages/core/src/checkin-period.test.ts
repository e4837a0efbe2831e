import { describe, expect, it } from 'vitest';
import { checkinPeriod } from './checkin-period.ts';

describe('checkinPeriod', () => {
  it('names ISO weeks, across year ends', () => {
    expect(checkinPeriod(Date.parse('2026-11-24T02:00:00Z'), 'weekly')).toBe('2026-W48');
    expect(checkinPeriod(Date.parse('2026-11-23T00:00:00Z'), 'weekly')).toBe('2026-W48'); // Monday
    expect(checkinPeriod(Date.parse('2026-11-22T23:59:59Z'), 'weekly')).toBe('2026-W47'); // Sunday
    expect(checkinPeriod(Date.parse('2027-01-01T12:00:00Z'), 'weekly')).toBe('2026-W53');
    expect(checkinPeriod(Date.parse('2024-12-30T12:00:00Z'), 'weekly')).toBe('2025-W01');
  });

  it('names months', () => {
    expect(checkinPeriod(Date.parse('2026-11-30T23:59:59Z'), 'monthly')).toBe('2026-11');
    expect(checkinPeriod(Date.parse('2026-12-01T00:00:00Z'), 'monthly')).toBe('2026-12');
  });
});
