import type { RecurrenceRule, WeekdayRule } from './rule.ts';

/**
 * Expanding a ritual's rule into local dates. A rule fires at most once a day (see rule.ts), so
 * the dates of a window are found by looking at each day in it once and asking whether the rule
 * fires then: the work is the window's length in days, whatever the rule says, however long
 * ago the ritual started, and it stops at the first date a caller does not take.
 */

const DAY = 86_400_000;

/** A local calendar date: its day number (days since 1970-01-01) and its fields. */
export interface CalendarDay {
  readonly n: number;
  readonly year: number;
  /** 1 to 12. */
  readonly month: number;
  readonly day: number;
  /** 0 (Sunday) to 6. */
  readonly weekday: number;
  readonly daysInMonth: number;
  /** 1 to 366. */
  readonly dayOfYear: number;
  readonly daysInYear: number;
}

export function calendarDay(n: number): CalendarDay {
  const date = new Date(n * DAY);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + 1;
  const startOfYear = Date.UTC(year, 0, 1) / DAY;
  return {
    n,
    year,
    month,
    day: date.getUTCDate(),
    weekday: date.getUTCDay(),
    daysInMonth: new Date(Date.UTC(year, month, 0)).getUTCDate(),
    dayOfYear: n - startOfYear + 1,
    daysInYear: Date.UTC(year + 1, 0, 1) / DAY - startOfYear,
  };
}

/** The day number of a YYYY-MM-DD date. */
export const dayNumber = (date: string): number => {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(year, month - 1, day) / DAY;
};

/** Counts the days looked at, so tests can hold every expansion to a bounded amount of work. */
export interface Meter {
  days: number;
}

/**
 * The local dates (day numbers) in [from, to] on which `rule`, started on day `start`, fires,
 * oldest first, found lazily: each day is looked at when the consumer asks for the next date.
 */
export function* firingDays(
  rule: RecurrenceRule,
  start: number,
  from: number,
  to: number,
  meter?: Meter,
): Generator<number, void, undefined> {
  const first = calendarDay(start);
  const last = rule.until === null ? to : Math.min(to, rule.until);
  for (let n = Math.max(from, start); n <= last; n += 1) {
    if (meter) meter.days += 1;
    if (fires(rule, first, calendarDay(n))) yield n;
  }
}

/** Whether a rule that started on `start` fires on `d` (a day on or after its start). */
export function fires(rule: RecurrenceRule, start: CalendarDay, d: CalendarDay): boolean {
  if (!inPeriod(rule, start, d)) return false;
  if (rule.byMonth && !rule.byMonth.includes(d.month)) return false;
  const { byMonthDay, byDay } = rule;
  switch (rule.freq) {
    case 'DAILY':
      return (!byMonthDay || onMonthDay(byMonthDay, d)) && (!byDay || onWeekday(byDay, d, 'month'));
    case 'WEEKLY':
      return byDay ? onWeekday(byDay, d, 'month') : d.weekday === start.weekday;
    case 'MONTHLY':
      if (!byMonthDay && !byDay) return d.day === start.day;
      return (!byMonthDay || onMonthDay(byMonthDay, d)) && (!byDay || onWeekday(byDay, d, 'month'));
    case 'YEARLY':
      if (!byMonthDay && !byDay)
        return d.day === start.day && (rule.byMonth !== null || d.month === start.month);
      return (
        (!byMonthDay || onMonthDay(byMonthDay, d)) &&
        (!byDay || onWeekday(byDay, d, rule.byMonth ? 'month' : 'year'))
      );
  }
}

/** Whether `d` falls in a period the INTERVAL keeps (every n-th day, week, month or year). */
function inPeriod(rule: RecurrenceRule, start: CalendarDay, d: CalendarDay): boolean {
  if (rule.interval === 1) return true;
  let periods: number;
  switch (rule.freq) {
    case 'DAILY':
      periods = d.n - start.n;
      break;
    case 'WEEKLY': {
      const firstWeek = start.n - ((start.weekday - rule.weekStart + 7) % 7);
      periods = Math.floor((d.n - firstWeek) / 7);
      break;
    }
    case 'MONTHLY':
      periods = (d.year - start.year) * 12 + (d.month - start.month);
      break;
    case 'YEARLY':
      periods = d.year - start.year;
      break;
  }
  return periods % rule.interval === 0;
}

const onMonthDay = (days: readonly number[], d: CalendarDay): boolean =>
  days.some((m) => (m > 0 ? d.day === m : d.day === d.daysInMonth + m + 1));

/** BYDAY: the weekday, and for "1SU" or "-1FR" its place in the month or the year. */
function onWeekday(days: readonly WeekdayRule[], d: CalendarDay, within: 'month' | 'year') {
  const [position, length] =
    within === 'month' ? [d.day, d.daysInMonth] : [d.dayOfYear, d.daysInYear];
  return days.some(
    ({ weekday, nth }) =>
      weekday === d.weekday &&
      (nth === null ||
        (nth > 0
          ? Math.ceil(position / 7) === nth
          : Math.ceil((length - position + 1) / 7) === -nth)),
  );
}
