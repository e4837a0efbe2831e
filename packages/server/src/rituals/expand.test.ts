import fc from 'fast-check';
import rrule from 'rrule';
import { describe, expect, it } from 'vitest';
import { dayNumber, firingDays, type Meter } from './expand.ts';
import { parseRule, type RecurrenceRule } from './rule.ts';

// rrule is CommonJS: its named exports reach ESM only through the default export.
const { RRule } = rrule;
const DAY = 86_400_000;
const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

/** Rules in the part of RRULE that rituals take (some combinations are still refused). */
const ritualRules = fc
  .record({
    freq: fc.constantFrom('DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'),
    interval: fc.option(
      fc.oneof(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 1000 })),
      {
        nil: undefined,
      },
    ),
    until: fc.option(fc.integer({ min: 0, max: 3000 }), { nil: undefined }),
    byMonth: fc.option(fc.subarray([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], { minLength: 1 }), {
      nil: undefined,
    }),
    byMonthDay: fc.option(
      fc.array(fc.oneof(fc.integer({ min: 1, max: 31 }), fc.integer({ min: -31, max: -1 })), {
        minLength: 1,
        maxLength: 4,
      }),
      { nil: undefined },
    ),
    // Every day with an ordinal (1SU) or none without: where a list mixes the two, the rrule
    // library keeps only the days that satisfy both, where RFC 5545 (and rule.ts) takes either.
    byDay: fc.option(
      fc.oneof(
        fc.array(fc.constantFrom(...WEEKDAYS), { minLength: 1, maxLength: 4 }),
        fc.array(
          fc.tuple(
            fc.oneof(fc.integer({ min: 1, max: 5 }), fc.integer({ min: -5, max: -1 })),
            fc.constantFrom(...WEEKDAYS),
          ),
          { minLength: 1, maxLength: 4 },
        ),
      ),
      { nil: undefined },
    ),
    weekStart: fc.option(fc.constantFrom(...WEEKDAYS), { nil: undefined }),
  })
  .map((r) => ({
    text: [
      `FREQ=${r.freq}`,
      r.interval === undefined ? '' : `INTERVAL=${r.interval}`,
      r.byMonth ? `BYMONTH=${r.byMonth.join(',')}` : '',
      r.byMonthDay ? `BYMONTHDAY=${r.byMonthDay.join(',')}` : '',
      r.byDay
        ? `BYDAY=${r.byDay.map((d) => (typeof d === 'string' ? d : d.join(''))).join(',')}`
        : '',
      r.weekStart ? `WKST=${r.weekStart}` : '',
    ]
      .filter((part) => part !== '')
      .join(';'),
    untilAfterStart: r.until,
  }));

const isoOf = (n: number) => new Date(n * DAY).toISOString().slice(0, 10);
const compact = (n: number) => isoOf(n).replace(/-/g, '');

/** The same dates as the rrule library finds them, in "floating" dates (UTC fields as local). */
function libraryDays(text: string, start: number, from: number, to: number): number[] {
  const rule = new RRule({
    ...RRule.parseString(text),
    dtstart: new Date(start * DAY),
    tzid: null,
  });
  return rule.between(new Date(from * DAY), new Date(to * DAY), true).map((d) => d.getTime() / DAY);
}

const ours = (rule: RecurrenceRule, start: number, from: number, to: number, meter?: Meter) => [
  ...firingDays(rule, start, from, to, meter),
];

describe('firingDays', () => {
  it('finds the dates the rrule library finds, for any rule a ritual may have', () => {
    fc.assert(
      fc.property(
        ritualRules,
        fc.integer({ min: dayNumber('2000-01-01'), max: dayNumber('2040-12-31') }),
        fc.integer({ min: -40, max: 1500 }),
        fc.integer({ min: 0, max: 800 }),
        ({ text: base, untilAfterStart }, start, offset, length) => {
          const text =
            untilAfterStart === undefined
              ? base
              : `${base};UNTIL=${compact(start + untilAfterStart)}`;
          const parsed = parseRule(text);
          fc.pre(!('problem' in parsed));
          if ('problem' in parsed) return;
          const from = start + offset;
          const to = from + length;
          // The library looks for the next date past the window however far away it is (up to
          // the year 9999): only rules that fire again within ten years are compared.
          const last = Math.min(to, parsed.rule.until ?? to);
          const again = firingDays({ ...parsed.rule, until: null }, start, last + 1, last + 3650);
          fc.pre(!again.next().done);
          expect(ours(parsed.rule, start, from, to), text).toEqual(
            libraryDays(text, start, from, to),
          );
        },
      ),
      { numRuns: 400 },
    );
  });

  it('looks at each day of the window once, however old the ritual and whatever its rule', () => {
    fc.assert(
      fc.property(
        ritualRules,
        fc.integer({ min: 0, max: 60_000 }),
        fc.integer({ min: 0, max: 60_000 }),
        fc.integer({ min: 0, max: 3000 }),
        ({ text }, start, from, length) => {
          const parsed = parseRule(text);
          fc.pre(!('problem' in parsed));
          if ('problem' in parsed) return;
          const meter = { days: 0 };
          const days = ours(parsed.rule, start, from, from + length, meter);
          expect(meter.days).toBeLessThanOrEqual(length + 1);
          expect(days.length).toBeLessThanOrEqual(meter.days);
        },
      ),
    );
  });

  it('stops when the consumer stops', () => {
    const parsed = parseRule('FREQ=DAILY');
    if ('problem' in parsed) throw new Error(parsed.problem);
    const meter = { days: 0 };
    const start = dayNumber('2026-03-01');
    const dates = firingDays(parsed.rule, start, start, start + 100_000, meter);
    expect([dates.next().value, dates.next().value].map((n) => isoOf(n as number))).toEqual([
      '2026-03-01',
      '2026-03-02',
    ]);
    expect(meter.days).toBe(2);
  });

  it('counts monthly and yearly ordinals within the month, or the year without BYMONTH', () => {
    const start = dayNumber('2026-01-01');
    const dates = (text: string, days = 366) => {
      const parsed = parseRule(text);
      if ('problem' in parsed) throw new Error(parsed.problem);
      return ours(parsed.rule, start, start, start + days).map(isoOf);
    };
    expect(dates('FREQ=MONTHLY;BYDAY=-1FR', 90)).toEqual([
      '2026-01-30',
      '2026-02-27',
      '2026-03-27',
    ]);
    expect(dates('FREQ=YEARLY;BYDAY=1SU')).toEqual(['2026-01-04']);
    expect(dates('FREQ=YEARLY;BYMONTH=5;BYDAY=-1MO')).toEqual(['2026-05-25']);
    expect(dates('FREQ=WEEKLY;INTERVAL=2;BYDAY=FR', 30)).toEqual([
      '2026-01-02',
      '2026-01-16',
      '2026-01-30',
    ]);
    expect(dates('FREQ=MONTHLY;BYMONTHDAY=31', 120)).toEqual(['2026-01-31', '2026-03-31']);
  });
});
