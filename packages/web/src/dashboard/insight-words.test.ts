import {
  BALANCE_WINDOWS,
  CARE_LANGUAGES,
  CIRCLE_KINDS,
  computeCircleBalance,
  DAY_MS,
  FORMS_OF_CARE,
  formsSpeaking,
  SEASON_KINDS,
  type Act,
  type BalanceWindow,
  type CareLanguage,
  type CircleBalanceInput,
  type CircleKind,
  type FormOfCare,
  type Insight as CoreInsight,
  type InsightKind,
  type Season,
} from '@recipro/core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { completeCatalogues } from '../i18n/complete.ts';
import { en } from '../i18n/en.ts';
import { installCatalogue } from '../i18n/index.ts';
import { insightText, type InsightSetting } from './insight-words.ts';

/**
 * Core and the server say an insight as a kind, members and evidence; the web words it
 * (insight-words.ts). Over core's own insights, read from a spread of circles in every circle
 * kind and window, every kind and wording core can produce has words in every language: English
 * as written out below, and Spanish, Hindi and Arabic each with a wording of its own.
 */
const NOW = Date.UTC(2026, 2, 31, 12);
let counter = 0;
type ActOptions = { readonly form?: FormOfCare; readonly noticed?: boolean };
const act = (from: string, to: string, daysAgo: number, o: ActOptions = {}): Act => {
  counter += 1;
  const at = NOW - Math.round(daysAgo * DAY_MS);
  return {
    id: `act-${counter}`,
    circleId: 'c',
    fromMemberId: from,
    toMemberId: to,
    form: o.form ?? 'practical',
    effort: 1,
    note: null,
    at,
    createdAt: at,
    noticedAt: o.noticed ? NOW : null,
  };
};
/** `n` acts spread evenly over the `days` days before now. */
const spread = (from: string, to: string, n: number, days: number, o: ActOptions = {}): Act[] =>
  Array.from({ length: n }, (_, i) => act(from, to, ((i + 0.5) * days) / n, o));

const two = [
  { id: 'ana', name: 'Ana' },
  { id: 'ben', name: 'Ben' },
];
const three = [...two, { id: 'cy', name: 'Cy' }];
const names = new Map(three.map((m) => [m.id, m.name]));

type Circle = Omit<CircleBalanceInput, 'now' | 'window'> & { readonly acts: Act[] };

/** Two forms of care that do not speak `language`: what one gives lands outside it. */
const formsMissing = (language: CareLanguage): FormOfCare[] =>
  FORMS_OF_CARE.filter((form) => !formsSpeaking(language).includes(form)).slice(0, 2);

/** A spread of circles that, between them, make every kind of insight in every wording. */
const CIRCLES: readonly Circle[] = [
  // Nothing, one act, a few: too little to read.
  { members: two, acts: [] },
  { members: two, acts: [act('ana', 'ben', 1)] },
  { members: two, acts: [act('ana', 'ben', 1), act('ben', 'ana', 2), act('ana', 'ben', 3)] },
  // Both ways alike, nothing noticed.
  { members: two, acts: [...spread('ana', 'ben', 10, 30), ...spread('ben', 'ana', 10, 30)] },
  // Leaning.
  { members: two, acts: [...spread('ana', 'ben', 10, 28), ...spread('ben', 'ana', 5, 28)] },
  // One way and noticed (generalized), one way and unseen for weeks (negative).
  { members: two, acts: spread('ana', 'ben', 30, 40, { noticed: true }) },
  { members: two, acts: spread('ana', 'ben', 30, 60) },
  { members: two, acts: [...spread('ana', 'ben', 24, 6), ...spread('ben', 'ana', 2, 6)] },
  // Reaching out after quiet days from one side, answered the next day.
  {
    members: two,
    acts: Array.from({ length: 18 }, (_, i) => [
      act('ana', 'ben', 88 - i * 5, { form: 'communication', noticed: true }),
      act('ben', 'ana', 87 - i * 5, { form: 'communication', noticed: true }),
    ]).flat(),
  },
  // Support from one side; household and emotional care each from one side.
  {
    members: two,
    acts: [
      ...spread('ana', 'ben', 10, 30, { form: 'emotional', noticed: true }),
      ...spread('ben', 'ana', 10, 30, { form: 'affection', noticed: true }),
    ],
  },
  {
    members: two,
    acts: [
      ...spread('ana', 'ben', 10, 30, { form: 'emotional' }),
      ...spread('ben', 'ana', 10, 30, { form: 'practical' }),
    ],
  },
  // A family where one gives nearly everything, and one pair has only an act.
  {
    members: three,
    acts: [
      ...spread('ana', 'ben', 20, 60),
      ...spread('ana', 'cy', 20, 60, { form: 'mental_load' }),
      act('cy', 'ben', 2),
    ],
  },
  // Care that lands outside what the other values most: every language, one form or two.
  ...CARE_LANGUAGES.flatMap((language): Circle[] => {
    const [first, second] = formsMissing(language);
    const back = spread('ben', 'ana', 12, 30, { noticed: true });
    return [
      {
        members: two,
        careLanguages: { ben: [language] },
        acts: [
          ...spread('ana', 'ben', 8, 30, { form: first, noticed: true }),
          ...spread('ana', 'ben', 4, 30, { form: second, noticed: true }),
          ...back,
        ],
      },
      {
        members: two,
        careLanguages: { ben: [language] },
        acts: [...spread('ana', 'ben', 12, 30, { form: first, noticed: true }), ...back],
      },
    ];
  }),
  // A season of the one who gives less: every kind of season.
  ...SEASON_KINDS.map((kind, i): Circle => ({
    members: two,
    seasons: [
      {
        id: `season-${i}`,
        memberId: 'ben',
        kind,
        startsAt: NOW - 20 * DAY_MS,
        endsAt: null,
        note: null,
      } satisfies Season,
    ],
    acts: [...spread('ana', 'ben', 20, 30), ...spread('ben', 'ana', 3, 30)],
  })),
];

interface Case {
  readonly insight: CoreInsight;
  readonly setting: InsightSetting;
}

const nameOf = (id: string) => names.get(id) ?? 'someone';
const CASES: readonly Case[] = CIRCLE_KINDS.flatMap((circleKind) =>
  BALANCE_WINDOWS.flatMap((window) =>
    CIRCLES.flatMap(({ acts, ...circle }) =>
      computeCircleBalance(acts, { ...circle, now: NOW, window }).insights.map((insight) => ({
        insight,
        setting: { circleKind, window, nameOf },
      })),
    ),
  ),
);

/** Every kind of insight core has (the compiler fails here when core gains one). */
const KINDS = [
  'thin_data',
  'pair_thin',
  'season',
  'in_rhythm',
  'leaning',
  'one_sided',
  'pattern',
  'noticed',
  'initiations',
  'support',
  'fit',
  'load',
  'household_load',
  'emotional_load',
] as const satisfies readonly InsightKind[];
const everyKind: Exclude<InsightKind, (typeof KINDS)[number]> extends never ? true : false = true;

/** Kinds whose words differ by circle kind. */
const BY_CIRCLE = ['leaning', 'one_sided', 'initiations', 'household_load'] as const;
/** Kinds that open with the period ("In the last 30 days, …", "Lately, …"). */
const OPENING = ['leaning', 'one_sided', 'noticed', 'initiations', 'support'] as const;
/** Kinds that say the period inside the sentence. */
const WITHIN = ['thin_data', 'pair_thin', 'in_rhythm'] as const;

/** The wording variants an insight was said in, independently of how the web words them. */
function variants({ insight, setting }: Case): string[] {
  const { kind, evidence } = insight;
  const { circleKind, window } = setting;
  const out: string[] = [kind];
  if ((BY_CIRCLE as readonly string[]).includes(kind)) out.push(`${kind}|${circleKind}`);
  if ((OPENING as readonly string[]).includes(kind)) out.push(`opening|${window}`);
  if ((WITHIN as readonly string[]).includes(kind)) out.push(`within|${window}`);
  if (kind === 'pattern') out.push(`pattern|${evidence['pattern']}|${circleKind}`);
  if (kind === 'season') out.push(`season|${evidence['seasonKind']}`);
  if (kind === 'fit') {
    out.push(`fit|${evidence['language']}`);
    out.push(`fit|forms|${evidence['secondForm'] === null ? 1 : 2}`);
  }
  if (kind === 'thin_data') {
    const acts = Math.round(Number(evidence['acts']));
    out.push(`thin|${Math.min(acts, 2)}|${window === 'decay' ? 'about' : 'whole'}`);
  }
  return out;
}

const EXPECTED = [
  ...KINDS,
  ...BY_CIRCLE.flatMap((kind) => CIRCLE_KINDS.map((c: CircleKind) => `${kind}|${c}`)),
  ...['negative', 'generalized'].flatMap((p) => CIRCLE_KINDS.map((c) => `pattern|${p}|${c}`)),
  ...BALANCE_WINDOWS.flatMap((w: BalanceWindow) => [`opening|${w}`, `within|${w}`]),
  ...SEASON_KINDS.map((kind) => `season|${kind}`),
  ...CARE_LANGUAGES.map((language) => `fit|${language}`),
  'fit|forms|1',
  'fit|forms|2',
  ...[0, 1, 2].flatMap((n) => [`thin|${n}|whole`, `thin|${n}|about`]),
];

/**
 * The English the web says for the first case read of each wording (keyed by its variants):
 * English is the source, so its sentences are written out here, once, as the product says them.
 */
const ENGLISH: Readonly<Record<string, string>> = {
  'thin_data within|7 thin|0|whole':
    'No acts of care were logged in the last 7 days yet. Once a few small ones are, a rhythm will start to show.',
  'leaning leaning|couple opening|7':
    'In the last 7 days, care between Ana and Ben has leaned toward one side. Worth a gentle look together at what each of you needs right now.',
  'fit fit|words fit|forms|2':
    'Much of what Ana gives Ben is practical help and closeness, while Ben values kind words most. Listening and comfort, talking and checking in, or affection may land more clearly.',
  'one_sided one_sided|couple opening|30':
    'In the last 30 days, care between Ana and Ben has come mostly from one side. A calm check-in together could help you both find a rhythm that feels good.',
  'initiations initiations|couple opening|90':
    'In the last 90 days, when Ana and Ben reconnected after a few quiet days, it was usually the same side that reached out. Taking turns helps both feel wanted.',
  'pattern pattern|generalized|couple':
    'Care between Ana and Ben has flowed mostly one way lately — the open-handed kind of giving close people share. It stays healthy while it feels good to both.',
  'household_load household_load|couple':
    'The household care logged (chores, errands, remembering and planning) has come mostly from one side lately. A conversation about sharing some of it could lighten things.',
  'fit fit|acts fit|forms|1':
    'Much of what Ana gives Ben is listening and comfort, while Ben values helpful actions most. Practical help or remembering and organising may land more clearly.',
  'season season|illness':
    'Ben is unwell — a season when giving less is expected. Care flowing mostly towards Ben for now is part of the rhythm between Ana and Ben.',
  'thin_data within|30 thin|1|whole':
    'Only 1 act of care was logged in the last 30 days — too few to see a rhythm yet. A few more weeks of small entries will make this picture clearer.',
  'thin_data within|90 thin|2|whole':
    'Only 3 acts of care were logged in the last 90 days — too few to see a rhythm yet. A few more weeks of small entries will make this picture clearer.',
  'thin_data within|decay thin|0|about':
    'No acts of care were logged lately yet. Once a few small ones are, a rhythm will start to show.',
  'noticed opening|decay':
    'Lately, much of the care between Ana and Ben has not been marked as noticed yet. A quick “I noticed” is a small way to keep care visible.',
  'in_rhythm within|7': 'Ana and Ben are in rhythm: care went both ways in the last 7 days.',
  'support opening|7':
    'In the last 7 days, most of the support between Ana and Ben — listening, comfort, practical help — has come from one side. Support that flows both ways is easier to keep up.',
  'pair_thin within|7':
    'Only a few acts of care between Ana and Ben were logged in the last 7 days, so no rhythm is shown for them yet.',
  'pattern pattern|negative|couple':
    'For the last 9 weeks, care between Ana and Ben has flowed mostly one way, and little of it was marked as noticed. This may be a good moment to talk about what each of you needs.',
  load: 'Right now much of the care logged in this circle comes from a few people. Sharing it more widely helps everyone keep going.',
  'fit fit|time fit|forms|2':
    'Much of what Ana gives Ben is practical help and affection, while Ben values time together most. Listening and comfort, talking and checking in, or closeness may land more clearly.',
  'fit fit|touch fit|forms|2':
    'Much of what Ana gives Ben is practical help and listening and comfort, while Ben values touch most. Affection or closeness may land more clearly.',
  'fit fit|gifts fit|forms|2':
    'Much of what Ana gives Ben is practical help and listening and comfort, while Ben values small gifts most. recipro has no form of care for that yet — a word about it together may help.',
  'fit fit|loyalty fit|forms|2':
    'Much of what Ana gives Ben is practical help and listening and comfort, while Ben values standing by them most. Respect and room, staying close through hard days, or plans and shared routines may land more clearly.',
  'fit fit|reliability fit|forms|2':
    'Much of what Ana gives Ben is practical help and listening and comfort, while Ben values reliability and routine most. Making up after a conflict, plans and shared routines, or remembering and organising may land more clearly.',
  'fit fit|space fit|forms|2':
    'Much of what Ana gives Ben is practical help and listening and comfort, while Ben values calm and space most. Respect and room may land more clearly.',
  'season season|new_baby':
    'Ben has a new baby — a season when giving less is expected. Care flowing mostly towards Ben for now is part of the rhythm between Ana and Ben.',
  'season season|exams':
    'Ben is in the middle of exams — a season when giving less is expected. Care flowing mostly towards Ben for now is part of the rhythm between Ana and Ben.',
  'season season|grief':
    'Ben is grieving — a season when giving less is expected. Care flowing mostly towards Ben for now is part of the rhythm between Ana and Ben.',
  'season season|move':
    'Ben is in the middle of a move — a season when giving less is expected. Care flowing mostly towards Ben for now is part of the rhythm between Ana and Ben.',
  'season season|work':
    'Ben has a demanding stretch at work — a season when giving less is expected. Care flowing mostly towards Ben for now is part of the rhythm between Ana and Ben.',
  'season season|caregiving':
    'Ben is caring for someone — a season when giving less is expected. Care flowing mostly towards Ben for now is part of the rhythm between Ana and Ben.',
  'season season|other':
    'Ben is going through a demanding time — a season when giving less is expected. Care flowing mostly towards Ben for now is part of the rhythm between Ana and Ben.',
  emotional_load:
    'The emotional care logged (listening, comfort, checking in, smoothing things over) has come mostly from one side lately. A conversation about sharing some of it could lighten things.',
  'thin_data within|decay thin|1|about':
    'Only about 1 act of care was logged lately — too few to see a rhythm yet. A few more weeks of small entries will make this picture clearer.',
  'thin_data within|decay thin|2|about':
    'Only about 3 acts of care were logged lately — too few to see a rhythm yet. A few more weeks of small entries will make this picture clearer.',
  'leaning leaning|family opening|7':
    'In the last 7 days, care between Ana and Ben has leaned toward one side. Worth a gentle look, as a family, at what each one needs right now.',
  'pattern pattern|generalized|family':
    'Care between Ana and Ben has flowed mostly one way lately — the open-handed kind of giving families often share. It stays healthy while it feels good to both.',
  'household_load household_load|family':
    'The care logged for family life (chores, errands, remembering and planning) has come mostly from one side lately. A conversation about sharing some of it could lighten things.',
  'one_sided one_sided|family opening|7':
    'In the last 7 days, care between Ana and Ben has come mostly from one side. A calm family check-in could help find a rhythm that feels good to both.',
  'pattern pattern|negative|family':
    'For the last 9 weeks, care between Ana and Ben has flowed mostly one way, and little of it was marked as noticed. This may be a good moment for the family to talk about what each one needs.',
  'initiations initiations|family opening|30':
    'In the last 30 days, when Ana and Ben reconnected after a few quiet days, it was usually the same side that reached out. Taking turns helps both feel they belong.',
  'leaning leaning|friends opening|7':
    'In the last 7 days, care between Ana and Ben has leaned toward one side. Worth a gentle look at what each friend needs right now.',
  'pattern pattern|generalized|friends':
    'Care between Ana and Ben has flowed mostly one way lately — the open-handed kind of giving good friends often share. It stays healthy while it feels good to both.',
  'household_load household_load|friends':
    'The practical care logged (errands, hosting, remembering and planning) has come mostly from one side lately. A conversation about sharing some of it could lighten things.',
  'one_sided one_sided|friends opening|7':
    'In the last 7 days, care between Ana and Ben has come mostly from one side. An easy catch-up could help find a rhythm that feels good to both.',
  'pattern pattern|negative|friends':
    'For the last 9 weeks, care between Ana and Ben has flowed mostly one way, and little of it was marked as noticed. This may be a good moment for a friendly talk about what each one needs.',
  'initiations initiations|friends opening|30':
    'In the last 30 days, when Ana and Ben reconnected after a few quiet days, it was usually the same side that reached out. Taking turns helps both feel the friendship goes both ways.',
  'leaning leaning|team opening|7':
    'In the last 7 days, care between Ana and Ben has leaned toward one side. Worth a gentle look at what each person needs from the team right now.',
  'pattern pattern|generalized|team':
    'Care between Ana and Ben has flowed mostly one way lately — the open-handed kind of help good teammates often give. It stays healthy while it feels good to both.',
  'household_load household_load|team':
    'The practical care logged (tasks, errands, remembering and organising) has come mostly from one side lately. A conversation about sharing some of it could lighten things.',
  'one_sided one_sided|team opening|7':
    'In the last 7 days, care between Ana and Ben has come mostly from one side. A short team check-in could help find a rhythm that works for both.',
  'pattern pattern|negative|team':
    'For the last 9 weeks, care between Ana and Ben has flowed mostly one way, and little of it was marked as noticed. This may be a good moment for the team to talk about what each person needs.',
  'initiations initiations|team opening|30':
    'In the last 30 days, when Ana and Ben reconnected after a few quiet days, it was usually the same side that reached out. Taking turns helps both feel part of the team.',
};

const keyOf = (c: Case) => variants(c).join(' ');
/** Every case in English: the source each other language's wording is checked against. */
const inEnglish = (): string[] => {
  installCatalogue('en', completeCatalogues.en);
  return CASES.map((c) => insightText(c.insight, c.setting) ?? '');
};

describe('insights in the reader’s language', () => {
  beforeAll(() => installCatalogue('en', completeCatalogues.en));
  afterAll(() => installCatalogue('en', en));

  it('come in every kind and wording from the circles read', () => {
    expect(everyKind).toBe(true);
    const seen = new Set(CASES.flatMap(variants));
    expect(EXPECTED.filter((variant) => !seen.has(variant))).toEqual([]);
  });

  it('say every kind and wording in English, as written out', () => {
    const first = new Map<string, Case>();
    for (const c of CASES) if (!first.has(keyOf(c))) first.set(keyOf(c), c);
    // Every wording is written out above (each variant of each case in at least one key) …
    const written = new Set(Object.keys(ENGLISH).flatMap((key) => key.split(' ')));
    expect(EXPECTED.filter((variant) => !written.has(variant))).toEqual([]);
    // … and said exactly so.
    const differing = Object.entries(ENGLISH).flatMap(([key, sentence]) => {
      const c = first.get(key);
      const said = c && insightText(c.insight, c.setting);
      return said === sentence ? [] : [{ key, expected: sentence, said }];
    });
    expect(differing).toEqual([]);
    // Every other case is worded too, with nothing left unfilled.
    for (const c of CASES) {
      const said = insightText(c.insight, c.setting);
      expect(said, keyOf(c)).toMatch(/^[A-Z].*[.!]$/);
      expect(said, keyOf(c)).not.toMatch(/[{}]|insight\.|undefined|NaN/);
    }
  });

  it.each(['es', 'hi', 'ar'] as const)(
    'say every insight in %s, none left in English, each wording its own',
    (locale) => {
      const failed = vi.spyOn(console, 'error').mockImplementation(() => undefined);
      const source = inEnglish();
      installCatalogue(locale, completeCatalogues[locale]);
      try {
        const said = new Map<string, string>();
        const left = CASES.flatMap((c, i) => {
          const text = insightText(c.insight, c.setting);
          const from = source[i]!;
          expect(text, from).not.toBeNull();
          expect(text, from).not.toMatch(/[{}]|insight\./);
          said.set(from, text!);
          return text === from ? [from] : [];
        });
        expect(left).toEqual([]);
        expect(failed).not.toHaveBeenCalled();
        // What English says in different words (another circle kind, season, window, count …)
        // the language says differently too: no variant falls back to another's words.
        const byText = new Map([...said].map(([source, text]) => [text, source]));
        expect([...said].filter(([source, text]) => byText.get(text) !== source)).toEqual([]);
      } finally {
        installCatalogue('en', completeCatalogues.en);
      }
    },
  );

  it('names a member who left as such, and words no kind it does not know', () => {
    const insight = CASES.find(({ insight }) => insight.kind === 'in_rhythm')!.insight;
    const text = insightText(insight, {
      circleKind: 'couple',
      window: 30,
      nameOf: (id) => (id === insight.memberIds[0] ? 'a former member' : 'Ben'),
    });
    expect(text).toMatch(/^A former member and Ben are in rhythm/);
    const newer = { ...insight, kind: 'a_kind_to_come' };
    expect(insightText(newer, { circleKind: 'couple', window: 30, nameOf })).toBeNull();
    // Nor one whose evidence lacks what its words need.
    const season = CASES.find(({ insight }) => insight.kind === 'season')!.insight;
    const bare = { ...season, evidence: { ...season.evidence, seasonKind: null } };
    expect(insightText(bare, { circleKind: 'couple', window: 30, nameOf })).toBeNull();
  });
});

/**
 * PRODUCT.md principle 3, for insights (these were core's words before; core's own
 * kind-wording.test.ts scans what core still words): every circle kind reads insights written
 * for it, and all members read them alike.
 */
describe('insights in the words of each circle kind', () => {
  const COUPLE_WORDS = /\b(partner|partners|partner's|spouse|husband|wife|boyfriend|girlfriend)\b/i;
  const HOUSEHOLD_WORDS = /\b(household|housework|school runs?)\b/i;
  beforeAll(() => installCatalogue('en', completeCatalogues.en));

  it('say what people are to each other differently in every kind', () => {
    for (const kind of [...BY_CIRCLE, 'pattern'] as const) {
      for (const { insight, setting } of CASES.filter((c) => c.insight.kind === kind)) {
        const worded = CIRCLE_KINDS.map((circleKind) =>
          insightText(insight, { ...setting, circleKind }),
        );
        expect(new Set(worded).size, worded[0] ?? kind).toBe(CIRCLE_KINDS.length);
      }
    }
  });

  it('never speak of a partner or to "you" outside a couple, nor of a household to friends or a team', () => {
    const said = (circleKind: CircleKind) =>
      CASES.filter((c) => c.setting.circleKind === circleKind).map(
        (c) => insightText(c.insight, c.setting) ?? '',
      );
    for (const circleKind of CIRCLE_KINDS.filter((kind) => kind !== 'couple')) {
      for (const text of said(circleKind)) {
        expect(text, text).not.toMatch(COUPLE_WORDS);
        expect(text, text).not.toMatch(/\byou\b/i);
        if (circleKind !== 'family') expect(text, text).not.toMatch(HOUSEHOLD_WORDS);
      }
    }
    // The scan can fail: a couple reads of "you both" and the household.
    expect(said('couple').some((text) => /\byou\b/i.test(text))).toBe(true);
    expect(said('couple').some((text) => HOUSEHOLD_WORDS.test(text))).toBe(true);
  });
});
