import { describe, expect, it } from 'vitest';
import { cyclePaths, parseCycleRoute } from './cycle.ts';

describe('cycle routes', () => {
  it('parses each step and one check-in', () => {
    expect(parseCycleRoute(['circles', 'c1', 'reflect'])).toEqual({
      name: 'cycle',
      step: 'reflect',
      circleId: 'c1',
      checkinId: undefined,
    });
    expect(parseCycleRoute(['circles', 'c1', 'checkin', 'k1'])?.checkinId).toBe('k1');
  });

  it('refuses what is not a cycle address', () => {
    expect(parseCycleRoute(['circles', 'c1'])).toBeUndefined();
    expect(parseCycleRoute(['circles', 'c1', 'nope'])).toBeUndefined();
    expect(parseCycleRoute(['circles', 'c1', 'reflect', 'x'])).toBeUndefined();
  });

  it('builds paths that parse back', () => {
    const path = cyclePaths.checkin('a b', 'k/1');
    const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
    expect(parseCycleRoute(parts)).toMatchObject({ circleId: 'a b', checkinId: 'k/1' });
  });
});
