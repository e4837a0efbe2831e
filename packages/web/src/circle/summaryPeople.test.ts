import { describe, expect, it } from 'vitest';
import type { CircleDetail, PairSummary } from '../api.ts';
import { summaryPeople } from './summaryPeople.ts';

const circle: CircleDetail = {
  id: 'c1',
  name: 'Home',
  kind: 'family',
  createdAt: '2026-01-01T00:00:00Z',
  myMemberId: 'me',
  members: [
    { id: 'me', name: 'Ada', joinedAt: '2026-01-01T00:00:00Z' },
    { id: 'ben', name: 'Ben', joinedAt: '2026-01-02T00:00:00Z' },
  ],
  formerMembers: [
    { id: 'cam', leftAt: '2026-02-01T00:00:00Z' },
    { id: 'dee', leftAt: '2026-02-02T00:00:00Z' },
  ],
};

const pair = (fromMemberId: string, toMemberId: string, acts: number): PairSummary => ({
  fromMemberId,
  toMemberId,
  acts,
  effort: acts,
  noticed: 0,
});

describe('summaryPeople', () => {
  it('lists the other current members, even when nothing was logged', () => {
    expect(summaryPeople(circle, [])).toEqual([{ id: 'ben', name: 'Ben' }]);
  });

  it('adds each former member who shared care with me, once, under no name', () => {
    const pairs = [pair('me', 'cam', 2), pair('cam', 'me', 1), pair('dee', 'ben', 4)];
    expect(summaryPeople(circle, pairs)).toEqual([
      { id: 'ben', name: 'Ben' },
      { id: 'cam', name: 'a former member' },
    ]);
  });

  it('leaves out a former member with no acts in these days', () => {
    expect(summaryPeople(circle, [pair('me', 'cam', 0)])).toEqual([{ id: 'ben', name: 'Ben' }]);
  });
});
