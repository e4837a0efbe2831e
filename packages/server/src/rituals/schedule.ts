import { wallTimeToInstant } from '@recipro/core';
import { calendarDay, dayNumber, firingDays, type Meter } from './expand.ts';
import { parseRule } from './rule.ts';

const DAY = 86_400_000;
/** The longest stretch of time expanded at once, in days: a longer window is cut there. */
export const MAX_WINDOW_DAYS = 400;
/** The most instants one expansion gives. */
export const MAX_OCCURRENCES = 500;

/** What a schedule needs: an RRULE, a local time, a time zone and the first local date. */
export interface Schedule {
  readonly rrule: string;
  readonly time: string;
  readonly timezone: string;
  /** YYYY-MM-DD, in the ritual's time zone. */
  readonly startsOn: string;
}

/**
 * Why an RRULE cannot be a ritual's schedule, or null. It must be a rule of the kind rule.ts
 * takes (whole days, the time of day set separately, no start of its own), and fire at least
 * once in the year after `now`.
 */
export function scheduleProblem(schedule: Schedule, now: number): string | null {
  const parsed = parseRule(schedule.rrule);
  if ('problem' in parsed) return parsed.problem;
  return occurrencesBetween(schedule, now, now + 366 * DAY, 1).length === 0
    ? 'this schedule never fires in the coming year'
    : null;
}

/**
 * The instants the ritual is due in [from, to), oldest first: at most `limit` of them (and at
 * most MAX_OCCURRENCES), from at most MAX_WINDOW_DAYS after `from`. The dates are found lazily
 * and the search stops at the window's end or the cap, so the work is bounded by the window
 * (`meter` counts the days looked at). A stored rule this server no longer takes never fires.
 */
export function occurrencesBetween(
  schedule: Schedule,
  from: number,
  to: number,
  limit = MAX_OCCURRENCES,
  meter?: Meter,
): number[] {
  const parsed = parseRule(schedule.rrule);
  if ('problem' in parsed) return [];
  const end = Math.min(to, from + MAX_WINDOW_DAYS * DAY);
  const max = Math.min(limit, MAX_OCCURRENCES);
  const instants: number[] = [];
  if (max <= 0 || end <= from) return instants;
  // Local dates around the window: a zone is at most ±14 h from UTC.
  const days = firingDays(
    parsed.rule,
    dayNumber(schedule.startsOn),
    Math.floor(from / DAY) - 2,
    Math.floor(end / DAY) + 2,
    meter,
  );
  for (const n of days) {
    const { year, month, day } = calendarDay(n);
    const at = wallTimeToInstant({ year, month, day }, schedule.time, schedule.timezone);
    // The same wall time on a later date is always a later instant: nothing after this fits.
    if (at >= end) break;
    if (at >= from) instants.push(at);
    if (instants.length >= max) break;
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
