import { describe, expect, it } from 'vitest';
import type { LoadOverview } from '../api-load.ts';
import { doingShares, sharesText, spreadText } from './sharesText.ts';

const overview: LoadOverview = {
  members: [
    { memberId: 'a', share: 0.75, invisibleShare: 1, load: 90, invisibleLoad: 30 },
    { memberId: 'b', share: 0.25, invisibleShare: 0, load: 30, invisibleLoad: 0 },
  ],
  gini: 0.25,
  unownedLoad: 0,
  perceived: [],
  suggestions: [],
  mine: { perceivedShare: null, prefers: [], cannot: [] },
};

describe('load shares in words', () => {
  it('splits the doing from the invisible stages', () => {
    const doing = doingShares(overview.members);
    expect(doing.get('a')).toBeCloseTo(2 / 3);
    expect(doing.get('b')).toBeCloseTo(1 / 3);
  });

  it('says each share and the spread, without numbers for the spread', () => {
    const lines = sharesText(overview, (id) => (id === 'a' ? 'Alex' : 'Sam'));
    expect(lines[0]).toBe(
      'Alex carries 75% of the load: 100% of the noticing, planning and following up, and 67% of the doing.',
    );
    expect(lines[2]).toBe('The load leans a little towards one of you.');
  });

  it('reads the Gini against its ceiling for the circle size', () => {
    expect(spreadText(0, 2)).toMatch(/evenly/);
    expect(spreadText(0.5, 2)).toMatch(/most of the load/);
    expect(spreadText(0.15, 4)).toMatch(/evenly/);
  });
});
