/**
 * Wall-clock times in IANA time zones, computed with Intl only (no clock, no I/O). A ritual at
 * 21:30 in Asia/Kolkata is a different instant from 21:30 in America/Toronto, and daylight
 * saving moves the instant of a fixed wall time twice a year.
 */

/** "HH:MM", 24-hour. */
export type WallTime = string;

const WALL_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

export const isWallTime = (v: unknown): v is WallTime => typeof v === 'string' && WALL_TIME.test(v);

/** Minutes after midnight of a wall time. */
export const minutesOf = (time: WallTime): number => {
  const match = WALL_TIME.exec(time);
  if (!match) throw new RangeError(`not a time: ${time}`);
  return Number(match[1]) * 60 + Number(match[2]);
};

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** True for a time zone this runtime knows (e.g. "Europe/London", "UTC"). */
export function isTimeZone(value: unknown): value is string {
  if (typeof value !== 'string' || value.length === 0 || value.length > 64) return false;
  try {
    formatter(value);
    return true;
  } catch {
    return false;
  }
}

export interface LocalParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
}

/** The wall-clock reading of an instant in a time zone. */
export function localParts(at: number, timeZone: string): LocalParts {
  const parts = Object.fromEntries(
    formatter(timeZone)
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
  };
}

/** How far the zone's wall clock is ahead of UTC at an instant, in ms. */
function offsetAt(at: number, timeZone: string): number {
  const p = localParts(at, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute);
  return asUtc - Math.floor(at / 60_000) * 60_000;
}

/**
 * The instant at which the wall clock in `timeZone` shows the given date and time. A time that
 * does not exist (skipped by daylight saving) moves forward by the gap; a repeated one takes
 * the first of the two instants.
 */
export function wallTimeToInstant(
  date: { year: number; month: number; day: number },
  time: WallTime,
  timeZone: string,
): number {
  const minutes = minutesOf(time);
  const guess = Date.UTC(
    date.year,
    date.month - 1,
    date.day,
    Math.floor(minutes / 60),
    minutes % 60,
  );
  // The zone's offsets half a day either side cover any transition near this wall time.
  const before = guess - offsetAt(guess - 12 * 3_600_000, timeZone);
  const after = guess - offsetAt(guess + 12 * 3_600_000, timeZone);
  const shows = (at: number) => {
    const p = localParts(at, timeZone);
    return p.day === date.day && p.hour * 60 + p.minute === minutes;
  };
  const showing = [before, after].filter(shows).sort((x, y) => x - y);
  // In a gap neither shows the time; the offset from before the gap lands just after it.
  return showing[0] ?? before;
}
