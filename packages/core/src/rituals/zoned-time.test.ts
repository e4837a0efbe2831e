import { describe, expect, it } from 'vitest';
import { afterQuietHours, inQuietHours, quietHoursProblem } from './quiet-hours.ts';
import { ritualRhythm } from './rhythm.ts';
import { isTimeZone, isWallTime, localParts, wallTimeToInstant } from './zoned-time.ts';

const iso = (ms: number) => new Date(ms).toISOString();

describe('wall-clock times in time zones', () => {
  it('knows real zones and times', () => {
    expect(isTimeZone('Asia/Kolkata')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
    expect(isWallTime('21:30')).toBe(true);
    expect(isWallTime('24:00')).toBe(false);
  });

  it('turns a local time into the right instant, half-hour zones included', () => {
    expect(iso(wallTimeToInstant({ year: 2026, month: 3, day: 9 }, '21:30', 'Asia/Kolkata'))).toBe(
      '2026-03-09T16:00:00.000Z',
    );
    expect(
      iso(wallTimeToInstant({ year: 2026, month: 7, day: 1 }, '09:00', 'America/Toronto')),
    ).toBe('2026-07-01T13:00:00.000Z');
    expect(
      iso(wallTimeToInstant({ year: 2026, month: 1, day: 1 }, '09:00', 'America/Toronto')),
    ).toBe('2026-01-01T14:00:00.000Z');
    expect(iso(wallTimeToInstant({ year: 2026, month: 12, day: 24 }, '18:00', 'UTC'))).toBe(
      '2026-12-24T18:00:00.000Z',
    );
  });

  it('moves a time skipped by daylight saving forward, and takes the first of a repeated one', () => {
    // London springs forward at 01:00 on 29 March 2026: 01:30 does not exist.
    expect(
      iso(wallTimeToInstant({ year: 2026, month: 3, day: 29 }, '01:30', 'Europe/London')),
    ).toBe('2026-03-29T01:30:00.000Z');
    // London falls back at 02:00 BST on 25 October 2026: 01:30 happens twice.
    expect(
      iso(wallTimeToInstant({ year: 2026, month: 10, day: 25 }, '01:30', 'Europe/London')),
    ).toBe('2026-10-25T00:30:00.000Z');
    expect(localParts(Date.parse('2026-10-25T00:30:00Z'), 'Europe/London')).toMatchObject({
      hour: 1,
      minute: 30,
    });
  });
});

describe('quiet hours', () => {
  it('wrap midnight in the member’s zone', () => {
    const q = { from: '22:00', to: '07:00' };
    expect(inQuietHours(Date.parse('2026-03-09T17:00:00Z'), q, 'Asia/Kolkata')).toBe(true); // 22:30 there
    expect(inQuietHours(Date.parse('2026-03-09T12:00:00Z'), q, 'Asia/Kolkata')).toBe(false); // 17:30 there
    expect(iso(afterQuietHours(Date.parse('2026-03-09T23:00:00Z'), q, 'UTC'))).toBe(
      '2026-03-10T07:00:00.000Z',
    );
  });

  it('must leave part of the day', () => {
    expect(quietHoursProblem({ from: '08:00', to: '08:00' })).not.toBeNull();
    expect(quietHoursProblem({ from: '22:00', to: '07:00' })).toBeNull();
  });
});

describe('ritualRhythm', () => {
  it('counts what was done without calling anything broken', () => {
    const day = 86_400_000;
    const occurrences = [0, day, 2 * day, 3 * day];
    expect(ritualRhythm(occurrences, [10, 2 * day + 5, 3 * day + 5], 12 * 3_600_000)).toEqual({
      done: 3,
      of: 4,
      recentRun: 2,
    });
    expect(ritualRhythm(occurrences, [], 1000)).toEqual({ done: 0, of: 4, recentRun: 0 });
  });
});
