import { describe, expect, it } from 'vitest';
import { CIRCLE_KINDS, isCircleKind, isFormOfCare } from '../vocabulary.ts';
import { LEDGER_WORDS, NEVER_SAID } from '../voice.ts';
import { QUESTION_BANK, QUESTION_WORDS, questionById, questionsFor } from './bank.ts';
import { QUESTION_DEPTHS, QUESTION_THEMES, SIX_EXCHANGES } from './types.ts';

/** The bank with each question's English words (QUESTION_WORDS), as its files write them. */
const WRITTEN = QUESTION_BANK.map((q) => ({ ...q, text: QUESTION_WORDS[q.id] ?? '' }));

const COUPLE_WORDS = /\b(partner|partners|partner’s|spouse|husband|wife|boyfriend|girlfriend)\b/i;
const HOUSEHOLD_WORDS = /\b(household|housework|school runs?|home)\b/i;
/** Words a family's children might not follow, or that belong at work. */
const WORK_WORDS = /\b(colleagues?|workload|meetings?|feedback|team|workday)\b/i;
/** Questions never ask to compare or rank people, or start from a reproach. */
const COMPARING =
  /\bwho\b[^?]*\b(more|most|less|least|better|worse|first)\b|\bcompar|\bfault\b|\b(you|they) (always|never) (do|did|forget|leave|say|make)\b|\bwhy (don’t|do) you\b|\bshould have\b/i;
/** Questions that speak of a particular other person, where the ledger's words are never said. */
const OF_A_PERSON = /\b(someone|your partner|a colleague|a friend|who)\b/i;

/** A question's words without case, quotes or punctuation, for finding the same question twice. */
const plain = (text: string) =>
  text
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^a-z0-9 ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

describe('the bank of daily questions', () => {
  it('holds at least 200 questions, enough for months in every kind of circle', () => {
    expect(QUESTION_BANK.length).toBeGreaterThanOrEqual(200);
    const counts = Object.fromEntries(CIRCLE_KINDS.map((k) => [k, questionsFor(k).length]));
    expect(counts.couple).toBeGreaterThanOrEqual(150);
    expect(counts.family).toBeGreaterThanOrEqual(150);
    expect(counts.friends).toBeGreaterThanOrEqual(150);
    expect(counts.team).toBeGreaterThanOrEqual(100);
  });

  it('gives every question a unique, stable-looking id, and finds each by it', () => {
    const ids = QUESTION_BANK.map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const q of QUESTION_BANK) {
      expect(q.id).toMatch(/^q\d{3}$/);
      expect(questionById(q.id)).toBe(q);
    }
    expect(questionById('q999')).toBeUndefined();
  });

  it('never asks the same question twice, even in other words of punctuation or case', () => {
    const texts = WRITTEN.map((q) => plain(q.text));
    const repeated = texts.filter((t, i) => texts.indexOf(t) !== i);
    expect(repeated).toEqual([]);
  });

  it('tags each question with known kinds, a theme and a depth', () => {
    for (const q of QUESTION_BANK) {
      expect(q.kinds.length, q.id).toBeGreaterThan(0);
      for (const kind of q.kinds) expect(isCircleKind(kind), q.id).toBe(true);
      expect(QUESTION_THEMES, q.id).toContain(q.theme);
      expect(QUESTION_DEPTHS, q.id).toContain(q.depth);
      // Only questions about what is exchanged name a form of care, and each of those does.
      expect(q.form !== undefined, q.id).toBe(q.theme === 'exchanges');
      if (q.form !== undefined) expect(isFormOfCare(q.form), q.id).toBe(true);
    }
  });

  it.each(CIRCLE_KINDS)(
    'asks a %s circle about every theme and every one of the six exchanges, light and deeper',
    (kind) => {
      const mine = questionsFor(kind);
      for (const theme of QUESTION_THEMES) {
        expect(mine.filter((q) => q.theme === theme).length, theme).toBeGreaterThanOrEqual(5);
      }
      for (const form of SIX_EXCHANGES) {
        expect(
          mine.some((q) => q.theme === 'exchanges' && q.form === form),
          form,
        ).toBe(true);
      }
      // Light and deeper mixed: neither is less than a quarter of what the circle is asked.
      for (const depth of QUESTION_DEPTHS) {
        expect(mine.filter((q) => q.depth === depth).length / mine.length, depth).toBeGreaterThan(
          0.25,
        );
      }
    },
  );

  it('is written as short, open questions', () => {
    for (const { id, text } of WRITTEN) {
      expect(text, id).toMatch(/^[A-Z“][^?]*\?$/);
      expect(text.length, id).toBeLessThanOrEqual(120);
      expect(text, id).not.toMatch(/\s{2}|^\s|\s$/);
      // Typographic apostrophes and quotes, as in the rest of the app.
      expect(text, id).not.toMatch(/['"]/);
    }
  });

  it('keeps the voice: never a ledger, a comparison or a reproach', () => {
    for (const { id, text } of WRITTEN) {
      expect(text, id).not.toMatch(NEVER_SAID);
      expect(text, id).not.toMatch(COMPARING);
      if (OF_A_PERSON.test(text)) expect(text, id).not.toMatch(LEDGER_WORDS);
    }
  });

  it('the voice rules can fail', () => {
    for (const bad of [
      'Who does more of the chores?',
      'Who gave the most this week?',
      'What do you owe each other?',
      'Why don’t you ever plan the weekend?',
      'Why do you always leave it to me?',
      'What do they never do?',
      'What was someone here first to do?',
      'Whose fault was the last argument?',
    ]) {
      expect(
        NEVER_SAID.test(bad) ||
          COMPARING.test(bad) ||
          (OF_A_PERSON.test(bad) && LEDGER_WORDS.test(bad)),
        bad,
      ).toBe(true);
    }
  });

  it('speaks of a partner to couples only, and of a home only to those who share one', () => {
    for (const q of WRITTEN) {
      if (COUPLE_WORDS.test(q.text)) expect(q.kinds, q.id).toEqual(['couple']);
      if (HOUSEHOLD_WORDS.test(q.text)) {
        expect(q.kinds, q.id).not.toContain('friends');
        expect(q.kinds, q.id).not.toContain('team');
      }
    }
    expect(WRITTEN.some((q) => COUPLE_WORDS.test(q.text))).toBe(true);
  });

  it('keeps work to teams, and teams to work', () => {
    for (const q of WRITTEN) {
      if (WORK_WORDS.test(q.text)) expect(q.kinds, q.id).toEqual(['team']);
    }
    // What a team reads says nothing of a home, love or childhood meals.
    for (const q of questionsFor('team')) {
      expect(QUESTION_WORDS[q.id], q.id).not.toMatch(
        /\b(love|hug|touch|childhood|bedtime|birthday)\b/i,
      );
    }
  });
});
