import { wallTimeToInstant } from '@recipro/core';
import rrule from 'rrule';

// rrule is CommonJS: its named exports reach ESM only through the default export.
const { RRule } = rrule;
const DAY = 86_400_000;

/** What a schedule needs: an RRULE, a local time, a time zone and the first local date. */
export interface Schedule {
  readonly rrule: string;
  readonly time: string;
  readonly timezone: string;
  /** YYYY-MM-DD, in the ritual's time zone. */
  readonly startsOn: string;
}

const SUB_DAILY = new Set([RRule.HOURLY, RRule.MINUTELY, RRule.SECONDLY]);

function ruleOf(schedule: Schedule) {
  const options = RRule.parseString(schedule.rrule);
  const [year, month, day] = schedule.startsOn.split('-').map(Number) as [number, number, number];
  // rrule works in "floating" dates: UTC fields stand for local calendar dates.
  return new RRule({ ...options, dtstart: new Date(Date.UTC(year, month - 1, day)), tzid: null });
}

/**
 * Why an RRULE cannot be a ritual's schedule, or null. It must parse, repeat daily or less
 * often (the time of day is set separately), set no start of its own, and fire at least once in
 * the year after `now`.
 */
export function scheduleProblem(schedule: Schedule, now: number): string | null {
  if (/DTSTART|TZID|\n/i.test(schedule.rrule))
    return 'the rule sets its own start; give only the RRULE part, e.g. FREQ=WEEKLY;BYDAY=SU';
  let options;
  try {
    options = RRule.parseString(schedule.rrule);
  } catch {
    return 'the rule is not an iCalendar RRULE, e.g. FREQ=WEEKLY;BYDAY=SU';
  }
  if (options.freq === undefined || options.freq === null) return 'the rule needs a FREQ';
  if (SUB_DAILY.has(options.freq))
    return 'a ritual repeats daily at most; set the time of day separately';
  return occurrencesBetween(schedule, now, now + 366 * DAY, 1).length === 0
    ? 'this schedule never fires in the coming year'
    : null;
}

/** The instants the ritual is due in [from, to), oldest first (at most `limit`). */
export function occurrencesBetween(
  schedule: Schedule,
  from: number,
  to: number,
  limit = 10_000,
): number[] {
  const rule = ruleOf(schedule);
  // Local dates around the window (a zone is at most ±14 h from UTC).
  const dates = rule.between(new Date(from - 2 * DAY), new Date(to + 2 * DAY), true);
  const instants: number[] = [];
  for (const d of dates) {
    const at = wallTimeToInstant(
      { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() },
      schedule.time,
      schedule.timezone,
    );
    if (at >= from && at < to) instants.push(at);
    if (instants.length >= limit) break;
  }
  return instants;
}

/** Today's local date (YYYY-MM-DD) in a time zone. */
export function localDate(at: number, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(at);
}
