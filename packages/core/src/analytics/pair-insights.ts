import { FORMS_OF_CARE } from '../vocabulary.ts';
import type { PairBalance } from './pair-balance.ts';
import {
  capitalize,
  FORM_PHRASES,
  LANGUAGE_PHRASES,
  listPhrase,
  SEASON_PHRASES,
} from './insight-text.ts';
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
  const { name, period, seasons, words } = ctx;
  const a = name(p.fromMemberId);
  const b = name(p.toMemberId);
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
      text: `Only a few acts of care between ${a} and ${b} were logged ${period}, so no rhythm is shown for them yet.`,
      memberIds: ids,
      evidence: numbers,
    });
  } else if (p.season && p.band !== 'in_rhythm') {
    const season = seasons.find((s) => s.id === p.season?.id);
    const who = name(p.season.memberId);
    out.push({
      kind: 'season',
      text: `${who} ${SEASON_PHRASES[p.season.kind]} — a season when giving less is expected. Care flowing mostly towards ${who} for now is part of the rhythm between ${a} and ${b}.`,
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
      text: `${a} and ${b} are in rhythm: care went both ways ${period}.`,
      memberIds: ids,
      evidence: numbers,
    });
  } else {
    const lean =
      p.band === 'one_sided' ? 'has come mostly from one side' : 'has leaned toward one side';
    const next = p.band === 'one_sided' ? words.oneSidedNext : words.leaningNext;
    out.push({
      kind: p.band,
      text: `${capitalize(period)}, care between ${a} and ${b} ${lean}. ${next}`,
      memberIds: ids,
      evidence: numbers,
    });
  }
  const e = p.patternEvidence;
  if (p.pattern === 'negative') {
    out.push({
      kind: 'pattern',
      text: `For the last ${e.leaningWeeks} weeks, care between ${a} and ${b} has flowed mostly one way, and little of it was marked as noticed. ${words.unseenNext}`,
      memberIds: ids,
      evidence: { pattern: p.pattern, ...evidenceOf(e) },
    });
  } else if (p.pattern === 'generalized' && e.moreFromMemberId && !p.season && !e.seasonId) {
    // During a season the season insight already says why care flows one way.
    out.push({
      kind: 'pattern',
      text: `Care between ${a} and ${b} has flowed mostly one way lately — ${words.openHanded}. It stays healthy while it feels good to both.`,
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
export function directedInsights(p: PairBalance, ctx: InsightContext): Insight[] {
  const { name, period, words } = ctx;
  const a = name(p.fromMemberId);
  const b = name(p.toMemberId);
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
      text: `${capitalize(period)}, much of the care between ${a} and ${b} has not been marked as noticed yet. A quick "I noticed" is a small way to keep care visible.`,
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
      text: `${capitalize(period)}, when ${a} and ${b} reconnected after a few quiet days, it was usually the same side that reached out. ${words.takingTurns}`,
      memberIds: ids,
      evidence: { ...s.initiations, share: s.initiationShare },
    });
  }
  const support = s.support.given + s.support.received;
  if (signsApply && support >= SIGN_MIN_COUNT && (s.supportShare ?? 0) >= SIGN_SHARE_FROM) {
    out.push({
      kind: 'support',
      text: `${capitalize(period)}, most of the support between ${a} and ${b} — listening, comfort, practical help — has come from one side. Support that flows both ways is easier to keep up.`,
      memberIds: ids,
      evidence: { ...s.support, share: s.supportShare },
    });
  }
  if (p.fit?.suggestion && !p.thin) {
    const topForms = FORMS_OF_CARE.filter((f) => p.byForm[f].given > 0)
      .sort((x, y) => p.byForm[y].given - p.byForm[x].given)
      .slice(0, 2);
    const top = topForms.map((f) => FORM_PHRASES[f]);
    const { language, forms } = p.fit.suggestion;
    const try_ =
      forms.length > 0
        ? `${capitalize(
            listPhrase(
              forms.slice(0, 3).map((f) => FORM_PHRASES[f]),
              'or',
            ),
          )} may land more clearly.`
        : 'recipro has no form of care for that yet — a word about it together may help.';
    out.push({
      kind: 'fit',
      text: `Much of what ${a} gives ${b} is ${listPhrase(top)}, while ${b} values ${LANGUAGE_PHRASES[language]} most. ${try_}`,
      memberIds: ids,
      evidence: {
        fit: p.fit.fit,
        landedEffort: p.fit.landedEffort,
        givenEffort: p.fit.givenEffort,
        language,
        // The forms most of it was given in, most first (what the sentence names).
        topForm: topForms[0] ?? null,
        secondForm: topForms[1] ?? null,
      },
    });
  }
  return out;
}
