import type { CircleAggregates } from '@recipro/core';
import { expect } from 'vitest';
import { rowsOf } from '../../src/repositories/aggregates.ts';

const sortRows = <T extends object>(rows: T[]) =>
  [...rows].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

/**
 * Stored aggregates (read back from their rows) equal a from-scratch aggregate: day totals
 * exactly, decayed sums to floating-point rounding. Rows summed down to zero count as absent.
 */
export function expectSameAggregates(
  stored: CircleAggregates,
  fromScratch: CircleAggregates,
): void {
  const got = rowsOf(stored);
  const want = rowsOf(fromScratch);
  expect(sortRows(got.days.filter((r) => r.acts !== 0))).toEqual(sortRows(want.days));
  const decayKey = (r: { from: string; to: string; block: number; form: string }) =>
    `${r.from}|${r.to}|${r.block}|${r.form}`;
  const wantDecay = new Map(want.decay.map((r) => [decayKey(r), r]));
  const present = got.decay.filter((r) => r.count !== 0);
  for (const r of present) {
    const w = wantDecay.get(decayKey(r));
    expect(w).toBeDefined();
    expect(r.count).toBe(w!.count);
    expect(r.noticedCount).toBe(w!.noticedCount);
    expect(r.effort).toBeCloseTo(w!.effort, 9);
    expect(r.noticed).toBeCloseTo(w!.noticed, 9);
  }
  expect(present).toHaveLength(want.decay.length);
}
