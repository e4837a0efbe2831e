import { describe, expect, it } from 'vitest';
import { checkinPeriod, checkinPeriodEnd } from './checkin-period.ts';

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

describe('checkinPeriodEnd', () => {
  it('ends a week at the next Monday, across year ends', () => {
    expect(checkinPeriodEnd('weekly:2026-W48')).toBe(Date.parse('2026-11-30T00:00:00Z'));
    expect(checkinPeriodEnd('weekly:2026-W53')).toBe(Date.parse('2027-01-04T00:00:00Z'));
    expect(checkinPeriodEnd('weekly:2025-W01')).toBe(Date.parse('2025-01-06T00:00:00Z'));
  });

  it('ends a month at the first of the next, across year ends', () => {
    expect(checkinPeriodEnd('monthly:2026-11')).toBe(Date.parse('2026-12-01T00:00:00Z'));
    expect(checkinPeriodEnd('monthly:2026-12')).toBe(Date.parse('2027-01-01T00:00:00Z'));
  });

  it('agrees with checkinPeriod: the last instant is inside, the end is the next period', () => {
    for (const at of ['2026-11-24T02:00:00Z', '2027-01-01T12:00:00Z', '2024-12-30T12:00:00Z']) {
      for (const cadence of ['weekly', 'monthly'] as const) {
        const period = checkinPeriod(Date.parse(at), cadence);
        const end = checkinPeriodEnd(`${cadence}:${period}`)!;
        expect(checkinPeriod(end - 1, cadence)).toBe(period);
        expect(checkinPeriod(end, cadence)).not.toBe(period);
      }
    }
  });

  it('knows no other forms', () => {
    expect(checkinPeriodEnd('2026-W48')).toBeNull();
    expect(checkinPeriodEnd('daily:2026-11-24')).toBeNull();
  });
});
