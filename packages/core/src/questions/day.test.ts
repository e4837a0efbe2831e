import { describe, expect, it } from 'vitest';
import {
  askedOf,
  circleTimeZone,
  circleToday,
  dayIn,
  dayRevealFacts,
  isCalendarDay,
  maySwap,
} from './day.ts';

describe('the circle’s day', () => {
  // 23:30 on 9 March 2026 in London is already 10 March in Tokyo and still 9 March in New York.
  const at = Date.UTC(2026, 2, 9, 23, 30);

  it('is the calendar day in the circle’s time zone', () => {
    expect(dayIn(at, 'UTC')).toBe('2026-03-09');
    expect(dayIn(at, 'Europe/London')).toBe('2026-03-09');
    expect(dayIn(at, 'Asia/Tokyo')).toBe('2026-03-10');
    expect(dayIn(at, 'America/New_York')).toBe('2026-03-09');
    expect(dayIn(Date.UTC(2026, 2, 10, 3, 59), 'America/New_York')).toBe('2026-03-09');
    expect(dayIn(Date.UTC(2026, 2, 10, 4, 0), 'America/New_York')).toBe('2026-03-10');
  });

  it('never goes back to a day before the last one asked', () => {
    expect(circleToday(at, 'Asia/Tokyo', undefined)).toBe('2026-03-10');
    expect(circleToday(at, 'America/New_York', '2026-03-10')).toBe('2026-03-10');
    expect(circleToday(at, 'UTC', '2026-03-08')).toBe('2026-03-09');
  });

  it('takes the first real time zone it is offered, else UTC', () => {
    expect(circleTimeZone([undefined, 'Europe/Berlin', 'Asia/Tokyo'])).toBe('Europe/Berlin');
    expect(circleTimeZone(['Not/AZone', null, 'Asia/Tokyo'])).toBe('Asia/Tokyo');
    expect(circleTimeZone([])).toBe('UTC');
    expect(circleTimeZone([null, 'nowhere'])).toBe('UTC');
  });

  it('reads only real calendar days', () => {
    expect(isCalendarDay('2026-03-09')).toBe(true);
    expect(isCalendarDay('2024-02-29')).toBe(true);
    for (const bad of ['2026-02-30', '2026-13-01', '2026-3-9', '09-03-2026', '', 20260309, null]) {
      expect(isCalendarDay(bad), String(bad)).toBe(false);
    }
  });
});

describe('"another question"', () => {
  it('is offered once a day, and only before anyone has answered', () => {
    expect(maySwap({ swapped: false, answered: 0 })).toBe(true);
    expect(maySwap({ swapped: true, answered: 0 })).toBe(false);
    expect(maySwap({ swapped: false, answered: 1 })).toBe(false);
  });
});

describe('whom a day’s question is asked of', () => {
  const askedAt = '2026-03-09T08:00:00.000Z';
  const members = [
    { memberId: 'ana', joinedAt: '2025-01-01T00:00:00.000Z', answered: true },
    { memberId: 'ben', joinedAt: '2026-03-09T08:00:00.000Z', answered: false },
    { memberId: 'cy', joinedAt: '2026-03-09T09:30:00.000Z', answered: false },
  ];

  it('is everyone in the circle when it was first asked, not someone who joined after', () => {
    expect(askedOf(members, askedAt).map((m) => m.memberId)).toEqual(['ana', 'ben']);
    expect(dayRevealFacts(members, askedAt)).toEqual({
      closed: false,
      memberCount: 2,
      answeredCount: 1,
    });
  });

  it('does not wait for someone who joined later, nor count their answer', () => {
    const later = members.map((m) => (m.memberId === 'cy' ? { ...m, answered: true } : m));
    expect(dayRevealFacts(later, askedAt).answeredCount).toBe(1);
    const all = later.map((m) => ({ ...m, answered: true }));
    expect(dayRevealFacts(all, askedAt)).toEqual({
      closed: false,
      memberCount: 2,
      answeredCount: 2,
    });
  });
});
