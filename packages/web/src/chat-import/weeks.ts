import type { ChatReport } from '@recipro/chat';

export interface WeekRow {
  /** The Monday, `YYYY-MM-DD`. */
  readonly start: string;
  /** Messages that week, from everyone together. */
  readonly total: number;
}

/** Messages per week for the whole chat: its rhythm, with nobody's part set beside another's. */
export function weekRows(report: ChatReport): WeekRow[] {
  return report.weeks.map((week) => ({
    start: week.start,
    total: Object.values(week.participants).reduce((sum, tally) => sum + tally.messages, 0),
  }));
}

/** The week with the most messages (the earliest of equals), if any. */
export function busiestWeek(rows: readonly WeekRow[]): WeekRow | undefined {
  let best: WeekRow | undefined;
  for (const row of rows) if (!best || row.total > best.total) best = row;
  return best;
}
