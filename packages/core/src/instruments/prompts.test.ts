import { describe, expect, it } from 'vitest';
import { textFor } from '../kind-text.ts';
import { CIRCLE_KINDS } from '../vocabulary.ts';
import { NEEDS_STARTER_WORDS, NEEDS_STARTERS } from './needs-starters.ts';
import {
  REFLECTION_PROMPT_WORDS,
  REFLECTION_PROMPTS,
  REFLECTION_THEMES,
} from './reflection-prompts.ts';
import { textSuggestsSafetyConcern } from './safety.ts';
import { VALUES_QUESTION_WORDS, VALUES_QUESTIONS, VALUES_TOPICS } from './values-questions.ts';

const all = [...REFLECTION_PROMPTS, ...NEEDS_STARTERS, ...VALUES_QUESTIONS];
const written = [...REFLECTION_PROMPT_WORDS, ...NEEDS_STARTER_WORDS, ...VALUES_QUESTION_WORDS];
/** Every English wording of every kind. */
const everyWording = CIRCLE_KINDS.flatMap((kind) =>
  written.map(({ id, words }) => ({ id, text: textFor(words, kind) })),
);

describe('RECIPRO prompt texts', () => {
  it('have unique, stable-looking ids and non-empty texts', () => {
    const ids = all.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(written.map((p) => p.id)).toEqual(ids);
    for (const p of all) expect(p.id).toMatch(/^[a-z][a-z0-9_]*$/);
    for (const p of everyWording) {
      expect(p.text.trim().length, p.id).toBeGreaterThan(10);
      expect(p.text, p.id).not.toMatch(/\s{2}|^\s|\s$/);
    }
  });

  it('cover every reflection theme', () => {
    expect(REFLECTION_THEMES).toEqual([
      'over_giving',
      'shutting_down',
      'hyper_independence',
      'fear_of_asking',
      'what_i_need_now',
    ]);
    for (const theme of REFLECTION_THEMES) {
      expect(REFLECTION_PROMPTS.some((p) => p.theme === theme)).toBe(true);
    }
  });

  it('offer the two named needs starters and end each with an ellipsis', () => {
    const texts = NEEDS_STARTER_WORDS.map((s) => textFor(s.words, 'couple'));
    expect(texts).toContain('I feel more connected when …');
    expect(texts).toContain('It would help me if …');
    for (const { text } of everyWording.filter((p) => p.id.startsWith('need_'))) {
      expect(text.endsWith('…'), text).toBe(true);
    }
  });

  it('ask one values question per topic', () => {
    expect(VALUES_QUESTIONS.map((q) => q.topic)).toEqual([...VALUES_TOPICS]);
  });

  it('use no blaming or clinical words, and never trip the safety rule, in any kind’s words', () => {
    for (const p of everyWording) {
      expect(p.text, p.id).not.toMatch(/\byou (always|never)\b|\bdisorder|\bdiagnos|\btoxic/i);
      expect(textSuggestsSafetyConcern(p.text), p.id).toBe(false);
    }
  });
});
