import { localParts, minutesOf, type WallTime } from './zoned-time.ts';

/** A daily stretch without reminders, in the member's time zone; may wrap midnight. */
export interface QuietHours {
  readonly from: WallTime;
  readonly to: WallTime;
}

/** Why quiet hours cannot be used, or null: they must leave some of the day for reminders. */
export function quietHoursProblem(q: QuietHours): string | null {
  return minutesOf(q.from) === minutesOf(q.to)
    ? 'quiet hours that start and end at the same time would cover the whole day'
    : null;
}

/** Whether an instant falls in quiet hours in `timeZone`. */
export function inQuietHours(at: number, q: QuietHours, timeZone: string): boolean {
  const p = localParts(at, timeZone);
  const now = p.hour * 60 + p.minute;
  const from = minutesOf(q.from);
  const to = minutesOf(q.to);
  return from < to ? now >= from && now < to : now >= from || now < to;
}

/** The first instant at or after `at` outside quiet hours (reminders wait; they are not dropped). */
export function afterQuietHours(at: number, q: QuietHours, timeZone: string): number {
  let t = at;
  for (let i = 0; i < 24 * 60 && inQuietHours(t, q, timeZone); i += 1) t += 60_000;
  return t;
}
