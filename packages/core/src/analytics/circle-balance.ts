import type { EpochMs, Member } from '../model.ts';
import { DAY_MS, type TimeWindow } from '../time-window.ts';
import { FORMS_OF_CARE, type CareLanguage, type FormOfCare } from '../vocabulary.ts';
import { aggregateActs, type ActFacts, type CircleAggregates } from './aggregates.ts';
import { balanceIndex, bandFor, isThin, type BalanceBand } from './balance.ts';
import { careFit, type CareFit } from './care-languages.ts';
import { circleInsights, type Insight } from './insights.ts';
import { gini, giveMatrix, loadShares, type GiveMatrix, type LoadShare } from './load.ts';
import {
  pairPattern,
  PATTERN_WEEKS,
  toWeeks,
  type ReciprocityPattern,
  type PatternEvidence,
} from './patterns.ts';
import { seasonFor, type Season, type SeasonKind } from './seasons.ts';
import { countInitiations, oneSidedSigns, QUIET_SPELL_DAYS, type OneSidedSigns } from './signs.ts';
import { readDaily, readPairTotals, readSpanTotals, type GivenTotals } from './totals.ts';
import { daySpan, daySpanWindow, spanDays, type BalanceWindow, type DaySpan } from './windows.ts';

/** What a balance read needs besides the stored aggregates. Plain data; time comes in as `now`. */
export interface CircleBalanceInput {
  readonly members: readonly Pick<Member, 'id' | 'name'>[];
  readonly now: EpochMs;
  readonly window: BalanceWindow;
  readonly seasons?: readonly Season[];
  /** Member id → care languages that member ranked, most valued first. */
  readonly careLanguages?: Readonly<Record<string, readonly CareLanguage[]>>;
}

/** The season that lowers the expectation on a pair, named by id, member and kind. */
export interface SeasonRef {
  readonly id: string;
  readonly memberId: string;
  readonly kind: SeasonKind;
}

/**
 * Balance of one ordered pair in the view. Invariants: index(A,B) = -index(B,A); band, thin,
 * pattern and season are the same for both orders; given(A,B) = received(B,A).
 */
export interface PairBalance {
  readonly fromMemberId: string;
  readonly toMemberId: string;
  /** In [-1, 1]; positive when `from` gives more to `to` than `to` gives back (on effort). */
  readonly index: number;
  readonly band: BalanceBand;
  /** True when the pair exchanged too few acts in the view to read a rhythm. */
  readonly thin: boolean;
  readonly given: { readonly acts: number; readonly effort: number };
  readonly received: { readonly acts: number; readonly effort: number };
  /** Effort per form of care, both ways; every form is present. */
  readonly byForm: Readonly<
    Record<FormOfCare, { readonly given: number; readonly received: number }>
  >;
  /** Share of `from`'s acts that `to` marked noticed; null when `from` gave nothing. */
  readonly noticedRate: number | null;
  readonly signs: OneSidedSigns;
  readonly pattern: ReciprocityPattern;
  readonly patternEvidence: PatternEvidence;
  /** How well what `from` gives fits what `to` values; null when `to` ranked no languages. */
  readonly fit: CareFit | null;
  /** A season of the member who gives less, overlapping the view; caps the band at `leaning`. */
  readonly season: SeasonRef | null;
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
  const { now, window } = input;
  const seasons = input.seasons ?? [];
  const halfLifeDays = aggregates.halfLifeMs / DAY_MS;
  const viewSpan = daySpan(now, spanDays(window, halfLifeDays));
  const viewWindow = daySpanWindow(viewSpan);
  const patternSpan = daySpan(now, PATTERN_WEEKS * 7);
  const memberIds = input.members.map((m) => m.id);

  const totals = new Map<string, GivenTotals>();
  const totalsOf = (from: string, to: string): GivenTotals => {
    const key = `${from}\u0000${to}`;
    let t = totals.get(key);
    if (!t) totals.set(key, (t = readPairTotals(aggregates, from, to, window, now)));
    return t;
  };

  const pairs: PairBalance[] = [];
  for (const from of memberIds) {
    for (const to of memberIds) {
      if (from === to) continue;
      pairs.push(
        pairBalance(aggregates, from, to, totalsOf(from, to), totalsOf(to, from), {
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

interface PairContext {
  readonly viewSpan: DaySpan;
  readonly viewWindow: TimeWindow;
  readonly patternSpan: DaySpan;
  readonly seasons: readonly Season[];
  readonly ranking: readonly CareLanguage[] | undefined;
}

function pairBalance(
  aggregates: CircleAggregates,
  from: string,
  to: string,
  given: GivenTotals,
  received: GivenTotals,
  ctx: PairContext,
): PairBalance {
  const index = balanceIndex(given.effort, received.effort);
  const pairActs = given.acts + received.acts;
  const lighter = index > 0 ? to : index < 0 ? from : null;
  const season = lighter === null ? null : seasonFor(ctx.seasons, lighter, ctx.viewWindow);

  const padded = {
    firstDay: ctx.viewSpan.firstDay - QUIET_SPELL_DAYS,
    lastDay: ctx.viewSpan.lastDay,
  };
  const initiations = countInitiations(
    readDaily(aggregates, from, to, padded).acts,
    readDaily(aggregates, to, from, padded).acts,
  );

  const patternWindow = daySpanWindow(ctx.patternSpan);
  const weekly = (a: string, b: string) => {
    const daily = readDaily(aggregates, a, b, ctx.patternSpan);
    return {
      acts: toWeeks(daily.acts),
      effort: toWeeks(daily.effort),
      noticed: readSpanTotals(aggregates, a, b, ctx.patternSpan).noticed,
    };
  };
  const pattern = pairPattern(
    from,
    to,
    weekly(from, to),
    weekly(to, from),
    (memberId) => seasonFor(ctx.seasons, memberId, patternWindow)?.id ?? null,
  );

  const byForm = Object.fromEntries(
    FORMS_OF_CARE.map((form) => [
      form,
      { given: given.byForm[form], received: received.byForm[form] },
    ]),
  ) as PairBalance['byForm'];
  const signs = oneSidedSigns(given, received, initiations);
  return {
    fromMemberId: from,
    toMemberId: to,
    index,
    band: bandFor(index, pairActs, season !== null),
    thin: isThin(pairActs),
    given: { acts: given.acts, effort: given.effort },
    received: { acts: received.acts, effort: received.effort },
    byForm,
    noticedRate: signs.noticedRate,
    signs,
    pattern: pattern.pattern,
    patternEvidence: pattern.evidence,
    fit: careFit(given, ctx.ranking),
    season: season && { id: season.id, memberId: season.memberId, kind: season.kind },
  };
}
