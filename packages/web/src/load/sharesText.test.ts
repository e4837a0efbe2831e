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

  it('tells each member only their own share, then the pattern with no names', () => {
    const alex = sharesText(overview, 'a');
    expect(alex[0]).toBe(
      'You have 75% of the load: 100% of the noticing, planning and following up, and 67% of the doing.',
    );
    expect(alex[1]).toBe('The load leans a little towards one of you.');
    expect(alex[2]).toBe('You have carried most of the noticing and planning lately.');
    const sam = sharesText(overview, 'b');
    expect(sam[0]).toBe(
      'You have 25% of the load: 0% of the noticing, planning and following up, and 33% of the doing.',
    );
    expect(sam[2]).toBe('Most planning has sat on one side lately.');
    for (const line of sam) expect(line).not.toMatch(/75%|100%|67%/);
  });

  it('reads the Gini against its ceiling for the circle size', () => {
    expect(spreadText(0, 2)).toMatch(/evenly/);
    expect(spreadText(0.5, 2)).toMatch(/most of the load/);
    expect(spreadText(0.15, 4)).toMatch(/evenly/);
  });
});
