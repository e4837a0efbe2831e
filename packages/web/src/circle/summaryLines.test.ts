import { describe, expect, it } from 'vitest';
import type { PairSummary } from '../api.ts';
import { amongOthers, mySide, reachedMe, rhythmWith } from './summaryLines.ts';

const pair = (
  fromMemberId: string,
  toMemberId: string,
  acts: number,
  noticed = 0,
): PairSummary => ({
  fromMemberId,
  toMemberId,
  acts,
  effort: acts,
  noticed,
});

describe('summary lines, from my side', () => {
  const pairs = [pair('me', 'sam', 14, 3), pair('sam', 'me', 6, 5), pair('sam', 'cy', 2)];

  it('counts only what I gave and what I noticed', () => {
    expect(mySide(pairs, 'me')).toEqual({ gave: 14, gaveNoticed: 3, iNoticed: 5 });
    expect(mySide(pairs, 'sam')).toEqual({ gave: 8, gaveNoticed: 5, iNoticed: 3 });
  });

  it('tells the rhythm as a direction seen from me, never a count', () => {
    expect(rhythmWith([pair('me', 'sam', 20), pair('sam', 'me', 2)], 'me', 'sam')).toBe('from_me');
    expect(rhythmWith([pair('me', 'sam', 20), pair('sam', 'me', 2)], 'sam', 'me')).toBe(
      'toward_me',
    );
    expect(rhythmWith([pair('me', 'sam', 10), pair('sam', 'me', 8)], 'me', 'sam')).toBe(
      'both_ways',
    );
    expect(rhythmWith([pair('me', 'sam', 2)], 'me', 'sam')).toBe('thin');
  });

  it('says whether someone cared for me, and whether others exchanged care, without numbers', () => {
    expect(reachedMe(pairs, 'me', 'sam')).toBe(true);
    expect(reachedMe(pairs, 'me', 'cy')).toBe(false);
    expect(amongOthers(pairs, 'me')).toBe(true);
    expect(amongOthers(pairs.slice(0, 2), 'me')).toBe(false);
  });
});
