import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Effort } from '../vocabulary.ts';
import { suggestHandOvers } from './handovers.ts';
import {
  FREQUENCIES,
  RESPONSIBILITY_AREAS,
  STAGES,
  ownedWholly,
  stageLoad,
  type Responsibility,
  type StageOwners,
} from './responsibilities.ts';
import { divideLoad, perceivedShares } from './shares.ts';

const none: StageOwners = { notice: null, plan: null, do: null, followUp: null };
const r = (
  id: string,
  owners: Partial<StageOwners>,
  extra: Partial<Responsibility> = {},
): Responsibility => ({
  id,
  title: id,
  area: 'home',
  frequency: 'weekly',
  effort: 2,
  owners: { ...none, ...owners },
  ...extra,
});

const member = fc.constantFrom('a', 'b', 'c', null);
const responsibility = fc.record({
  id: fc.uuid(),
  title: fc.string(),
  area: fc.constantFrom(...RESPONSIBILITY_AREAS),
  frequency: fc.constantFrom(...FREQUENCIES),
  effort: fc.constantFrom<Effort>(1, 2, 3),
  owners: fc.record({ notice: member, plan: member, do: member, followUp: member }),
});

describe('divideLoad', () => {
  it('credits the invisible stages separately from doing', () => {
    const division = divideLoad(
      [r('laundry', { notice: 'a', plan: 'a', do: 'b', followUp: 'a' })],
      ['a', 'b'],
    );
    const [a, b] = division.members;
    // notice + plan + followUp = 3 units; do = 3 units.
    expect(a!.share).toBeCloseTo(0.5);
    expect(b!.share).toBeCloseTo(0.5);
    expect(a!.invisibleShare).toBe(1);
    expect(b!.invisibleShare).toBe(0);
    expect(division.gini).toBeCloseTo(0);
  });

  it('weights by frequency and effort, and leaves unowned stages out of shares', () => {
    const division = divideLoad(
      [
        r('cook', ownedWholly('a'), { frequency: 'daily', effort: 3 }),
        r('bills', { do: 'b' }, { frequency: 'monthly', effort: 1 }),
      ],
      ['a', 'b'],
    );
    expect(division.members[0]!.load).toBeCloseTo(30 * 3 * 6);
    expect(division.members[1]!.load).toBeCloseTo(3);
    expect(division.unownedLoad).toBeCloseTo(3);
    expect(division.gini).toBeGreaterThan(0.45);
  });

  it('shows what each person thinks they carry beside the inventory', () => {
    const division = divideLoad([r('x', ownedWholly('a'))], ['a', 'b']);
    expect(perceivedShares(division, { b: 0.4 })).toEqual([
      { memberId: 'a', perceived: null, inventory: 1 },
      { memberId: 'b', perceived: 0.4, inventory: 0 },
    ]);
  });

  it('shares sum to 1, and moving a stage moves exactly its load', () => {
    fc.assert(
      fc.property(fc.array(responsibility, { maxLength: 12 }), fc.nat(3), (items, pick) => {
        const division = divideLoad(items, ['a', 'b', 'c']);
        const total = division.members.reduce((s, m) => s + m.share, 0);
        const invisible = division.members.reduce((s, m) => s + m.invisibleShare, 0);
        const owned = division.members.some((m) => m.load > 0);
        expect(total).toBeCloseTo(owned ? 1 : 0, 9);
        expect(invisible).toBeCloseTo(division.members.some((m) => m.invisibleLoad > 0) ? 1 : 0, 9);
        const target = items[0];
        if (!target) return;
        const stage = STAGES[pick % 4]!;
        const moved = items.map((x, i) =>
          i === 0 ? { ...x, owners: { ...x.owners, [stage]: 'c' } } : x,
        );
        const after = divideLoad(moved, ['a', 'b', 'c']);
        const before = division.members.find((m) => m.memberId === 'c')!.load;
        const gained = target.owners[stage] === 'c' ? 0 : stageLoad(target, stage);
        expect(after.members.find((m) => m.memberId === 'c')!.load).toBeCloseTo(before + gained, 9);
      }),
    );
  });
});

describe('suggestHandOvers', () => {
  const heavy = [
    r('cook', ownedWholly('a'), { frequency: 'daily' }),
    r('birthdays', ownedWholly('a'), { area: 'family' }),
    r('bills', { do: 'b' }),
  ];

  it('suggests moves that bring shares closer, each lowering the Gini', () => {
    const suggestions = suggestHandOvers(heavy, ['a', 'b']);
    expect(suggestions.length).toBeGreaterThan(0);
    for (const s of suggestions) {
      expect(s.giniAfter).toBeLessThan(s.giniBefore);
      expect(s.fromMemberId).toBe('a');
      expect(s.toMemberId).toBe('b');
    }
  });

  it('never suggests taking on more to someone in a season, or an area they cannot take', () => {
    expect(suggestHandOvers(heavy, ['a', 'b'], { inSeason: ['b'] })).toEqual([]);
    const suggestions = suggestHandOvers(heavy, ['a', 'b'], { cannot: { b: ['home'] } });
    expect(suggestions.every((s) => s.responsibilityId === 'birthdays')).toBe(true);
  });

  it('never moves work towards the member who already carries the most load', () => {
    const members = ['a', 'b', 'c'];
    fc.assert(
      fc.property(fc.array(responsibility, { maxLength: 10 }), (items) => {
        let current = items;
        for (const s of suggestHandOvers(items, members, { limit: 5 })) {
          const loads = divideLoad(current, members).members;
          const most = Math.max(...loads.map((m) => m.load));
          const to = loads.find((m) => m.memberId === s.toMemberId)!;
          expect(to.load).toBeLessThan(most);
          expect(s.giniAfter).toBeLessThan(s.giniBefore);
          current = current.map((x) =>
            x.id === s.responsibilityId
              ? { ...x, owners: { ...x.owners, [s.stage]: s.toMemberId } }
              : x,
          );
        }
      }),
    );
  });

  it('suggests nothing when the load is already even', () => {
    expect(
      suggestHandOvers([r('x', { notice: 'a', plan: 'a', do: 'b', followUp: 'a' })], ['a', 'b']),
    ).toEqual([]);
  });
});
