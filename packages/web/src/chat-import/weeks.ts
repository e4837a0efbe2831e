import type { ChatReport } from '@recipro/chat';

/** People drawn as their own series in the weekly chart; the rest are grouped together. */
export const WEEK_SERIES = 4;
export const OTHERS = '\u0000others';

export interface WeekRow {
  readonly start: string;
  readonly total: number;
  readonly [series: string]: number | string;
}

/** Messages per week for the most-talking people (and everyone else as one series). */
export function weekRows(report: ChatReport): { series: string[]; rows: WeekRow[] } {
  const named = report.participants.slice(0, WEEK_SERIES).map((p) => p.name);
  const hasOthers = report.participants.length > WEEK_SERIES;
  const rows = report.weeks.map((week) => {
    const row: Record<string, number | string> = { start: week.start };
    let total = 0;
    for (const name of named) row[name] = 0;
    if (hasOthers) row[OTHERS] = 0;
    for (const [name, tally] of Object.entries(week.participants)) {
      const key = named.includes(name) ? name : OTHERS;
      row[key] = Number(row[key] ?? 0) + tally.messages;
      total += tally.messages;
    }
    return { ...row, start: week.start, total };
  });
  return { series: hasOthers ? [...named, OTHERS] : named, rows };
}

/** The week with the most messages (the earliest of equals), if any. */
export function busiestWeek(rows: readonly WeekRow[]): WeekRow | undefined {
  let best: WeekRow | undefined;
  for (const row of rows) if (!best || row.total > best.total) best = row;
  return best;
}
