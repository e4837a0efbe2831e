import { describe, expect, it } from 'vitest';
import { instrumentsFor } from './instruments/for-kind.ts';
import { NEEDS_STARTER_WORDS } from './instruments/needs-starters.ts';
import { REFLECTION_PROMPT_WORDS } from './instruments/reflection-prompts.ts';
import { INSTRUMENTS } from './instruments/registry.ts';
import { VALUES_QUESTION_WORDS } from './instruments/values-questions.ts';
import { wordedFor } from './instruments/worded-for-kind.ts';
import { sameForEveryKind, textFor, type KindText } from './kind-text.ts';
import { catalogueFor } from './load/catalogue-for-kind.ts';
import { QUESTION_WORDS, questionsFor } from './questions/bank.ts';
import {
  RITUAL_KINDS,
  ritualKindsFor,
  ritualSuggestion,
  RITUALS_BY_KIND,
} from './rituals/kinds.ts';
import { CIRCLE_KINDS, type CircleKind } from './vocabulary.ts';

/**
 * PRODUCT.md principle 3: "my partner" belongs to couples only, and every circle kind reads as
 * written for it. Everything a circle is shown from core's words — the questions it may use,
 * reflection prompts, needs starters, values questions, rituals, the load catalogue, the daily
 * questions — is scanned for each kind, and every text that speaks of the people in the
 * circle has words of each kind's own.
 */
const NOT_COUPLES = CIRCLE_KINDS.filter((kind) => kind !== 'couple');
const COUPLE_WORDS = /\b(partner|partners|partner's|spouse|husband|wife|boyfriend|girlfriend)\b/i;
/** A household is shared by couples and families; friends and teams are never told of one. */
const HOUSEHOLD_WORDS = /\b(household|housework|school runs?)\b/i;

/** A list's English words (its *_WORDS table) as a circle of this kind reads them. */
const wordsFor = (
  list: readonly { readonly id: string; readonly words: KindText }[],
  kind: CircleKind,
) => list.map(({ id, words }) => ({ id, text: textFor(words, kind) }));

/** Every English text a circle of this kind can be shown from core's words. */
function textsFor(kind: CircleKind): string[] {
  const questions = instrumentsFor(kind).flatMap((id) =>
    wordedFor(INSTRUMENTS[id], kind).items.flatMap((item) =>
      item.kind === 'choice'
        ? [item.text, ...item.options.map((option) => option.label)]
        : [item.left, item.right],
    ),
  );
  return [
    ...questions,
    ...wordsFor(REFLECTION_PROMPT_WORDS, kind).map((prompt) => prompt.text),
    ...wordsFor(NEEDS_STARTER_WORDS, kind).map((starter) => starter.text),
    ...wordsFor(VALUES_QUESTION_WORDS, kind).map((question) => question.text),
    ...ritualKindsFor(kind).map((ritual) => ritualSuggestion(ritual, kind).title),
    ...catalogueFor(kind).map((item) => item.title),
    ...questionsFor(kind).map((question) => QUESTION_WORDS[question.id] ?? ''),
  ];
}

describe('what a circle that is not a couple reads', () => {
  it.each(NOT_COUPLES)('never speaks of a partner in a %s circle', (kind) => {
    const texts = textsFor(kind);
    expect(texts.length).toBeGreaterThan(100);
    for (const text of texts) expect(text, text).not.toMatch(COUPLE_WORDS);
  });

  it.each(['friends', 'team'] as const)('never speaks of a household to %s', (kind) => {
    for (const text of textsFor(kind)) expect(text, text).not.toMatch(HOUSEHOLD_WORDS);
  });

  it('the scans can fail: a couple circle reads "my partner" and of the household', () => {
    expect(textsFor('couple').some((text) => COUPLE_WORDS.test(text))).toBe(true);
    expect(textsFor('couple').some((text) => HOUSEHOLD_WORDS.test(text))).toBe(true);
  });
});

/**
 * A text either has one wording for every kind — listed here, on purpose: it speaks of the
 * author alone or of nothing that differs between kinds — or four wordings, one per kind, all
 * different.
 */
function expectWordedPerKind(
  entries: readonly { readonly id: string; readonly words: KindText }[],
  oneWording: readonly string[],
) {
  const same = entries.filter((entry) => sameForEveryKind(entry.words)).map(({ id }) => id);
  expect(same).toEqual(oneWording);
  for (const { id, words } of entries) {
    if (sameForEveryKind(words)) continue;
    const texts = CIRCLE_KINDS.map((kind) => words[kind]);
    expect(new Set(texts).size, id).toBe(CIRCLE_KINDS.length);
  }
}

describe('texts worded for each kind', () => {
  it('reflection prompts: those about the people around the author differ per kind', () => {
    expectWordedPerKind(REFLECTION_PROMPT_WORDS, [
      'reflect_over_giving_2',
      'reflect_shutting_down_2',
      'reflect_hyper_independence_2',
      'reflect_fear_of_asking_1',
      'reflect_what_i_need_now_1',
      'reflect_what_i_need_now_2',
    ]);
    expect(
      wordsFor(REFLECTION_PROMPT_WORDS, 'team').find((p) => p.id === 'reflect_fear_of_asking_2')
        ?.text,
    ).toBe('If a teammate asked me for this, how would I feel about being asked?');
  });

  it('needs starters: those about the people a need is for differ per kind', () => {
    expectWordedPerKind(NEEDS_STARTER_WORDS, [
      'need_would_help_me_if',
      'need_when_tired',
      'need_matters_to_me',
      'need_could_we_try',
    ]);
    expect(wordsFor(NEEDS_STARTER_WORDS, 'team').map((s) => s.text)).toContain(
      'I feel part of the team when …',
    );
    for (const kind of CIRCLE_KINDS) {
      for (const { text } of wordsFor(NEEDS_STARTER_WORDS, kind)) {
        expect(text.endsWith('…'), text).toBe(true);
      }
    }
  });

  it('values questions: every topic but respect is asked in the words of the kind', () => {
    expectWordedPerKind(VALUES_QUESTION_WORDS, ['values_respect']);
  });

  it('rituals: each kind is offered its own, named for it; one of your own is named alike', () => {
    expect(ritualKindsFor('couple')).toEqual([
      'appreciation',
      'nightly_checkin',
      'weekly_checkin',
      'get_together',
      'custom',
    ]);
    expect(ritualKindsFor('family')).toContain('monthly_family_checkin');
    expect(ritualKindsFor('team')).toContain('team_feedback');
    for (const kind of ['friends', 'team'] as const) {
      expect(ritualKindsFor(kind)).not.toContain('nightly_checkin');
      expect(ritualKindsFor(kind)).not.toContain('monthly_family_checkin');
    }
    expect(ritualKindsFor('couple')).not.toContain('team_feedback');
    for (const kind of CIRCLE_KINDS) {
      expect(ritualKindsFor(kind)[0]).toBe('appreciation');
      expect(ritualKindsFor(kind).at(-1)).toBe('custom');
    }
    // Offered to more than one kind: a different name for each, but one's own ritual.
    for (const ritual of RITUAL_KINDS.filter((r) => r !== 'custom')) {
      const titles = CIRCLE_KINDS.flatMap((kind) => {
        const offered = RITUALS_BY_KIND[kind][ritual];
        return offered ? [offered.title] : [];
      });
      expect(new Set(titles).size, ritual).toBe(titles.length);
    }
    expect(new Set(CIRCLE_KINDS.map((kind) => ritualSuggestion('custom', kind).title))).toEqual(
      new Set(['Our own ritual']),
    );
    // A ritual not offered to the kind, kept from before, still has a name that suits any circle.
    expect(ritualSuggestion('team_feedback', 'couple').title).toBe('Reciprocal feedback round');
    expect(ritualSuggestion('nightly_checkin', 'team').title).toBe('Ten-minute check-in at night');
  });
});
