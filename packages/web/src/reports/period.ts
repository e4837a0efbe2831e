/** The periods a report is prepared for, as the API takes them: UTC dates, `to` the day after. */

const DAY = 86_400_000;

export type PeriodChoice = 'month' | 'quarter' | 'chosen';

/** YYYY-MM-DD of an instant, in UTC. */
export const isoDay = (at: number): string => new Date(at).toISOString().slice(0, 10);

/** The day after a YYYY-MM-DD date. */
export const dayAfter = (day: string): string => isoDay(Date.parse(`${day}T00:00:00Z`) + DAY);

/**
 * The period of a choice, ending with today: the last 30 or 91 days, or the chosen days (both
 * included). Null when chosen days are missing, not dates, or out of order.
 */
export function periodOf(
  choice: PeriodChoice,
  now: number,
  chosen: { readonly from: string; readonly to: string },
): { from: string; to: string } | null {
  const tomorrow = isoDay(now + DAY);
  if (choice === 'month') return { from: isoDay(now - 29 * DAY), to: tomorrow };
  if (choice === 'quarter') return { from: isoDay(now - 90 * DAY), to: tomorrow };
  const valid = (d: string) => /^\d{4}-\d{2}-\d{2}$/.test(d) && !Number.isNaN(Date.parse(d));
  if (!valid(chosen.from) || !valid(chosen.to) || chosen.to < chosen.from) return null;
  return { from: chosen.from, to: dayAfter(chosen.to) };
}
