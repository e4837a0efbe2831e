import type { EpochMs } from './model.ts';

/** How often a circle's check-in opens by itself. */
export const CHECKIN_CADENCES = ['weekly', 'monthly'] as const;
export type CheckinCadence = (typeof CHECKIN_CADENCES)[number];

export const isCheckinCadence = (v: unknown): v is CheckinCadence =>
  typeof v === 'string' && (CHECKIN_CADENCES as readonly string[]).includes(v);

/**
 * The period an instant falls in (UTC): an ISO week such as `2026-W48` (weeks start on Monday;
 * week 1 holds the year's first Thursday), or a month such as `2026-11`. One scheduled
 * check-in opens per period.
 */
export function checkinPeriod(at: EpochMs, cadence: CheckinCadence): string {
  const date = new Date(at);
  if (cadence === 'monthly') return date.toISOString().slice(0, 7);
  const day = (date.getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  const thursday = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate() - day + 3);
  const year = new Date(thursday).getUTCFullYear();
  const week = Math.floor((thursday - Date.UTC(year, 0, 1)) / (7 * 86_400_000)) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/**
 * When a period named by {@link checkinPeriod} ends (the first instant of the next one), read
 * from its stored form `weekly:2026-W48` or `monthly:2026-11`; null for anything else.
 */
export function checkinPeriodEnd(stored: string): EpochMs | null {
  const weekly = /^weekly:(\d{4})-W(\d{2})$/.exec(stored);
  if (weekly) {
    const year = Number(weekly[1]);
    const week = Number(weekly[2]);
    // Week 1 holds 4 January; its Monday starts the ISO year.
    const jan4 = Date.UTC(year, 0, 4);
    const firstMonday = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * 86_400_000;
    return firstMonday + week * 7 * 86_400_000;
  }
  const monthly = /^monthly:(\d{4})-(\d{2})$/.exec(stored);
  if (monthly) return Date.UTC(Number(monthly[1]), Number(monthly[2]), 1);
  return null;
}
