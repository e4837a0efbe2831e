import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { repairPattern, repairStats, repairedWhen, secondsToRepair } from './repair.ts';

const H = 3_600_000;

describe('repairStats', () => {
  it('counts who started repair, how soon, and how often within a day', () => {
    const stats = repairStats(
      [
        { occurredAt: 0, repairStartedByMemberId: 'a', repairedAt: 2 * H },
        { occurredAt: 0, repairStartedByMemberId: 'a', repairedAt: 30 * H },
        { occurredAt: 0, repairStartedByMemberId: 'b', repairedAt: 4 * H },
        { occurredAt: 0, repairStartedByMemberId: null, repairedAt: null },
      ],
      ['a', 'b', 'c'],
    );
    expect(stats.ruptures).toBe(4);
    expect(stats.repaired).toBe(3);
    expect(stats.startedShares).toEqual([
      { memberId: 'a', started: 2, share: 2 / 3 },
      { memberId: 'b', started: 1, share: 1 / 3 },
      { memberId: 'c', started: 0, share: 0 },
    ]);
    expect(stats.medianSecondsToRepair).toBe(4 * 3600);
    expect(stats.withinGoalShare).toBe(2 / 3);
  });

  it('has nothing to say about an empty history', () => {
    expect(repairStats([], ['a'])).toEqual({
      ruptures: 0,
      repaired: 0,
      startedShares: [{ memberId: 'a', started: 0, share: 0 }],
      medianSecondsToRepair: null,
      withinGoalShare: null,
    });
  });

  it('never reports a negative time to repair', () => {
    expect(secondsToRepair(10_000, 5_000)).toBe(0);
  });

  it('shares of repairs started sum to 1 whenever anyone started one', () => {
    const member = fc.constantFrom('a', 'b', 'c');
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            occurredAt: fc.nat(1e9),
            repairStartedByMemberId: fc.option(member),
            repairedAt: fc.option(fc.nat(2e9)),
          }),
        ),
        (ruptures) => {
          const stats = repairStats(ruptures, ['a', 'b', 'c']);
          const sum = stats.startedShares.reduce((s, x) => s + x.share, 0);
          const anyStarted = ruptures.some((r) => r.repairStartedByMemberId !== null);
          expect(sum).toBeCloseTo(anyStarted ? 1 : 0, 10);
          if (stats.medianSecondsToRepair !== null)
            expect(stats.medianSecondsToRepair).toBeGreaterThanOrEqual(0);
        },
      ),
    );
  });
});

describe('repairedWhen', () => {
  it('waits for every member involved, and is then the last of their moments', () => {
    expect(repairedWhen(['a', 'b'], [])).toBeNull();
    expect(repairedWhen(['a', 'b'], [{ memberId: 'a', at: 5 * H }])).toBeNull();
    expect(
      repairedWhen(
        ['a', 'b'],
        [
          { memberId: 'b', at: 9 * H },
          { memberId: 'a', at: 5 * H },
        ],
      ),
    ).toBe(9 * H);
  });

  it('does not let someone outside the rupture complete it, nor an empty circle', () => {
    expect(
      repairedWhen(
        ['a', 'b'],
        [
          { memberId: 'a', at: H },
          { memberId: 'c', at: 2 * H },
        ],
      ),
    ).toBeNull();
    expect(repairedWhen([], [{ memberId: 'a', at: H }])).toBeNull();
  });

  it('is never before anyone involved said it, and does not depend on their order', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 1000 }), { minLength: 1, maxLength: 6 }), (times) => {
        const said = times.map((at, i) => ({ memberId: `m${i}`, at }));
        const involved = said.map((s) => s.memberId);
        const when = repairedWhen(involved, said);
        expect(when).toBe(Math.max(...times));
        expect(repairedWhen(involved, [...said].reverse())).toBe(when);
        expect(repairedWhen([...involved, 'late'], said)).toBeNull();
      }),
    );
  });
});

describe('repairPattern', () => {
  const shares = (a: number, b: number) =>
    repairStats(
      [
        ...Array.from({ length: a }, () => ({
          occurredAt: 0,
          repairStartedByMemberId: 'a',
          repairedAt: 1000,
        })),
        ...Array.from({ length: b }, () => ({
          occurredAt: 0,
          repairStartedByMemberId: 'b',
          repairedAt: 1000,
        })),
      ],
      ['a', 'b'],
    ).startedShares;

  it('says nothing about a side until a few repairs started', () => {
    expect(repairPattern(shares(2, 0))).toEqual({ kind: 'thin' });
  });

  it('says repair starts from one side, keeping whose for that member', () => {
    expect(repairPattern(shares(7, 1))).toEqual({ kind: 'one_side', memberId: 'a' });
    expect(repairPattern(shares(1, 3))).toEqual({ kind: 'one_side', memberId: 'b' });
  });

  it('says both sides when neither started most', () => {
    expect(repairPattern(shares(3, 2))).toEqual({ kind: 'both_sides' });
  });
});
