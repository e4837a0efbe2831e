import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FORMS_OF_CARE, type FormOfCare } from '../vocabulary.ts';
import { gini, giveMatrix, loadShares, normalizedGini, type PairTotals } from './load.ts';

const totals = (byFormIn: Partial<Record<FormOfCare, number>>): PairTotals['totals'] => {
  const byForm = Object.fromEntries(FORMS_OF_CARE.map((f) => [f, byFormIn[f] ?? 0])) as Record<
    FormOfCare,
    number
  >;
  const effort = Object.values(byForm).reduce((a, b) => a + b, 0);
  return { acts: effort, effort, noticed: 0, byForm };
};
const pair = (from: string, to: string, byForm: Partial<Record<FormOfCare, number>>) => ({
  fromMemberId: from,
  toMemberId: to,
  totals: totals(byForm),
});

describe('giveMatrix', () => {
  it('puts the giver on the row and the receiver on the column', () => {
    const m = giveMatrix(
      ['a', 'b', 'c'],
      [pair('a', 'b', { practical: 3 }), pair('c', 'a', { emotional: 2 }), pair('x', 'a', {})],
    );
    expect(m.effort).toEqual([
      [0, 3, 0],
      [0, 0, 0],
      [2, 0, 0],
    ]);
  });
});

describe('loadShares', () => {
  it('splits overall, household and emotional load', () => {
    const shares = loadShares(
      ['a', 'b', 'c'],
      [
        pair('a', 'b', { practical: 6, emotional: 1 }),
        pair('b', 'a', { emotional: 3 }),
        pair('c', 'a', { mental_load: 2 }),
      ],
    );
    expect(shares.map((s) => s.share)).toEqual([7 / 12, 3 / 12, 2 / 12]);
    expect(shares.map((s) => s.household.share)).toEqual([6 / 8, 0, 2 / 8]);
    expect(shares.map((s) => s.emotional.share)).toEqual([1 / 4, 3 / 4, 0]);
  });

  it('is all zero when nothing was given', () => {
    expect(loadShares(['a', 'b'], []).map((s) => s.share)).toEqual([0, 0]);
  });

  it('sums to 1 whenever something was given', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(20), { minLength: 6, maxLength: 6 }), (efforts) => {
        fc.pre(efforts.some((e) => e > 0));
        const ids = ['a', 'b', 'c'];
        const pairs = [
          pair('a', 'b', { practical: efforts[0] }),
          pair('a', 'c', { emotional: efforts[1] }),
          pair('b', 'a', { repair: efforts[2] }),
          pair('b', 'c', { future: efforts[3] }),
          pair('c', 'a', { mental_load: efforts[4] }),
          pair('c', 'b', { affection: efforts[5] }),
        ];
        const sum = loadShares(ids, pairs).reduce((s, x) => s + x.share, 0);
        expect(sum).toBeCloseTo(1, 12);
      }),
    );
  });
});

describe('gini', () => {
  it('is 0 for equal load and (n-1)/n when one carries all', () => {
    expect(gini([5, 5, 5])).toBe(0);
    expect(gini([0, 0, 9])).toBeCloseTo(2 / 3, 12);
    expect(normalizedGini([0, 0, 9])).toBeCloseTo(1, 12);
    expect(gini([10, 0])).toBeCloseTo(0.5, 12);
    expect(gini([])).toBe(0);
    expect(gini([0, 0])).toBe(0);
  });

  it('stays in [0, 1) and ignores order', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(100), { minLength: 2, maxLength: 12 }), (values) => {
        const g = gini(values);
        expect(g).toBeGreaterThanOrEqual(0);
        expect(g).toBeLessThan(1);
        expect(gini([...values].reverse())).toBeCloseTo(g, 12);
      }),
    );
  });
});
