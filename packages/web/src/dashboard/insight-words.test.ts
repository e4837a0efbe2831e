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
 * The web says every insight from its kind and evidence (insight-words.ts) instead of showing
 * core's English `text`. Over core's own insights, read from a spread of circles in every circle
 * kind and window, the English the web says is exactly core's text: nothing core says is lost.
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

type Circle = Omit<CircleBalanceInput, 'kind' | 'now' | 'window'> & { readonly acts: Act[] };

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
      computeCircleBalance(acts, { ...circle, kind: circleKind, now: NOW, window }).insights.map(
        (insight) => ({ insight, setting: { circleKind, window, nameOf } }),
      ),
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

describe('insights in the reader’s language', () => {
  beforeAll(() => installCatalogue('en', completeCatalogues.en));
  afterAll(() => installCatalogue('en', en));

  it('come in every kind and wording from the circles read', () => {
    expect(everyKind).toBe(true);
    const seen = new Set(CASES.flatMap(variants));
    expect(EXPECTED.filter((variant) => !seen.has(variant))).toEqual([]);
  });

  it('say in English exactly what core says', () => {
    const differing = CASES.filter(
      ({ insight, setting }) => insightText(insight, setting) !== insight.text,
    ).map(({ insight, setting }) => ({
      kind: insight.kind,
      core: insight.text,
      web: insightText(insight, setting),
    }));
    expect(differing).toEqual([]);
  });

  it.each(['es', 'hi', 'ar'] as const)(
    'say every insight in %s, none left in English, each wording its own',
    (locale) => {
      const failed = vi.spyOn(console, 'error').mockImplementation(() => undefined);
      installCatalogue(locale, completeCatalogues[locale]);
      try {
        const said = new Map<string, string>();
        const english = CASES.filter(({ insight, setting }) => {
          const text = insightText(insight, setting);
          expect(text, insight.text).not.toMatch(/[{}]|insight\./);
          said.set(insight.text, text);
          return text === insight.text;
        });
        expect(english.map(({ insight }) => insight.text)).toEqual([]);
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

  it('names a member who left as such, and shows core’s words for a kind it does not know', () => {
    const insight = CASES.find(({ insight }) => insight.kind === 'in_rhythm')!.insight;
    const text = insightText(insight, {
      circleKind: 'couple',
      window: 30,
      nameOf: (id) => (id === insight.memberIds[0] ? 'a former member' : 'Ben'),
    });
    expect(text).toMatch(/^A former member and Ben are in rhythm/);
    const newer = { ...insight, kind: 'a_kind_to_come', text: 'Words from the server.' };
    expect(insightText(newer, { circleKind: 'couple', window: 30, nameOf })).toBe(
      'Words from the server.',
    );
  });
});
