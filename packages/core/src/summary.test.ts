import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Act } from './model.ts';
import { summarizeActs } from './summary.ts';
import { DAY_MS, lastDays } from './time-window.ts';
import { FORMS_OF_CARE, type Effort } from './vocabulary.ts';

const NOW = Date.UTC(2026, 5, 1);
let seq = 0;
const act = (
  from: string,
  to: string,
  daysAgo: number,
  effort: Effort = 1,
  noticed = false,
): Act => ({
  id: `act-${(seq += 1)}`,
  circleId: 'c',
  fromMemberId: from,
  toMemberId: to,
  form: 'practical',
  effort,
  note: null,
  at: NOW - daysAgo * DAY_MS,
  createdAt: NOW,
  noticedAt: noticed ? NOW : null,
});

describe('summarizeActs', () => {
  it('counts acts, effort and noticed acts per ordered pair inside the window', () => {
    const acts = [
      act('a', 'b', 1, 3, true),
      act('a', 'b', 2, 1),
      act('b', 'a', 3, 2, true),
      act('a', 'b', 40, 3),
    ];
    expect(summarizeActs(acts, lastDays(NOW, 30), ['a', 'b'])).toEqual([
      { fromMemberId: 'a', toMemberId: 'b', acts: 2, effort: 4, noticed: 1 },
      { fromMemberId: 'b', toMemberId: 'a', acts: 1, effort: 2, noticed: 1 },
    ]);
  });

  it('lists every ordered pair of members, with zeros where nothing was given', () => {
    const pairs = summarizeActs([act('a', 'b', 1)], lastDays(NOW, 30), ['a', 'b', 'c']);
    expect(pairs).toHaveLength(6);
    expect(pairs.find((p) => p.fromMemberId === 'c' && p.toMemberId === 'a')).toEqual({
      fromMemberId: 'c',
      toMemberId: 'a',
      acts: 0,
      effort: 0,
      noticed: 0,
    });
  });

  it('treats the window as half-open: from is in, to is out', () => {
    const window = { from: NOW - DAY_MS, to: NOW };
    const atFrom = { ...act('a', 'b', 1), at: window.from };
    const atTo = { ...act('a', 'b', 0), at: window.to };
    expect(summarizeActs([atFrom, atTo], window)).toEqual([
      { fromMemberId: 'a', toMemberId: 'b', acts: 1, effort: 1, noticed: 0 },
    ]);
  });

  it('without members, lists only pairs that gave, sorted by giver then receiver', () => {
    const pairs = summarizeActs(
      [act('b', 'a', 1), act('a', 'c', 1), act('a', 'b', 1)],
      lastDays(NOW, 7),
    );
    expect(pairs.map((p) => `${p.fromMemberId}>${p.toMemberId}`)).toEqual(['a>b', 'a>c', 'b>a']);
  });

  it('keeps its invariants on any stream of acts', () => {
    const member = fc.constantFrom('a', 'b', 'c');
    const arbitraryAct = fc
      .record({
        from: member,
        to: member,
        daysAgo: fc.integer({ min: 0, max: 60 }),
        effort: fc.constantFrom<Effort>(1, 2, 3),
        noticed: fc.boolean(),
        form: fc.constantFrom(...FORMS_OF_CARE),
      })
      .filter((r) => r.from !== r.to)
      .map((r) => ({ ...act(r.from, r.to, r.daysAgo, r.effort, r.noticed), form: r.form }));
    fc.assert(
      fc.property(fc.array(arbitraryAct, { maxLength: 80 }), (acts) => {
        const window = lastDays(NOW, 30);
        const pairs = summarizeActs(acts, window, ['a', 'b', 'c']);
        const inside = acts.filter((x) => x.at >= window.from && x.at < window.to);
        expect(pairs.reduce((n, p) => n + p.acts, 0)).toBe(inside.length);
        expect(pairs.reduce((n, p) => n + p.effort, 0)).toBe(
          inside.reduce((n, x) => n + x.effort, 0),
        );
        for (const p of pairs) {
          expect(p.noticed).toBeLessThanOrEqual(p.acts);
          expect(p.effort).toBeGreaterThanOrEqual(p.acts);
          expect(p.effort).toBeLessThanOrEqual(3 * p.acts);
        }
        // Order of input does not matter.
        expect(summarizeActs([...acts].reverse(), window, ['a', 'b', 'c'])).toEqual(pairs);
      }),
    );
  });
});
