/**
 * The circle's day, and the rule for "another question". A day's question belongs to the whole
 * circle, so "today" is one calendar day for everyone in it, in one time zone.
 */
import { isTimeZone, localParts } from '../rituals/zoned-time.ts';

/** A calendar day, `YYYY-MM-DD`. */
export type CalendarDay = string;

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar day written `YYYY-MM-DD` (not 2026-02-30). */
export function isCalendarDay(value: unknown): value is CalendarDay {
  if (typeof value !== 'string') return false;
  const match = DAY.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The calendar day an instant falls on in a time zone. */
export function dayIn(at: number, timeZone: string): CalendarDay {
  const p = localParts(at, timeZone);
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`;
}

/**
 * The time zone a circle's day is counted in: the first of `candidates` that is a time zone
 * (the service passes the zone of the circle's first ritual, then its keeper's reminder
 * settings), else UTC.
 */
export function circleTimeZone(candidates: readonly (string | null | undefined)[]): string {
  return candidates.find((zone): zone is string => isTimeZone(zone)) ?? 'UTC';
}

/**
 * Today for the circle: the day `now` falls on in its time zone — but never a day before the
 * last one it was asked a question on, so a change of time zone cannot take it back to a day
 * already behind it.
 */
export function circleToday(
  now: number,
  timeZone: string,
  lastAsked: CalendarDay | undefined,
): CalendarDay {
  const today = dayIn(now, timeZone);
  return lastAsked !== undefined && lastAsked > today ? lastAsked : today;
}

/**
 * "Another question": anyone in the circle may set today's question aside for the next one,
 * once a day for the whole circle, and only before anyone has answered it — an answer is never
 * left under a question nobody else will see.
 */
export function maySwap(day: { readonly swapped: boolean; readonly answered: number }): boolean {
  return !day.swapped && day.answered === 0;
}

/** A current member of the circle, as a day's question sees them. */
export interface DayMember {
  readonly memberId: string;
  /** ISO time they joined the circle. */
  readonly joinedAt: string;
  readonly answered: boolean;
}

/**
 * Whom a day's question is asked of: everyone in the circle when it was first asked that day
 * who is still in it. Someone who joins later may answer too, but the answers never wait for
 * them; someone who leaves is no longer waited for (and their answer leaves with them).
 */
export const askedOf = <M extends DayMember>(members: readonly M[], askedAt: string): M[] =>
  members.filter((m) => m.joinedAt <= askedAt);

/** The reveal facts (core's reveal rule) of a day's question: everyone asked has answered. */
export function dayRevealFacts(
  members: readonly DayMember[],
  askedAt: string,
): { closed: false; memberCount: number; answeredCount: number } {
  const asked = askedOf(members, askedAt);
  return {
    closed: false,
    memberCount: asked.length,
    answeredCount: asked.filter((m) => m.answered).length,
  };
}
