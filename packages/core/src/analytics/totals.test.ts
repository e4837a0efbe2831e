import { describe, expect, it } from 'vitest';
import { DAY_MS } from '../time-window.ts';
import { aggregateActs } from './aggregates.ts';
import { act, NOW } from './test-acts.ts';
import { readDaily, readPairTotals } from './totals.ts';
import { daySpan } from './windows.ts';

describe('readPairTotals', () => {
  const aggregates = aggregateActs([
    act('a', 'b', 0, { form: 'emotional', effort: 3, noticedAt: NOW }),
    act('a', 'b', 0.2, { form: 'practical' }),
    act('a', 'b', 10, { form: 'practical', effort: 2 }),
    act('b', 'a', 1),
  ]);

  it('sums a fixed window exactly, per form', () => {
    const t = readPairTotals(aggregates, 'a', 'b', 7, NOW);
    expect(t).toMatchObject({ acts: 2, effort: 4, noticed: 1 });
    expect(t.byForm.emotional).toBe(3);
    expect(t.byForm.practical).toBe(1);
    expect(readPairTotals(aggregates, 'a', 'b', 30, NOW).effort).toBe(6);
  });

  it('keeps byForm summing to effort in the decayed view', () => {
    const t = readPairTotals(aggregates, 'a', 'b', 'decay', NOW);
    const sum = Object.values(t.byForm).reduce((x, y) => x + y, 0);
    expect(sum).toBeCloseTo(t.effort, 12);
    expect(t.effort).toBeGreaterThan(4);
    expect(t.effort).toBeLessThan(6);
  });

  it('lets very old care fade to exactly zero', () => {
    const old = aggregateActs([act('a', 'b', 0)]);
    expect(readPairTotals(old, 'a', 'b', 'decay', NOW + 1000 * DAY_MS).effort).toBe(0);
  });

  it('is empty for a pair with no acts', () => {
    expect(readPairTotals(aggregates, 'b', 'c', 'decay', NOW).acts).toBe(0);
  });
});

describe('readDaily', () => {
  it('gives acts and effort per day, oldest first', () => {
    const aggregates = aggregateActs([act('a', 'b', 0, { effort: 2 }), act('a', 'b', 2)]);
    const daily = readDaily(aggregates, 'a', 'b', daySpan(NOW, 3));
    expect(daily).toEqual({ acts: [1, 0, 1], effort: [1, 0, 2] });
  });
});
