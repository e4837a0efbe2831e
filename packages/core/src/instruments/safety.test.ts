import { describe, expect, it } from 'vitest';
import { reciprocity } from './reciprocity.ts';
import {
  answersSuggestSafetyConcern,
  SAFETY_PHRASES,
  suggestsSafetyConcern,
  textSuggestsSafetyConcern,
} from './safety.ts';

const safeIndex = reciprocity.items.findIndex((item) => item.id === 'felt_safe');
const sheet = (feltSafe: number | null) => {
  const positions: (number | null)[] = reciprocity.items.map(() => 2);
  positions[safeIndex] = feltSafe;
  return positions;
};

describe('safety: answers', () => {
  it('any answer but "No" to the safety item suggests a concern', () => {
    expect(answersSuggestSafetyConcern('reciprocity', sheet(0))).toBe(false);
    for (const position of [1, 2, 3]) {
      expect(answersSuggestSafetyConcern('reciprocity', sheet(position))).toBe(true);
    }
  });

  it('looks at a partial sheet too, and at nothing else', () => {
    const partial: (number | null)[] = [];
    partial[safeIndex] = 2;
    expect(answersSuggestSafetyConcern('reciprocity', partial)).toBe(true);
    expect(answersSuggestSafetyConcern('reciprocity', sheet(null))).toBe(false);
    expect(answersSuggestSafetyConcern('csi4', [0, 0, 0, 0])).toBe(false);
    expect(answersSuggestSafetyConcern('nope', [3])).toBe(false);
  });
});

describe('safety: notes', () => {
  it.each([
    'I am scared of him when he drinks',
    'Honestly I’m AFRAID OF MY PARTNER sometimes',
    "I don't feel safe at home",
    'I dont feel safe',
    'he hit me last week',
    'She slapped me.',
    'he threatens to kill the dog',
    'sometimes I think about self-harm',
    'I want to die',
    'Le tengo miedo.',
    'me pegó otra vez',
    'No me siento segura en casa',
    'वो मुझे मारता है',
    'mujhe usse dar lagta hai',
    'woh mujhe maarta hai',
    'هو يضربني',
    'انا اخاف منه',
  ])('suggests a concern: %s', (note) => {
    expect(textSuggestsSafetyConcern(note)).toBe(true);
  });

  it.each([
    'It hit me that we have not talked all week',
    'She beat me at chess again',
    'You hurt me when you forgot the dinner',
    'I am afraid of spiders',
    'Thanks for making tea',
    'We bought grapes and drapes',
    'I was scared of history exams', // "scared of him" only as whole words
    'her brother shoved meat into the freezer', // "shoved me" only as whole words
    '',
  ])('does not suggest a concern: %s', (note) => {
    expect(textSuggestsSafetyConcern(note)).toBe(false);
  });

  it('is blind to negation (errs towards offering help)', () => {
    expect(textSuggestsSafetyConcern('I am not afraid of him')).toBe(true);
  });

  it('covers English, Spanish, Hindi and Arabic with specific phrases', () => {
    expect(SAFETY_PHRASES.map((list) => list.language)).toEqual(['en', 'es', 'hi', 'ar']);
    for (const list of SAFETY_PHRASES) {
      for (const phrase of list.phrases) {
        expect(phrase.trim().length, phrase).toBeGreaterThan(2);
        expect(textSuggestsSafetyConcern(phrase), phrase).toBe(true);
      }
    }
  });
});

describe('suggestsSafetyConcern', () => {
  it('combines answers and notes', () => {
    expect(suggestsSafetyConcern({})).toBe(false);
    expect(suggestsSafetyConcern({ instrumentId: 'reciprocity', positions: sheet(0) })).toBe(false);
    expect(suggestsSafetyConcern({ instrumentId: 'reciprocity', positions: sheet(3) })).toBe(true);
    expect(
      suggestsSafetyConcern({
        instrumentId: 'reciprocity',
        positions: sheet(0),
        notes: [null, 'he threatened me'],
      }),
    ).toBe(true);
    expect(suggestsSafetyConcern({ notes: ['a lovely week', undefined] })).toBe(false);
  });
});
