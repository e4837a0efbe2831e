import type { TimeWindow } from '../time-window.ts';
import { FORMS_OF_CARE, type CareLanguage, type FormOfCare } from '../vocabulary.ts';
import { factsDaily, type BalanceFacts } from './balance-facts.ts';
import { balanceIndex, bandFor, isThin, type BalanceBand } from './balance.ts';
import { careFit, type CareFit } from './care-languages.ts';
import { pairPattern, toWeeks, type PatternEvidence, type ReciprocityPattern } from './patterns.ts';
import { seasonFor, type Season, type SeasonKind } from './seasons.ts';
import { countInitiations, oneSidedSigns, QUIET_SPELL_DAYS, type OneSidedSigns } from './signs.ts';
import type { GivenTotals } from './totals.ts';
import { daySpanWindow, type DaySpan } from './windows.ts';

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

/** What a pair's balance is read against besides the aggregates. */
export interface PairContext {
  readonly viewSpan: DaySpan;
  readonly viewWindow: TimeWindow;
  readonly patternSpan: DaySpan;
  readonly seasons: readonly Season[];
  readonly ranking: readonly CareLanguage[] | undefined;
}

/** Balance, signs, pattern and fit of one ordered pair (see PairBalance for invariants). */
export function pairBalance(
  facts: BalanceFacts,
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
    factsDaily(facts, from, to, padded).acts,
    factsDaily(facts, to, from, padded).acts,
  );

  const patternWindow = daySpanWindow(ctx.patternSpan);
  const weekly = (a: string, b: string) => {
    const daily = factsDaily(facts, a, b, ctx.patternSpan);
    return { acts: toWeeks(daily.acts), effort: toWeeks(daily.effort), noticed: daily.noticed };
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
