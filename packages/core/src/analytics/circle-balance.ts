import type { EpochMs, Member } from '../model.ts';
import { DAY_MS, type TimeWindow } from '../time-window.ts';
import type { CareLanguage } from '../vocabulary.ts';
import { aggregateActs, type ActFacts, type CircleAggregates } from './aggregates.ts';
import { balanceFactSpans, balanceFacts, factsTotals, type BalanceFacts } from './balance-facts.ts';
import type { Insight } from './insight-kinds.ts';
import { circleInsights } from './insights.ts';
import { gini, giveMatrix, loadShares, type GiveMatrix, type LoadShare } from './load.ts';
import { pairBalance, type PairBalance } from './pair-balance.ts';
import type { Season } from './seasons.ts';
import type { GivenTotals } from './totals.ts';
import { daySpanWindow, type BalanceWindow } from './windows.ts';

/** What a balance read needs besides the stored aggregates. Plain data; time comes in as `now`. */
export interface CircleBalanceInput {
  /** The members, by id (the view names nobody: the reader's language words it with names). */
  readonly members: readonly Pick<Member, 'id'>[];
  readonly now: EpochMs;
  readonly window: BalanceWindow;
  readonly seasons?: readonly Season[];
  /** Member id → care languages that member ranked, most valued first. */
  readonly careLanguages?: Readonly<Record<string, readonly CareLanguage[]>>;
}

/** Everything a balance view shows, as plain data. */
export interface CircleBalance {
  readonly window: BalanceWindow;
  readonly now: EpochMs;
  readonly halfLifeDays: number;
  /** Whole days the view covers (for `decay`: the days per-day signs and seasons look at). */
  readonly span: TimeWindow;
  readonly pairs: readonly PairBalance[];
  readonly matrix: GiveMatrix;
  readonly loadShares: readonly LoadShare[];
  /** Gini of the effort each member gave: 0 even, (n-1)/n when one member gives everything. */
  readonly gini: number;
  readonly insights: readonly Insight[];
}

/**
 * Reads a balance view from stored aggregates without rescanning history: the cost depends on
 * the number of members and days in the view, not on the number of acts.
 */
export function readCircleBalance(
  aggregates: CircleAggregates,
  input: CircleBalanceInput,
): CircleBalance {
  return readCircleBalanceFacts(balanceFacts(aggregates, input.window, input.now), input);
}

/**
 * Reads a balance view from its facts (see BalanceFacts), which a database may sum itself.
 * The facts must be those of `input.window` at `input.now`.
 */
export function readCircleBalanceFacts(
  facts: BalanceFacts,
  input: CircleBalanceInput,
): CircleBalance {
  const { now, window } = input;
  if (facts.window !== window || facts.now !== now) {
    throw new RangeError('The balance facts were read for another view or time.');
  }
  const seasons = input.seasons ?? [];
  const halfLifeDays = facts.halfLifeMs / DAY_MS;
  const { view: viewSpan, pattern: patternSpan } = balanceFactSpans(window, halfLifeDays, now);
  const viewWindow = daySpanWindow(viewSpan);
  const memberIds = input.members.map((m) => m.id);

  const totals = new Map<string, GivenTotals>();
  const totalsOf = (from: string, to: string): GivenTotals => {
    const key = `${from}\u0000${to}`;
    let t = totals.get(key);
    if (!t) totals.set(key, (t = factsTotals(facts, from, to)));
    return t;
  };

  const pairs: PairBalance[] = [];
  for (const from of memberIds) {
    for (const to of memberIds) {
      if (from === to) continue;
      pairs.push(
        pairBalance(facts, from, to, totalsOf(from, to), totalsOf(to, from), {
          viewSpan,
          viewWindow,
          patternSpan,
          seasons,
          ranking: input.careLanguages?.[to],
        }),
      );
    }
  }
  const pairTotals = pairs.map((p) => ({ ...p, totals: totalsOf(p.fromMemberId, p.toMemberId) }));
  const shares = loadShares(memberIds, pairTotals);
  const base = {
    window,
    now,
    halfLifeDays,
    span: viewWindow,
    pairs,
    matrix: giveMatrix(memberIds, pairTotals),
    loadShares: shares,
    gini: gini(shares.map((s) => s.effort)),
  };
  return { ...base, insights: circleInsights(base, input.members, seasons) };
}

/** The same view computed from scratch from every act: aggregate, then read. */
export function computeCircleBalance(
  acts: Iterable<ActFacts>,
  input: CircleBalanceInput & { readonly halfLifeDays?: number },
): CircleBalance {
  const options = input.halfLifeDays === undefined ? {} : { halfLifeDays: input.halfLifeDays };
  return readCircleBalance(aggregateActs(acts, options), input);
}
