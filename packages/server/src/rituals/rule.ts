/**
 * The recurrence rules a ritual may have: the part of iCalendar's RRULE (RFC 5545 §3.3.10)
 * that repeats on whole days. A ritual's time of day is set separately, so a rule fires at most
 * once on any day, and whatever would make it fire more often (HOURLY and finer frequencies,
 * BYHOUR, BYMINUTE, BYSECOND) is refused, as are the parts the app's schedule picker never makes
 * and whose cost or meaning is hard to bound (COUNT, BYSETPOS, BYYEARDAY, BYWEEKNO).
 *
 * Accepted: FREQ=DAILY|WEEKLY|MONTHLY|YEARLY, INTERVAL, UNTIL, BYMONTH, BYMONTHDAY, BYDAY (with
 * an ordinal such as 1SU or -1FR only in MONTHLY and YEARLY rules) and WKST.
 */

/** Weekdays as `Date.prototype.getUTCDay` numbers them: 0 is Sunday. */
const WEEKDAYS: Readonly<Record<string, number>> = {
  SU: 0,
  MO: 1,
  TU: 2,
  WE: 3,
  TH: 4,
  FR: 5,
  SA: 6,
};

export type Frequency = 'DAILY' | 'WEEKLY' | 'MONTHLY' | 'YEARLY';

export interface WeekdayRule {
  /** 0 (Sunday) to 6 (Saturday). */
  readonly weekday: number;
  /** The n-th such weekday of the month or year (negative: counted from its end); null: every one. */
  readonly nth: number | null;
}

export interface RecurrenceRule {
  readonly freq: Frequency;
  readonly interval: number;
  /** The last local date the rule may fire on, as a day number (days since 1970-01-01). */
  readonly until: number | null;
  readonly byMonth: readonly number[] | null;
  /** Days of the month, 1 to 31, or -1 (the last) to -31. */
  readonly byMonthDay: readonly number[] | null;
  readonly byDay: readonly WeekdayRule[] | null;
  /** The day weeks start on (for INTERVAL in WEEKLY rules), as `weekday` numbers it. */
  readonly weekStart: number;
}

/** The largest INTERVAL taken (every 1,000 days, weeks, months or years). */
const MAX_INTERVAL = 1000;
/** The most values one BY… list may hold. */
const MAX_LIST = 64;

const SUB_DAILY = 'a ritual repeats daily at most; set the time of day separately';
const FREQUENCIES = new Set<string>(['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY']);

const NOT_TAKEN: Readonly<Record<string, string>> = {
  BYHOUR: SUB_DAILY,
  BYMINUTE: SUB_DAILY,
  BYSECOND: SUB_DAILY,
  COUNT:
    'a ritual repeats until it is stopped; give UNTIL=YYYYMMDD for a last day instead of COUNT',
  BYSETPOS: 'BYSETPOS is not taken; give the days with BYDAY or BYMONTHDAY',
  BYYEARDAY: 'BYYEARDAY is not taken; give the days with BYMONTH and BYMONTHDAY',
  BYWEEKNO: 'BYWEEKNO is not taken; give the days with BYMONTH and BYDAY',
  DTSTART: 'the rule sets its own start; give only the RRULE part, e.g. FREQ=WEEKLY;BYDAY=SU',
  TZID: 'the rule sets its own start; give only the RRULE part, e.g. FREQ=WEEKLY;BYDAY=SU',
};

type Parsed = { readonly rule: RecurrenceRule } | { readonly problem: string };

const problem = (text: string): Parsed => ({ problem: text });

/** Reads a rule, or says in words why it cannot be a ritual's rule. */
export function parseRule(text: string): Parsed {
  if (/[\r\n]|DTSTART|TZID/i.test(text)) return problem(NOT_TAKEN.DTSTART!);
  const body = text.trim().replace(/^RRULE:/i, '');
  const parts = new Map<string, string>();
  for (const part of body.split(';')) {
    const match = /^([A-Za-z][A-Za-z-]*)=(.+)$/.exec(part.trim());
    if (!match) return problem('the rule is not an iCalendar RRULE, e.g. FREQ=WEEKLY;BYDAY=SU');
    const key = match[1]!.toUpperCase();
    if (parts.has(key)) return problem(`${key} is given twice`);
    parts.set(key, match[2]!.toUpperCase());
  }
  for (const key of parts.keys()) {
    const why = NOT_TAKEN[key];
    if (why) return problem(why);
    if (!KNOWN.has(key)) return problem(`${key} is not part of a ritual's rule`);
  }
  const freq = parts.get('FREQ');
  if (freq === undefined) return problem('the rule needs a FREQ');
  if (['HOURLY', 'MINUTELY', 'SECONDLY'].includes(freq)) return problem(SUB_DAILY);
  if (!FREQUENCIES.has(freq)) return problem('FREQ must be DAILY, WEEKLY, MONTHLY or YEARLY');

  const interval = parts.has('INTERVAL') ? integer(parts.get('INTERVAL')!, 1, MAX_INTERVAL) : 1;
  if (interval === null)
    return problem(`INTERVAL must be a whole number from 1 to ${MAX_INTERVAL}`);
  const until = parts.has('UNTIL') ? untilDay(parts.get('UNTIL')!) : null;
  if (until === undefined) return problem('UNTIL must be a date such as 20301231');
  const byMonth = list(parts.get('BYMONTH'), (v) => integer(v, 1, 12));
  if (byMonth === undefined) return problem('BYMONTH takes months from 1 to 12');
  const byMonthDay = list(parts.get('BYMONTHDAY'), monthDay);
  if (byMonthDay === undefined) return problem('BYMONTHDAY takes days from 1 to 31 or -31 to -1');
  const byDay = list(parts.get('BYDAY'), weekdayRule);
  if (byDay === undefined)
    return problem('BYDAY takes days such as MO,TH or, monthly, 1SU or -1FR');
  const weekStart = parts.has('WKST') ? WEEKDAYS[parts.get('WKST')!] : WEEKDAYS.MO!;
  if (weekStart === undefined) return problem('WKST must be one of MO, TU, WE, TH, FR, SA, SU');

  if (byDay?.some((d) => d.nth !== null)) {
    if (freq === 'DAILY' || freq === 'WEEKLY')
      return problem('a day such as 1SU (with a number) belongs to a MONTHLY or YEARLY rule');
    const limit = freq === 'YEARLY' && byMonth === null ? 53 : 5;
    if (byDay.some((d) => d.nth !== null && Math.abs(d.nth) > limit))
      return problem(
        `the number before a day in BYDAY must be from 1 to ${limit} (or -${limit} to -1)`,
      );
  }
  if (freq === 'WEEKLY' && byMonthDay !== null)
    return problem('a WEEKLY rule picks days with BYDAY, not BYMONTHDAY');
  return {
    rule: { freq: freq as Frequency, interval, until, byMonth, byMonthDay, byDay, weekStart },
  };
}

const KNOWN = new Set(['FREQ', 'INTERVAL', 'UNTIL', 'BYMONTH', 'BYMONTHDAY', 'BYDAY', 'WKST']);

function integer(text: string, min: number, max: number): number | null {
  if (!/^[+-]?\d{1,4}$/.test(text)) return null;
  const value = Number(text);
  return value >= min && value <= max ? value : null;
}

function monthDay(text: string): number | null {
  const value = integer(text, -31, 31);
  return value === 0 ? null : value;
}

function weekdayRule(text: string): WeekdayRule | null {
  const match = /^([+-]?\d{1,2})?(SU|MO|TU|WE|TH|FR|SA)$/.exec(text);
  if (!match) return null;
  const nth = match[1] === undefined ? null : Number(match[1]);
  if (nth === 0) return null;
  return { weekday: WEEKDAYS[match[2]!]!, nth };
}

/** A comma-separated list: null when absent, undefined when any value is wrong. */
function list<T>(
  text: string | undefined,
  read: (value: string) => T | null,
): T[] | null | undefined {
  if (text === undefined) return null;
  const values = text.split(',');
  if (values.length > MAX_LIST) return undefined;
  const parsed = values.map(read);
  return parsed.some((v) => v === null) ? undefined : (parsed as T[]);
}

/**
 * UNTIL as the last local date a ritual may fire on. A date-time's date part is taken: the
 * ritual's own time of day decides the instant, in the ritual's own zone.
 */
function untilDay(text: string): number | undefined {
  const match = /^(\d{4})(\d{2})(\d{2})(T\d{6}Z?)?$/.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const at = Date.UTC(year, month - 1, day);
  const check = new Date(at);
  if (
    check.getUTCFullYear() !== year ||
    check.getUTCMonth() !== month - 1 ||
    check.getUTCDate() !== day
  )
    return undefined;
  return at / 86_400_000;
}
