// A circle's record for the report tests (not exported from the package).
import { getInstrument } from '../instruments/registry.ts';
import type { InstrumentId } from '../instruments/types.ts';
import type { Act } from '../model.ts';
import { DAY_MS } from '../time-window.ts';
import type { ReportSource } from './types.ts';

/** The period the tests report on: March 2026. */
export const FROM = Date.UTC(2026, 2, 1);
export const TO = Date.UTC(2026, 3, 1);
export const day = (n: number): number => FROM + n * DAY_MS;

let counter = 0;
export function act(from: string, to: string, at: number, over: Partial<Act> = {}): Act {
  counter += 1;
  return {
    id: `act-${counter}`,
    circleId: 'c1',
    fromMemberId: from,
    toMemberId: to,
    form: 'practical',
    effort: 2,
    note: null,
    at,
    createdAt: at,
    noticedAt: null,
    ...over,
  };
}

/** The positions of a sheet answering every item of an instrument with `position` (clamped). */
export function sheet(instrument: InstrumentId, position: number): number[] {
  const items = getInstrument(instrument)?.items ?? [];
  return items.map((item) => {
    const count = item.kind === 'choice' ? item.options.length : item.scores.length;
    return Math.min(position, count - 1);
  });
}

export const emptySource = (over: Partial<ReportSource> = {}): ReportSource => ({
  kind: 'couple',
  period: { from: FROM, to: TO },
  members: [
    { id: 'a', name: 'Ann' },
    { id: 'b', name: 'Ben' },
  ],
  acts: [],
  seasons: [],
  checkins: [],
  values: [],
  ruptures: [],
  responsibilities: [],
  rituals: [],
  ...over,
});
