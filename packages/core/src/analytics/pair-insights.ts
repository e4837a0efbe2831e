import { FORMS_OF_CARE } from '../vocabulary.ts';
import type { PairBalance } from './pair-balance.ts';
import {
  NOTICED_LOW_BELOW,
  NOTICED_MIN_ACTS,
  SIGN_MIN_COUNT,
  SIGN_SHARE_FROM,
  type Insight,
  type InsightContext,
} from './insight-kinds.ts';

/** Insights about a pair as a whole, read from the side that gives more (or the first side). */
export function pairInsights(p: PairBalance, ctx: InsightContext): Insight[] {
  const { seasons } = ctx;
  const acts = p.given.acts + p.received.acts;
  if (acts === 0) return [];
  const ids = [p.fromMemberId, p.toMemberId];
  const numbers = {
    index: p.index,
    givenActs: p.given.acts,
    receivedActs: p.received.acts,
    givenEffort: p.given.effort,
    receivedEffort: p.received.effort,
  };
  const out: Insight[] = [];
  if (p.thin) {
    out.push({
      kind: 'pair_thin',
      memberIds: ids,
      evidence: numbers,
    });
  } else if (p.season && p.band !== 'in_rhythm') {
    const season = seasons.find((s) => s.id === p.season?.id);
    out.push({
      kind: 'season',
      memberIds: ids,
      evidence: {
        ...numbers,
        seasonId: p.season.id,
        seasonKind: p.season.kind,
        seasonMemberId: p.season.memberId,
        seasonStartsAt: season?.startsAt ?? null,
        seasonEndsAt: season?.endsAt ?? null,
      },
    });
  } else if (p.band === 'in_rhythm') {
    out.push({
      kind: 'in_rhythm',
      memberIds: ids,
      evidence: numbers,
    });
  } else {
    out.push({
      kind: p.band,
      memberIds: ids,
      evidence: numbers,
    });
  }
  const e = p.patternEvidence;
  if (p.pattern === 'negative') {
    out.push({
      kind: 'pattern',
      memberIds: ids,
      evidence: { pattern: p.pattern, ...evidenceOf(e) },
    });
  } else if (p.pattern === 'generalized' && e.moreFromMemberId && !p.season && !e.seasonId) {
    // During a season the season insight already says why care flows one way.
    out.push({
      kind: 'pattern',
      memberIds: ids,
      evidence: { pattern: p.pattern, ...evidenceOf(e) },
    });
  }
  return out;
}

const evidenceOf = (e: PairBalance['patternEvidence']) => ({
  weeks: e.weeks,
  givenActs: e.given.acts,
  receivedActs: e.received.acts,
  activeWeeks: e.activeWeeks,
  leaningWeeks: e.leaningWeeks,
  noticedRate: e.noticedRate,
  index: e.index,
  seasonId: e.seasonId,
});

/**
 * Insights about one direction of a pair: noticed-rate, openings, support, care-language fit.
 * The first three are left out while a season covers the member who gives less.
 */
export function directedInsights(p: PairBalance): Insight[] {
  const ids = [p.fromMemberId, p.toMemberId];
  const out: Insight[] = [];
  const s = p.signs;
  // While a season lowers the expectation on one of the two, the one-sided signs say nothing
  // new: the season insight already explains why care flows one way.
  const signsApply = p.season === null;
  if (
    signsApply &&
    p.given.acts >= NOTICED_MIN_ACTS &&
    s.noticedRate !== null &&
    s.noticedRate < NOTICED_LOW_BELOW
  ) {
    out.push({
      kind: 'noticed',
      memberIds: ids,
      evidence: { noticedRate: s.noticedRate, acts: p.given.acts },
    });
  }
  if (
    signsApply &&
    s.initiations.total >= SIGN_MIN_COUNT &&
    (s.initiationShare ?? 0) >= SIGN_SHARE_FROM
  ) {
    out.push({
      kind: 'initiations',
      memberIds: ids,
      evidence: { ...s.initiations, share: s.initiationShare },
    });
  }
  const support = s.support.given + s.support.received;
  if (signsApply && support >= SIGN_MIN_COUNT && (s.supportShare ?? 0) >= SIGN_SHARE_FROM) {
    out.push({
      kind: 'support',
      memberIds: ids,
      evidence: { ...s.support, share: s.supportShare },
    });
  }
  if (p.fit?.suggestion && !p.thin) {
    const topForms = FORMS_OF_CARE.filter((f) => p.byForm[f].given > 0)
      .sort((x, y) => p.byForm[y].given - p.byForm[x].given)
      .slice(0, 2);
    const { language } = p.fit.suggestion;
    out.push({
      kind: 'fit',
      memberIds: ids,
      evidence: {
        fit: p.fit.fit,
        landedEffort: p.fit.landedEffort,
        givenEffort: p.fit.givenEffort,
        language,
        // The forms most of it was given in, most first. The forms that speak `language`
        // (what may land more clearly) are core's `formsSpeaking(language)`.
        topForm: topForms[0] ?? null,
        secondForm: topForms[1] ?? null,
      },
    });
  }
  return out;
}
