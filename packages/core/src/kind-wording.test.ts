import { describe, expect, it } from 'vitest';
import { computeCircleBalance } from './analytics/circle-balance.ts';
import { FORM_PHRASES, LANGUAGE_PHRASES, SEASON_PHRASES } from './analytics/insight-text.ts';
import { act, NOW, spread } from './analytics/test-acts.ts';
import { instrumentsFor } from './instruments/for-kind.ts';
import { NEEDS_STARTERS } from './instruments/needs-starters.ts';
import { REFLECTION_PROMPTS } from './instruments/reflection-prompts.ts';
import { INSTRUMENTS } from './instruments/registry.ts';
import { VALUES_QUESTIONS } from './instruments/values-questions.ts';
import { wordedFor } from './instruments/worded-for-kind.ts';
import { catalogueFor } from './load/catalogue-for-kind.ts';
import { CIRCLE_KINDS } from './vocabulary.ts';

/**
 * PRODUCT.md principle 3: "my partner" belongs to couples only. Everything a family, friends or
 * team circle is shown — the questions it may use, reflection prompts, needs starters, values
 * questions, the load catalogue and its insights — is scanned for each of those kinds.
 */
const NOT_COUPLES = CIRCLE_KINDS.filter((kind) => kind !== 'couple');
const COUPLE_WORDS = /\b(partner|partners|partner's|spouse|husband|wife|boyfriend|girlfriend)\b/i;

const members = [
  { id: 'ana', name: 'Ana' },
  { id: 'ben', name: 'Ben' },
  { id: 'cy', name: 'Cy' },
];
const acts = [
  ...spread('ana', 'ben', 20, 60, { form: 'emotional' }),
  ...spread('ana', 'cy', 12, 60, { form: 'practical' }),
  ...spread('ben', 'ana', 3, 60, { form: 'affection' }),
  act('cy', 'ben', 3),
];

/** Every text a circle of this kind can be shown from core. */
function textsFor(kind: (typeof CIRCLE_KINDS)[number]): string[] {
  const questions = instrumentsFor(kind).flatMap((id) =>
    wordedFor(INSTRUMENTS[id], kind).items.flatMap((item) =>
      item.kind === 'choice'
        ? [item.text, ...item.options.map((option) => option.label)]
        : [item.left, item.right],
    ),
  );
  const insights = [7, 30, 90, 'decay'].flatMap(
    (window) =>
      computeCircleBalance(acts, { members, now: NOW, window: window as 7 | 30 | 90 | 'decay' })
        .insights,
  );
  return [
    ...questions,
    ...REFLECTION_PROMPTS.map((prompt) => prompt.text),
    ...NEEDS_STARTERS.map((starter) => starter.text),
    ...VALUES_QUESTIONS.map((question) => question.text),
    ...catalogueFor(kind).map((item) => item.title),
    ...Object.values(SEASON_PHRASES),
    ...Object.values(FORM_PHRASES),
    ...Object.values(LANGUAGE_PHRASES),
    ...insights.map((insight) => insight.text),
  ];
}

describe('what a circle that is not a couple reads', () => {
  it.each(NOT_COUPLES)('never speaks of a partner in a %s circle', (kind) => {
    const texts = textsFor(kind);
    expect(texts.length).toBeGreaterThan(50);
    for (const text of texts) expect(text, text).not.toMatch(COUPLE_WORDS);
  });

  it('the scan can fail: a couple circle reads "my partner" in its questions', () => {
    expect(textsFor('couple').some((text) => COUPLE_WORDS.test(text))).toBe(true);
  });
});
