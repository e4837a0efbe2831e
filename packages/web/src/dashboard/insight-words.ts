/**
 * An insight's sentence in the reader's language. Core and the server say an insight as data —
 * its `kind`, `memberIds` and plain `evidence` — and the web words it from those and what the
 * dashboard knows: the circle's kind, the view's window and the members' names. The words are
 * the catalogue's area `insights` (i18n/en-insights.ts, English the source), loaded with the
 * dashboard; a test holds every kind and variant core produces to words in every language.
 */
import {
  formsSpeaking,
  isCareLanguage,
  isFormOfCare,
  isSeasonKind,
  type BalanceWindow,
  type CircleKind,
  type FormOfCare,
  type InsightKind,
} from '@recipro/core';
import type { Insight } from '../api-balance.ts';
import { openingName } from '../components/names.ts';
import type { enInsights } from '../i18n/en-insights.ts';
import { activeLocale, andList, listFormat, t, type Params } from '../i18n/index.ts';

/** What the dashboard knows that an insight does not carry. */
export interface InsightSetting {
  /** The circle's kind: some sentences are written for each kind. */
  readonly circleKind: CircleKind;
  /** The view the insight was read from. */
  readonly window: BalanceWindow;
  /** A member's name by id ("a former member" for someone who left). */
  readonly nameOf: (memberId: string) => string;
}

type InsightKey = keyof typeof enInsights;

/** A message of the insights' area (i18n/areas.ts). */
const say = (key: InsightKey, params?: Params): string => t(key, params);

/** The circle's kind as the messages select by it: `other` is a team. */
const circleOf = (kind: CircleKind): string => (kind === 'team' ? 'other' : kind);

const period = (window: BalanceWindow) => say(`insight.period.${window}`);
const opening = (window: BalanceWindow) => say(`insight.period.opening.${window}`);

/** The first letter of a sentence as a capital (in a language that has them). */
const sentence = (text: string): string =>
  text.replace(
    /^(\p{Cf}*)(\p{Ll})/u,
    (_, marks: string, letter: string) => marks + letter.toLocaleUpperCase(activeLocale().intl),
  );

type Evidence = Insight['evidence'];
const numberIn = (evidence: Evidence, key: string): number | null => {
  const value = evidence[key];
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
};
const formIn = (evidence: Evidence, key: string): FormOfCare | null => {
  const value = evidence[key];
  return isFormOfCare(value) ? value : null;
};
const formPhrase = (form: FormOfCare) => say(`insight.form.${form}`);

interface Reading extends InsightSetting {
  readonly evidence: Evidence;
  /** The pair's names, as the insight lists its members (empty for circle-wide insights). */
  readonly a: string;
  readonly b: string;
}

/** Each kind's sentence, or null when the evidence lacks what it needs. */
const WORDS: Readonly<Record<InsightKind, (r: Reading) => string | null>> = {
  thin_data: ({ evidence, window }) => {
    const count = Math.round(numberIn(evidence, 'acts') ?? 0);
    if (count === 0) return say('insight.thin_data.none', { period: period(window) });
    return say('insight.thin_data.few', {
      count,
      about: window === 'decay' ? 'yes' : 'no',
      period: period(window),
    });
  },
  pair_thin: ({ a, b, window }) => say('insight.pair_thin', { a, b, period: period(window) }),
  season: ({ a, b, evidence, nameOf }) => {
    const season = evidence['seasonKind'];
    const who = evidence['seasonMemberId'];
    if (!isSeasonKind(season) || typeof who !== 'string') return null;
    return say('insight.season', { who: nameOf(who), season, a, b });
  },
  in_rhythm: ({ a, b, window }) => say('insight.in_rhythm', { a, b, period: period(window) }),
  leaning: ({ a, b, window, circleKind }) =>
    say('insight.leaning', { a, b, period: opening(window), circle: circleOf(circleKind) }),
  one_sided: ({ a, b, window, circleKind }) =>
    say('insight.one_sided', { a, b, period: opening(window), circle: circleOf(circleKind) }),
  pattern: ({ a, b, evidence, circleKind }) => {
    const circle = circleOf(circleKind);
    if (evidence['pattern'] === 'generalized') {
      return say('insight.pattern.generalized', { a, b, circle });
    }
    const weeks = numberIn(evidence, 'leaningWeeks');
    if (evidence['pattern'] !== 'negative' || weeks === null) return null;
    return say('insight.pattern.negative', { a, b, weeks, circle });
  },
  noticed: ({ a, b, window }) => say('insight.noticed', { a, b, period: opening(window) }),
  initiations: ({ a, b, window, circleKind }) =>
    say('insight.initiations', { a, b, period: opening(window), circle: circleOf(circleKind) }),
  support: ({ a, b, window }) => say('insight.support', { a, b, period: opening(window) }),
  fit: ({ a, b, evidence }) => {
    const language = evidence['language'];
    const given = [formIn(evidence, 'topForm'), formIn(evidence, 'secondForm')].filter(
      (form): form is FormOfCare => form !== null,
    );
    if (!isCareLanguage(language) || given.length === 0) return null;
    const speaking = formsSpeaking(language).slice(0, 3).map(formPhrase);
    const next =
      speaking.length > 0
        ? sentence(
            say('insight.fit.try', {
              forms: listFormat({ type: 'disjunction' }).format(speaking),
            }),
          )
        : say('insight.fit.noForm');
    return say('insight.fit', {
      a,
      b,
      forms: andList(given.map(formPhrase)),
      valued: say(`insight.language.${language}`),
      next,
    });
  },
  load: () => say('insight.load'),
  household_load: ({ circleKind }) =>
    say('insight.household_load', { circle: circleOf(circleKind) }),
  emotional_load: () => say('insight.emotional_load'),
};

const isInsightKind = (kind: string): kind is InsightKind => Object.hasOwn(WORDS, kind);

/**
 * The insight's sentence in the current language, or null for one the web cannot word: a kind
 * newer than this copy of the app (while an old copy is still open), or evidence it lacks.
 */
export function insightText(insight: Insight, setting: InsightSetting): string | null {
  if (!isInsightKind(insight.kind)) return null;
  const [first, second] = insight.memberIds;
  const text = WORDS[insight.kind]({
    ...setting,
    evidence: insight.evidence,
    a: first === undefined ? '' : setting.nameOf(first),
    b: second === undefined ? '' : setting.nameOf(second),
  });
  return text === null ? null : openingName(text);
}
