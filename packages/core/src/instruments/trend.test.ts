import { describe, expect, it } from 'vitest';
import { describeItemTrends, describeTrend, trendSteps } from './trend.ts';

describe('trend', () => {
  it('describes the latest change as went up / stayed the same / went down', () => {
    expect(describeTrend([10, 12])).toEqual({ from: 10, to: 12, change: 2, direction: 'went_up' });
    expect(describeTrend([12, 12])?.direction).toBe('stayed_the_same');
    expect(describeTrend([12, 9])).toEqual({
      from: 12,
      to: 9,
      change: -3,
      direction: 'went_down',
    });
  });

  it('needs two known values; skips check-ins without a value', () => {
    expect(describeTrend([])).toBeNull();
    expect(describeTrend([14])).toBeNull();
    expect(describeTrend([null, 14, undefined])).toBeNull();
    expect(describeTrend([12, 14, null, 17])).toEqual({
      from: 14,
      to: 17,
      change: 3,
      direction: 'went_up',
    });
  });

  it('counts a change within the tolerance as staying the same', () => {
    expect(describeTrend([50, 52], { tolerance: 2 })?.direction).toBe('stayed_the_same');
    expect(describeTrend([50, 47], { tolerance: 2 })?.direction).toBe('went_down');
  });

  it('lists every step, oldest first', () => {
    expect(trendSteps([3, 5, 5, 1]).map((s) => s.direction)).toEqual([
      'went_up',
      'stayed_the_same',
      'went_down',
    ]);
  });

  it('describes each item over sheets, skipping missing check-ins', () => {
    const sheets = [[1, 4, 2], null, [2, 4, 0], [3, 4, null]];
    expect(describeItemTrends(sheets).map((t) => t?.direction ?? null)).toEqual([
      'went_up',
      'stayed_the_same',
      'went_down',
    ]);
    expect(describeItemTrends([[1, 2]])).toEqual([null, null]);
    expect(describeItemTrends([])).toEqual([]);
  });
});
