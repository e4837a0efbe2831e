import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DAY_MS } from '../time-window.ts';
import { FORMS_OF_CARE, type Effort } from '../vocabulary.ts';
import {
  aggregateActs,
  applyActEvent,
  createAggregates,
  type ActFacts,
  type CircleAggregates,
} from './aggregates.ts';
import { readCircleBalance } from './circle-balance.ts';
import type { Season } from './seasons.ts';
import { NOW } from './test-acts.ts';
import { readPairTotals } from './totals.ts';
import { BALANCE_WINDOWS, daySpan, dayOf } from './windows.ts';

const MEMBERS = ['a', 'b', 'c'];

/** Numbers equal up to rounding (relative 1e-9, absolute 1e-9); everything else exactly. */
function expectClose(actual: unknown, expected: unknown, path = '$'): void {
  if (typeof actual === 'number' && typeof expected === 'number') {
    const tolerance = 1e-9 * Math.max(1, Math.abs(actual), Math.abs(expected));
    if (!(Math.abs(actual - expected) <= tolerance)) {
      throw new Error(`${path}: ${actual} differs from ${expected}`);
    }
    return;
  }
  if (
    actual !== null &&
    expected !== null &&
    typeof actual === 'object' &&
    typeof expected === 'object'
  ) {
    const keys = new Set([...Object.keys(actual), ...Object.keys(expected)]);
    for (const key of keys) {
      expectClose(
        (actual as Record<string, unknown>)[key],
        (expected as Record<string, unknown>)[key],
        `${path}.${key}`,
      );
    }
    return;
  }
  expect(actual, path).toBe(expected);
}

/** The definition, straight from the acts: what the aggregates must agree with. */
function naiveTotals(
  acts: readonly ActFacts[],
  from: string,
  to: string,
  window: number | 'decay',
  halfLifeDays: number,
) {
  const span = window === 'decay' ? null : daySpan(NOW, window);
  let effort = 0;
  let count = 0;
  let noticed = 0;
  for (const act of acts) {
    if (act.fromMemberId !== from || act.toMemberId !== to) continue;
    if (span) {
      const day = dayOf(act.at);
      if (day < span.firstDay || day > span.lastDay) continue;
      effort += act.effort;
      count += 1;
      noticed += act.noticedAt === null ? 0 : 1;
    } else {
      const weight = 2 ** (-(NOW - act.at) / (halfLifeDays * DAY_MS));
      effort += act.effort * weight;
      count += weight;
      noticed += act.noticedAt === null ? 0 : weight;
    }
  }
  return { effort, count, noticed };
}

/** Acts over `spanDays` days; a short span and few forms make acts share day cells. */
const actArb = (spanDays: number, forms: number = FORMS_OF_CARE.length): fc.Arbitrary<ActFacts> =>
  fc.record({
    fromMemberId: fc.constantFrom(...MEMBERS),
    toMemberId: fc.constantFrom(...MEMBERS),
    form: fc.constantFrom(...FORMS_OF_CARE.slice(0, forms)),
    effort: fc.constantFrom<Effort>(1, 2, 3),
    // Back-dated up to `spanDays` before NOW, and a little after it.
    at: fc.integer({ min: NOW - spanDays * DAY_MS, max: NOW + DAY_MS }),
    noticedAt: fc.option(fc.constant(NOW), { nil: null }),
  });

type Command =
  | { type: 'add'; act: ActFacts }
  | { type: 'remove'; pick: number }
  | { type: 'change'; pick: number; act: ActFacts };

const commandsArb = (spanDays: number, forms?: number): fc.Arbitrary<Command[]> =>
  fc.array(
    fc.oneof(
      {
        weight: 5,
        arbitrary: actArb(spanDays, forms).map((act) => ({ type: 'add' as const, act })),
      },
      { weight: 2, arbitrary: fc.nat().map((pick) => ({ type: 'remove' as const, pick })) },
      {
        weight: 1,
        arbitrary: fc
          .tuple(fc.nat(), actArb(spanDays, forms))
          .map(([pick, act]) => ({ type: 'change' as const, pick, act })),
      },
    ),
    { maxLength: 120 },
  );

/** Runs the commands incrementally; returns the aggregates and the acts that survive. */
function run(commands: readonly Command[], halfLifeDays: number) {
  const aggregates = createAggregates({ halfLifeDays });
  const live: ActFacts[] = [];
  for (const command of commands) {
    if (command.type === 'add') {
      applyActEvent(aggregates, { type: 'act_added', act: command.act });
      live.push(command.act);
    } else if (live.length > 0) {
      const i = command.pick % live.length;
      const before = live[i] as ActFacts;
      if (command.type === 'remove') {
        applyActEvent(aggregates, { type: 'act_removed', act: before });
        live.splice(i, 1);
      } else {
        // An edit keeps who gave to whom; it may back-date, re-form or mark noticed.
        const after = {
          ...command.act,
          fromMemberId: before.fromMemberId,
          toMemberId: before.toMemberId,
        };
        applyActEvent(aggregates, { type: 'act_changed', before, after });
        live[i] = after;
      }
    }
  }
  return { aggregates, live };
}

const season: Season = {
  id: 's',
  memberId: 'b',
  kind: 'exams',
  startsAt: NOW - 40 * DAY_MS,
  endsAt: NOW - 10 * DAY_MS,
  note: null,
};
const readAll = (aggregates: CircleAggregates) =>
  BALANCE_WINDOWS.map((window) =>
    readCircleBalance(aggregates, {
      members: MEMBERS.map((id) => ({ id })),
      now: NOW,
      window,
      seasons: [season],
      careLanguages: { a: ['words', 'time'], b: ['acts'], c: [] },
    }),
  );

describe('incremental aggregates', () => {
  it(
    'equal a from-scratch recompute after adds, deletions, edits and back-dated acts',
    { timeout: 60_000 },
    () => {
      fc.assert(
        fc.property(
          fc.oneof(commandsArb(200), commandsArb(4, 2)),
          fc.constantFrom(1, 7, 30),
          (commands, halfLifeDays) => {
            const { aggregates, live } = run(commands, halfLifeDays);
            const scratch = aggregateActs(live, { halfLifeDays });
            // Day totals are exact integers: structurally identical, pair by pair.
            expect(Object.keys(aggregates.pairs).sort()).toEqual(Object.keys(scratch.pairs).sort());
            for (const [key, pair] of Object.entries(aggregates.pairs)) {
              expect(pair.days).toEqual(scratch.pairs[key]?.days);
              expect(pair.acts).toBe(scratch.pairs[key]?.acts);
              expect(Object.keys(pair.decay).sort()).toEqual(
                Object.keys(scratch.pairs[key]?.decay ?? {}).sort(),
              );
            }
            // Every view read from them agrees, decayed sums up to floating-point rounding.
            expectClose(readAll(aggregates), readAll(scratch));
          },
        ),
        { numRuns: 200 },
      );
    },
  );

  it('agree with the definition read straight from the acts', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(
        fc.oneof(commandsArb(120), commandsArb(4, 2)),
        fc.constantFrom(1, 7, 30),
        (commands, halfLifeDays) => {
          const { aggregates, live } = run(commands, halfLifeDays);
          for (const from of MEMBERS) {
            for (const to of MEMBERS) {
              if (from === to) continue;
              for (const window of BALANCE_WINDOWS) {
                const read = readPairTotals(aggregates, from, to, window, NOW);
                const naive = naiveTotals(live, from, to, window, halfLifeDays);
                expect(read.effort).toBeCloseTo(naive.effort, 5);
                expect(read.acts).toBeCloseTo(naive.count, 5);
                expect(read.noticed).toBeCloseTo(naive.noticed, 5);
              }
            }
          }
        },
      ),
      { numRuns: 100 },
    );
  });

  it('stay right across many blocks over years of history', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(commandsArb(3000), (commands) => {
        const { aggregates, live } = run(commands, 1);
        expectClose(readAll(aggregates), readAll(aggregateActs(live, { halfLifeDays: 1 })));
      }),
      { numRuns: 50 },
    );
  });

  it('survive a JSON round trip and keep updating', () => {
    const act: ActFacts = {
      fromMemberId: 'a',
      toMemberId: 'b',
      form: 'repair',
      effort: 2,
      at: NOW - DAY_MS,
      noticedAt: null,
    };
    const stored = JSON.parse(JSON.stringify(aggregateActs([act]))) as CircleAggregates;
    applyActEvent(stored, { type: 'act_added', act: { ...act, at: NOW } });
    expect(readPairTotals(stored, 'a', 'b', 7, NOW).effort).toBe(4);
  });

  it('lose no precision to an act with a date centuries away', () => {
    const near: ActFacts = {
      fromMemberId: 'a',
      toMemberId: 'b',
      form: 'repair',
      effort: 2,
      at: NOW - DAY_MS,
      noticedAt: null,
    };
    const far: ActFacts = { ...near, at: NOW + 300 * 365 * DAY_MS };
    const aggregates = aggregateActs([near, far]);
    applyActEvent(aggregates, { type: 'act_removed', act: far });
    expect(aggregates).toEqual(aggregateActs([near]));
    expect(readPairTotals(aggregates, 'a', 'b', 'decay', NOW).effort).toBeCloseTo(
      2 * 2 ** (-1 / 30),
      12,
    );
  });

  it('refuse to remove an act they never saw, changing nothing', () => {
    const act: ActFacts = {
      fromMemberId: 'a',
      toMemberId: 'b',
      form: 'repair',
      effort: 2,
      at: NOW,
      noticedAt: null,
    };
    const aggregates = aggregateActs([act]);
    const before = JSON.stringify(aggregates);
    expect(() =>
      applyActEvent(aggregates, { type: 'act_removed', act: { ...act, form: 'future' } }),
    ).toThrow(RangeError);
    expect(() =>
      applyActEvent(aggregates, {
        type: 'act_changed',
        before: { ...act, noticedAt: NOW },
        after: act,
      }),
    ).toThrow(RangeError);
    expect(JSON.stringify(aggregates)).toBe(before);
  });

  it('reject an act with an unknown form, a bad effort or no time', () => {
    const good: ActFacts = {
      fromMemberId: 'a',
      toMemberId: 'b',
      form: 'repair',
      effort: 1,
      at: NOW,
      noticedAt: null,
    };
    const aggregates = createAggregates();
    for (const bad of [
      { ...good, form: 'gifts' as never },
      { ...good, effort: 4 as never },
      { ...good, at: Number.NaN },
    ]) {
      expect(() => applyActEvent(aggregates, { type: 'act_added', act: bad })).toThrow(RangeError);
    }
    expect(aggregates.pairs).toEqual({});
  });

  it('ignore acts a member gives themself and reject a bad half-life', () => {
    const self: ActFacts = {
      fromMemberId: 'a',
      toMemberId: 'a',
      form: 'repair',
      effort: 1,
      at: NOW,
      noticedAt: null,
    };
    expect(aggregateActs([self]).pairs).toEqual({});
    expect(() => createAggregates({ halfLifeDays: 0 })).toThrow(RangeError);
  });
});
