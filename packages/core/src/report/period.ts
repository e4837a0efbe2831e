import type { EpochMs } from '../model.ts';
import { DAY_MS, type TimeWindow } from '../time-window.ts';

/** The longest period a report covers: a year and a day. */
export const REPORT_MAX_DAYS = 366;

export type ReportPeriodProblem = 'empty' | 'inverted' | 'too_long' | 'not_started' | 'not_ended';

/**
 * Why a period cannot be reported on, or null: it must run forwards, last at least a moment,
 * at most REPORT_MAX_DAYS, have started by `now`, and cover only days that have begun (it ends
 * by the end of `now`'s UTC day).
 */
export function reportPeriodProblem(period: TimeWindow, now: EpochMs): ReportPeriodProblem | null {
  if (period.to === period.from) return 'empty';
  if (period.to < period.from) return 'inverted';
  if (period.to - period.from > REPORT_MAX_DAYS * DAY_MS) return 'too_long';
  if (period.from > now) return 'not_started';
  if (period.to > Math.floor(now / DAY_MS) * DAY_MS + DAY_MS) return 'not_ended';
  return null;
}
