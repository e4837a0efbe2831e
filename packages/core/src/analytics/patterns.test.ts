import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pairPattern, toWeeks, type WeeklyFlow } from './patterns.ts';

const flow = (acts: number[], noticed = 0): WeeklyFlow => ({ acts, effort: acts, noticed });
const noSeason = () => null;
const weeks = (n: number, each: number) =>
  Array.from({ length: 12 }, (_, i) => (i >= 12 - n ? each : 0));

describe('pairPattern', () => {
  it('says not enough data for a handful of acts', () => {
    const p = pairPattern('a', 'b', flow(weeks(2, 1)), flow(weeks(2, 1)), noSeason);
    expect(p.pattern).toBe('not_enough_data');
  });

  it('calls even give and take balanced', () => {
    const p = pairPattern('a', 'b', flow(weeks(6, 3)), flow(weeks(6, 2)), noSeason);
    expect(p.pattern).toBe('balanced');
    expect(p.evidence.moreFromMemberId).toBeNull();
  });

  it('calls long, unnoticed one-way giving negative', () => {
    const p = pairPattern('a', 'b', flow(weeks(6, 5), 2), flow(weeks(6, 0)), noSeason);
    expect(p.pattern).toBe('negative');
    expect(p.evidence).toMatchObject({
      moreFromMemberId: 'a',
      leaningWeeks: 6,
      noticedRate: 2 / 30,
      seasonId: null,
    });
  });

  it('calls noticed one-way giving generalized', () => {
    const p = pairPattern('a', 'b', flow(weeks(6, 5), 20), flow(weeks(6, 0)), noSeason);
    expect(p.pattern).toBe('generalized');
  });

  it('calls one-way giving during a season generalized', () => {
    const p = pairPattern('a', 'b', flow(weeks(6, 5)), flow(weeks(6, 0)), (id) =>
      id === 'b' ? 'flu' : null,
    );
    expect(p.pattern).toBe('generalized');
    expect(p.evidence.seasonId).toBe('flu');
  });

  it('calls a short one-way stretch generalized', () => {
    const p = pairPattern('a', 'b', flow(weeks(3, 5)), flow(weeks(3, 0)), noSeason);
    expect(p.pattern).toBe('generalized');
    expect(p.evidence.leaningWeeks).toBe(3);
  });

  it('is the same pattern, with mirrored evidence, from both sides', () => {
    const series = fc.array(fc.nat(4), { minLength: 12, maxLength: 12 });
    fc.assert(
      fc.property(series, series, fc.nat(10), fc.nat(10), (g, r, ng, nr) => {
        const given = flow(
          g,
          Math.min(
            ng,
            g.reduce((a, b) => a + b, 0),
          ),
        );
        const received = flow(
          r,
          Math.min(
            nr,
            r.reduce((a, b) => a + b, 0),
          ),
        );
        const ab = pairPattern('a', 'b', given, received, noSeason);
        const ba = pairPattern('b', 'a', received, given, noSeason);
        expect(ba.pattern).toBe(ab.pattern);
        expect(ba.evidence.index).toBe(ab.evidence.index === 0 ? 0 : -ab.evidence.index);
        expect(ba.evidence.moreFromMemberId).toBe(ab.evidence.moreFromMemberId);
        expect(ba.evidence.leaningWeeks).toBe(ab.evidence.leaningWeeks);
        expect(ba.evidence.noticedRate).toBe(ab.evidence.noticedRate);
      }),
    );
  });
});

describe('toWeeks', () => {
  it('sums days into weeks', () => {
    expect(toWeeks([1, 1, 1, 1, 1, 1, 1, 2, 0, 0, 0, 0, 0, 0])).toEqual([7, 2]);
  });
});
