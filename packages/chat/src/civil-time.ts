const MS_PER_DAY = 86_400_000;

/**
 * Days since 1970-01-01 of a proleptic Gregorian date, by arithmetic (no Date object).
 * `month` is 1..12. Valid for any year the exports can hold.
 */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** Number of days in `month` (1..12) of `year`. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Wall-clock date and time → milliseconds, read as UTC. Remembers the last day it computed,
 * because consecutive messages nearly always share a day.
 */
export class WallClock {
  private lastKey = -1;
  private lastDayMs = 0;

  /** `secondsOfDay` is 0..86399. */
  toMs(year: number, month: number, day: number, secondsOfDay: number): number {
    const key = year * 416 + month * 32 + day;
    if (key !== this.lastKey) {
      this.lastKey = key;
      this.lastDayMs = daysFromCivil(year, month, day) * MS_PER_DAY;
    }
    return this.lastDayMs + secondsOfDay * 1000;
  }
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/**
 * ISO-8601 for a message time: with `Z` when `zoned` (a real instant, printed in UTC),
 * without an offset otherwise (a local wall-clock time), e.g. `2024-03-09T21:58:00`.
 */
export function formatIsoTime(ms: number, zoned: boolean): string {
  const days = Math.floor(ms / MS_PER_DAY);
  const secs = Math.floor((ms - days * MS_PER_DAY) / 1000);
  const { year, month, day } = civilFromDays(days);
  const base = `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}T${pad2(Math.floor(secs / 3600))}:${pad2(Math.floor(secs / 60) % 60)}:${pad2(secs % 60)}`;
  return zoned ? `${base}Z` : base;
}

/** Days since 1970-01-01 → calendar date (inverse of {@link daysFromCivil}). */
export function civilFromDays(days: number): { year: number; month: number; day: number } {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** The Monday (as days since epoch) of the week holding `days`. 1970-01-01 was a Thursday. */
export function weekStartDay(days: number): number {
  return days - ((((days + 3) % 7) + 7) % 7);
}

export { MS_PER_DAY };
