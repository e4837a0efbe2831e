import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DAY_MS } from '../time-window.ts';
import { FORMS_OF_CARE, type Effort } from '../vocabulary.ts';
import { aggregateActs, type ActFacts } from './aggregates.ts';
import {
  balanceFactSpans,
  balanceFacts,
  factsDaily,
  factsTotals,
  sumTotals,
} from './balance-facts.ts';
import { readCircleBalanceFacts } from './circle-balance.ts';
import { NOW } from './test-acts.ts';
import { EMPTY_TOTALS, readDaily, readPairTotals, readSpanTotals } from './totals.ts';
import { BALANCE_WINDOWS, dayOf } from './windows.ts';

const MEMBERS = ['a', 'b', 'c'];

const actArb: fc.Arbitrary<ActFacts> = fc
  .record({
    from: fc.constantFrom(...MEMBERS),
    step: fc.integer({ min: 1, max: 2 }),
    form: fc.constantFrom(...FORMS_OF_CARE),
    effort: fc.constantFrom<Effort>(1, 2, 3),
    // From a year ago to a day ahead of NOW, so days outside every span occur too.
    at: fc.integer({ min: NOW - 365 * DAY_MS, max: NOW + DAY_MS }),
    noticed: fc.boolean(),
  })
  .map(({ from, step, form, effort, at, noticed }) => ({
    fromMemberId: from,
    toMemberId: MEMBERS[(MEMBERS.indexOf(from) + step) % MEMBERS.length]!,
    form,
    effort,
    at,
    noticedAt: noticed ? at + DAY_MS : null,
  }));

const pairsOf = (members: readonly string[]) =>
  members.flatMap((from) => members.filter((to) => to !== from).map((to) => [from, to] as const));

describe('balanceFacts', () => {
  it('holds the view totals and the per-day sums that the aggregates give', () => {
    fc.assert(
      fc.property(
        fc.array(actArb, { maxLength: 80 }),
        fc.constantFrom(...BALANCE_WINDOWS),
        (acts, window) => {
          const aggregates = aggregateActs(acts);
          const facts = balanceFacts(aggregates, window, NOW);
          const { days, view } = balanceFactSpans(window, 30, NOW);
          expect(facts.days).toEqual(days);
          for (const [from, to] of pairsOf(MEMBERS)) {
            expect(factsTotals(facts, from, to)).toEqual(
              readPairTotals(aggregates, from, to, window, NOW),
            );
            const daily = factsDaily(facts, from, to, days);
            const expected = readDaily(aggregates, from, to, days);
            expect(daily.acts).toEqual(expected.acts);
            expect(daily.effort).toEqual(expected.effort);
            expect(daily.noticed).toBe(readSpanTotals(aggregates, from, to, days).noticed);
          }
          // The per-day span reaches a quiet spell before the view and the pattern's weeks.
          expect(days.firstDay).toBeLessThan(view.firstDay);
          expect(days.lastDay).toBe(dayOf(NOW));
        },
      ),
    );
  });

  it('keeps one entry per pair and day, however many forms a day holds', () => {
    const acts = FORMS_OF_CARE.map((form) => ({
      fromMemberId: 'a',
      toMemberId: 'b',
      form,
      effort: 2 as const,
      at: NOW - DAY_MS,
      noticedAt: null,
    }));
    const facts = balanceFacts(aggregateActs(acts), 30, NOW);
    const pair = Object.values(facts.pairs);
    expect(pair).toHaveLength(1);
    expect(Object.values(pair[0]!.daily)).toEqual([
      { acts: FORMS_OF_CARE.length, effort: 2 * FORMS_OF_CARE.length, noticed: 0 },
    ]);
  });

  it('leaves out pairs with nothing in the view or the days', () => {
    const old = [
      {
        fromMemberId: 'a',
        toMemberId: 'b',
        form: 'appreciation' as const,
        effort: 1 as const,
        at: NOW - 300 * DAY_MS,
        noticedAt: null,
      },
    ];
    expect(balanceFacts(aggregateActs(old), 30, NOW).pairs).toEqual({});
  });

  it('refuses a span outside its days, and facts of another view', () => {
    const facts = balanceFacts(aggregateActs([]), 7, NOW);
    expect(() =>
      factsDaily(facts, 'a', 'b', {
        firstDay: facts.days.firstDay - 1,
        lastDay: facts.days.lastDay,
      }),
    ).toThrow(RangeError);
    expect(() => readCircleBalanceFacts(facts, { members: [], now: NOW, window: 30 })).toThrow(
      RangeError,
    );
  });
});

describe('sumTotals', () => {
  it('sums cells by form, and gives the empty totals for no care', () => {
    expect(sumTotals([])).toBe(EMPTY_TOTALS);
    const t = sumTotals([
      { form: 'communication', acts: 2, effort: 3, noticed: 1 },
      { form: 'communication', acts: 1, effort: 1, noticed: 0 },
      { form: 'appreciation', acts: 1, effort: 2, noticed: 1 },
    ]);
    expect(t).toMatchObject({ acts: 4, effort: 6, noticed: 2 });
    expect(t.byForm.communication).toBe(4);
    expect(t.byForm.appreciation).toBe(2);
    expect(Object.values(t.byForm).reduce((a, b) => a + b, 0)).toBe(t.effort);
  });
});
