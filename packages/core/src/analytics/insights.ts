import type { Member } from '../model.ts';
import { FORMS_OF_CARE } from '../vocabulary.ts';
import { THIN_BELOW_ACTS } from './balance.ts';
import type { CircleBalance, PairBalance } from './circle-balance.ts';
import {
  capitalize,
  countPhrase,
  FORM_PHRASES,
  LANGUAGE_PHRASES,
  listPhrase,
  percent,
  periodPhrase,
  SEASON_PHRASES,
} from './insight-text.ts';
import { normalizedGini } from './load.ts';
import type { Season } from './seasons.ts';

/**
 * One short, warm sentence with the numbers behind it. `kind` is stable (for translation and
 * for the web to pick an icon); `evidence` holds plain numbers and ids; `memberIds` says whom
 * it is about. Rules (docs/analytics.md lists them too):
 *
 * - `thin_data`: the circle logged fewer than 4 acts in the view — say so and nothing else.
 * - per pair with any act: `pair_thin` (< 4 acts), else `season` when a season caps the band,
 *   else `in_rhythm` / `leaning` / `one_sided`.
 * - `pattern`: a pair whose 12-week pattern is `negative` or `generalized`.
 * - `noticed`: a member gave at least 5 acts in the view and under 30% were marked noticed.
 * - `initiations`: at least 4 exchanges opened and one side opened 80% or more.
 * - `support`: at least 4 effort of support and one side gave 80% or more of it.
 * - `fit`: what one member gives lands under 50% in the other's top languages.
 * - `load`: three or more members and the normalised Gini of effort given is 0.5 or more.
 * - `household_load` / `emotional_load`: one member gives 75% or more of that kind (>= 4 effort).
 */
export interface Insight {
  readonly kind: InsightKind;
  readonly text: string;
  readonly memberIds: readonly string[];
  readonly evidence: Readonly<Record<string, number | string | null>>;
}

export type InsightKind =
  | 'thin_data'
  | 'pair_thin'
  | 'season'
  | 'in_rhythm'
  | 'leaning'
  | 'one_sided'
  | 'pattern'
  | 'noticed'
  | 'initiations'
  | 'support'
  | 'fit'
  | 'load'
  | 'household_load'
  | 'emotional_load';

export const NOTICED_MIN_ACTS = 5;
export const NOTICED_LOW_BELOW = 0.3;
export const SIGN_MIN_COUNT = 4;
export const SIGN_SHARE_FROM = 0.8;
export const LOAD_GINI_FROM = 0.5;
export const KIND_LOAD_SHARE_FROM = 0.75;
export const KIND_LOAD_MIN_EFFORT = 4;

type View = Omit<CircleBalance, 'insights'>;

/** Insights for a balance view, in a stable order: pairs, then directions, then the circle. */
export function circleInsights(
  view: View,
  members: readonly Pick<Member, 'id' | 'name'>[],
  seasons: readonly Season[],
): Insight[] {
  const names = new Map(members.map((m) => [m.id, m.name]));
  const name = (id: string) => names.get(id) ?? 'someone';
  const period = periodPhrase(view.window);
  const count = (n: number) => countPhrase(n, view.window);
  const totalActs = view.pairs.reduce((sum, p) => sum + p.given.acts, 0);
  if (totalActs < THIN_BELOW_ACTS) {
    return [
      {
        kind: 'thin_data',
        text: `Only ${count(totalActs)} acts of care were logged ${period} — too few to see a rhythm yet. A few more weeks of small entries will make this picture clearer.`,
        memberIds: members.map((m) => m.id),
        evidence: { acts: totalActs, needed: THIN_BELOW_ACTS },
      },
    ];
  }
  const out: Insight[] = [];
  for (const p of view.pairs) {
    const heavier = p.index > 0 || (p.index === 0 && p.fromMemberId < p.toMemberId);
    if (heavier) out.push(...pairInsights(p, name, period, count, seasons));
  }
  for (const p of view.pairs) out.push(...directedInsights(p, name, period, count));
  return [...out, ...loadInsights(view, name)];
}

function pairInsights(
  p: PairBalance,
  name: (id: string) => string,
  period: string,
  count: (n: number) => string,
  seasons: readonly Season[],
): Insight[] {
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
      text: `Only ${count(acts)} acts of care between ${a} and ${b} were logged ${period}, so no rhythm is shown for them yet.`,
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
        seasonStartsAt: season?.startsAt ?? null,
        seasonEndsAt: season?.endsAt ?? null,
      },
    });
  } else if (p.band === 'in_rhythm') {
    out.push({
      kind: 'in_rhythm',
      text: `${a} and ${b} are in rhythm: care went both ways ${period} (${count(p.given.acts)} and ${count(p.received.acts)} acts).`,
      memberIds: ids,
      evidence: numbers,
    });
  } else {
    const most = p.band === 'one_sided' ? 'most' : 'more';
    const next =
      p.band === 'one_sided'
        ? 'A calm check-in together could help you both find a rhythm that feels good.'
        : 'Worth a gentle look together at what each of you needs right now.';
    out.push({
      kind: p.band,
      text: `${capitalize(period)}, ${most} of the care between ${a} and ${b} came from ${a} (${count(p.given.acts)} of ${Math.round(acts)} acts). ${next}`,
      memberIds: ids,
      evidence: numbers,
    });
  }
  const e = p.patternEvidence;
  if (p.pattern === 'negative') {
    out.push({
      kind: 'pattern',
      text: `For the last ${e.leaningWeeks} weeks, care between ${a} and ${b} has flowed mostly one way, and little of it was marked as noticed. This may be a good moment to talk about what each of you needs.`,
      memberIds: ids,
      evidence: { pattern: p.pattern, ...evidenceOf(e) },
    });
  } else if (p.pattern === 'generalized' && e.moreFromMemberId) {
    const giver = name(e.moreFromMemberId);
    const other = name(e.moreFromMemberId === p.fromMemberId ? p.toMemberId : p.fromMemberId);
    out.push({
      kind: 'pattern',
      text: `${giver} has been giving ${other} more than receiving lately${e.seasonId ? ' during a season' : ''} — the open-handed kind of giving close people share. It stays healthy while it feels good to both.`,
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

/** Insights about one direction of a pair: noticed-rate, openings, support, care-language fit. */
function directedInsights(
  p: PairBalance,
  name: (id: string) => string,
  period: string,
  count: (n: number) => string,
): Insight[] {
  const a = name(p.fromMemberId);
  const b = name(p.toMemberId);
  const ids = [p.fromMemberId, p.toMemberId];
  const out: Insight[] = [];
  const s = p.signs;
  if (
    p.given.acts >= NOTICED_MIN_ACTS &&
    s.noticedRate !== null &&
    s.noticedRate < NOTICED_LOW_BELOW
  ) {
    out.push({
      kind: 'noticed',
      text: `${capitalize(period)}, few of the acts of care ${a} gave ${b} were marked as noticed (${percent(s.noticedRate)}). A quick "I noticed" is a small way to keep care visible.`,
      memberIds: ids,
      evidence: { noticedRate: s.noticedRate, acts: p.given.acts },
    });
  }
  if (s.initiations.total >= SIGN_MIN_COUNT && (s.initiationShare ?? 0) >= SIGN_SHARE_FROM) {
    out.push({
      kind: 'initiations',
      text: `${capitalize(period)}, when ${a} and ${b} reconnected after a few quiet days, it was usually ${a} who reached out first (${count(s.initiations.opened)} of ${s.initiations.total} times). Taking turns helps both feel wanted.`,
      memberIds: ids,
      evidence: { ...s.initiations, share: s.initiationShare },
    });
  }
  const support = s.support.given + s.support.received;
  if (support >= SIGN_MIN_COUNT && (s.supportShare ?? 0) >= SIGN_SHARE_FROM) {
    out.push({
      kind: 'support',
      text: `${capitalize(period)}, ${percent(s.supportShare ?? 0)} of the support between ${a} and ${b} — listening, comfort, practical help — came from ${a}. Support that flows both ways is easier to keep up.`,
      memberIds: ids,
      evidence: { ...s.support, share: s.supportShare },
    });
  }
  if (p.fit?.suggestion && !p.thin) {
    const top = FORMS_OF_CARE.filter((f) => p.byForm[f].given > 0)
      .sort((x, y) => p.byForm[y].given - p.byForm[x].given)
      .slice(0, 2)
      .map((f) => FORM_PHRASES[f]);
    const { language, forms } = p.fit.suggestion;
    const try_ =
      forms.length > 0
        ? `${capitalize(listPhrase(forms.slice(0, 3).map((f) => FORM_PHRASES[f])))} may land more clearly.`
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
      },
    });
  }
  return out;
}

function loadInsights(view: View, name: (id: string) => string): Insight[] {
  const out: Insight[] = [];
  const shares = view.loadShares;
  const ids = shares.map((s) => s.memberId);
  const top = [...shares].sort((x, y) => y.share - x.share)[0];
  const spread = normalizedGini(shares.map((s) => s.effort));
  if (shares.length >= 3 && top && spread >= LOAD_GINI_FROM) {
    out.push({
      kind: 'load',
      text: `Right now much of this circle's care comes from a few people — ${name(top.memberId)} gives ${percent(top.share)} of it. Sharing the load more widely helps everyone keep going.`,
      memberIds: ids,
      evidence: { gini: view.gini, normalizedGini: spread, topShare: top.share },
    });
  }
  for (const kind of ['household', 'emotional'] as const) {
    const total = shares.reduce((sum, s) => sum + s[kind].effort, 0);
    const carrier = shares.find((s) => s[kind].share >= KIND_LOAD_SHARE_FROM);
    if (!carrier || total < KIND_LOAD_MIN_EFFORT) continue;
    const what =
      kind === 'household'
        ? 'the household load (chores, errands, remembering and planning)'
        : 'the emotional load (listening, comfort, checking in, making up)';
    out.push({
      kind: `${kind}_load`,
      text: `${name(carrier.memberId)} is carrying ${percent(carrier[kind].share)} of ${what}. A conversation about sharing some of it could lighten things.`,
      memberIds: ids,
      evidence: { share: carrier[kind].share, effort: carrier[kind].effort, total },
    });
  }
  return out;
}
