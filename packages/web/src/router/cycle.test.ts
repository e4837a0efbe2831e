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
    expect(parseCycleRoute(['circles', 'c1', 'repair', 'r1'])).toBeUndefined();
    expect(parseCycleRoute(['circles', 'c1', 'checkin', 'r1', 'guide'])).toBeUndefined();
    expect(parseCycleRoute(['circles', 'c1', 'repair', 'r1', 'nope'])).toBeUndefined();
  });

  it('builds paths that parse back', () => {
    const path = cyclePaths.checkin('a b', 'k/1');
    const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
    expect(parseCycleRoute(parts)).toMatchObject({ circleId: 'a b', checkinId: 'k/1' });
    const guide = cyclePaths.repairGuide('a b', 'r/1');
    expect(guide).toBe('/circles/a%20b/repair/r%2F1/guide');
    const guideParts = guide.split('/').filter(Boolean).map(decodeURIComponent);
    expect(parseCycleRoute(guideParts)).toEqual({
      name: 'cycle',
      step: 'repair',
      circleId: 'a b',
      checkinId: undefined,
      ruptureId: 'r/1',
    });
  });
});
