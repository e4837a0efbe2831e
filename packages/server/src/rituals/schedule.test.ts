import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MAX_OCCURRENCES,
  MAX_WINDOW_DAYS,
  occurrencesBetween,
  scheduleProblem,
  type Schedule,
} from './schedule.ts';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 2, 1, 12);
const list = (arb: fc.Arbitrary<number | string>) =>
  fc
    .oneof(
      { arbitrary: fc.array(arb, { minLength: 1, maxLength: 6 }), weight: 4 },
      { arbitrary: fc.array(arb, { minLength: 1, maxLength: 70 }), weight: 1 },
    )
    .map((values) => values.join(','));
const weekday = fc.constantFrom('MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU');

/** The parts of RRULE that rituals take, ... */
const takenPart = fc.oneof(
  fc.integer({ min: 1, max: 1000 }).map((n) => `INTERVAL=${n}`),
  fc
    .date({ min: new Date(2020, 0, 1), max: new Date(2040, 0, 1), noInvalidDate: true })
    .map((d) => `UNTIL=${d.toISOString().slice(0, 10).replace(/-/g, '')}`),
  list(fc.integer({ min: 1, max: 12 })).map((v) => `BYMONTH=${v}`),
  list(fc.integer({ min: -31, max: 31 })).map((v) => `BYMONTHDAY=${v}`),
  list(weekday).map((v) => `BYDAY=${v}`),
  list(
    fc
      .tuple(fc.oneof(fc.integer({ min: -5, max: 5 }), fc.integer({ min: -53, max: 53 })), weekday)
      .map(([n, d]) => `${n}${d}`),
  ).map((v) => `BYDAY=${v}`),
  weekday.map((d) => `WKST=${d}`),
);
/** ... and those they refuse. */
const refusedPart = fc.oneof(
  fc.integer({ min: 0, max: 1000 }).map((n) => `COUNT=${n}`),
  list(fc.integer({ min: 0, max: 23 })).map((v) => `BYHOUR=${v}`),
  list(fc.integer({ min: 0, max: 59 })).map((v) => `BYMINUTE=${v}`),
  list(fc.integer({ min: 0, max: 59 })).map((v) => `BYSECOND=${v}`),
  list(fc.integer({ min: -366, max: 366 })).map((v) => `BYSETPOS=${v}`),
  list(fc.integer({ min: 1, max: 366 })).map((v) => `BYYEARDAY=${v}`),
);
/** Any mix of RRULE parts, most of them ones rituals take. */
const anyRule = fc
  .tuple(
    fc.oneof(
      { arbitrary: fc.constantFrom('DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'), weight: 6 },
      { arbitrary: fc.constantFrom('HOURLY', 'MINUTELY', 'SECONDLY'), weight: 1 },
    ),
    fc.array(fc.oneof({ arbitrary: takenPart, weight: 6 }, { arbitrary: refusedPart, weight: 1 }), {
      maxLength: 4,
    }),
  )
  .map(([freq, parts]) => [`FREQ=${freq}`, ...parts].join(';'));

const scheduleOf = (rrule: string, startsOn = '2026-03-01'): Schedule => ({
  rrule,
  time: '07:30',
  timezone: 'Pacific/Kiritimati',
  startsOn,
});

describe('a ritual schedule', () => {
  it('refuses every rule that would fire more than once a day, as the attack that took a server down', () => {
    const all = (n: number) => Array.from({ length: n }, (_, i) => i).join(',');
    expect(
      scheduleProblem(
        scheduleOf(`FREQ=DAILY;BYHOUR=${all(24)};BYMINUTE=${all(60)};BYSECOND=${all(60)}`),
        NOW,
      ),
    ).toMatch(/daily at most/);
    expect(
      scheduleProblem(scheduleOf(`FREQ=DAILY;BYHOUR=${all(24)};BYMINUTE=${all(60)}`), NOW),
    ).toMatch(/daily at most/);
  });

  it('costs a bounded amount of work for any rule it accepts, over any window', () => {
    fc.assert(
      fc.property(
        anyRule,
        fc.integer({ min: -20_000, max: 20_000 }),
        fc.integer({ min: 0, max: 40_000 }),
        fc.date({ min: new Date(1990, 0, 1), max: new Date(2030, 0, 1), noInvalidDate: true }),
        (rrule, offsetDays, lengthDays, started) => {
          const schedule = scheduleOf(rrule, started.toISOString().slice(0, 10));
          const problem = scheduleProblem(schedule, NOW);
          if (/BYHOUR|BYMINUTE|BYSECOND|BYSETPOS|HOURLY|MINUTELY|SECONDLY|COUNT/.test(rrule))
            expect(problem, rrule).not.toBeNull();
          if (problem !== null) return;
          const from = NOW + offsetDays * DAY;
          const meter = { days: 0 };
          const found = occurrencesBetween(
            schedule,
            from,
            from + lengthDays * DAY,
            undefined,
            meter,
          );
          expect(meter.days).toBeLessThanOrEqual(MAX_WINDOW_DAYS + 5);
          expect(found.length).toBeLessThanOrEqual(Math.min(MAX_OCCURRENCES, meter.days));
          expect(found).toEqual([...found].sort((x, y) => x - y));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('looks at the same few days for a ritual started decades ago as for one started last month', () => {
    const old = { days: 0 };
    const fresh = { days: 0 };
    const a = occurrencesBetween(
      scheduleOf('FREQ=DAILY', '1970-01-01'),
      NOW,
      NOW + 7 * DAY,
      100,
      old,
    );
    const b = occurrencesBetween(
      scheduleOf('FREQ=DAILY', '2026-02-01'),
      NOW,
      NOW + 7 * DAY,
      100,
      fresh,
    );
    expect(a).toEqual(b);
    expect(a).toHaveLength(7);
    expect(old.days).toBe(fresh.days);
    expect(old.days).toBeLessThanOrEqual(7 + 5);
  });

  it('stops at the first occurrence when one is asked for', () => {
    const meter = { days: 0 };
    const [next] = occurrencesBetween(scheduleOf('FREQ=DAILY'), NOW, NOW + 300 * DAY, 1, meter);
    expect(new Date(next!).toISOString()).toBe('2026-03-01T17:30:00.000Z');
    expect(meter.days).toBeLessThanOrEqual(4);
  });

  it('gives each occurrence at the local time in the ritual’s zone, through daylight saving', () => {
    const london = {
      ...scheduleOf('FREQ=WEEKLY;BYDAY=SU'),
      timezone: 'Europe/London',
      time: '18:00',
    };
    const found = occurrencesBetween(london, Date.UTC(2026, 2, 20), Date.UTC(2026, 3, 6));
    expect(found.map((t) => new Date(t).toISOString())).toEqual([
      '2026-03-22T18:00:00.000Z',
      '2026-03-29T17:00:00.000Z',
      '2026-04-05T17:00:00.000Z',
    ]);
  });

  it('treats a stored rule this server no longer takes as one that never fires', () => {
    expect(occurrencesBetween(scheduleOf('FREQ=DAILY;BYHOUR=1,2,3'), NOW, NOW + 30 * DAY)).toEqual(
      [],
    );
  });
});
