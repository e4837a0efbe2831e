import { describe, expect, it } from 'vitest';
import { CARE_LANGUAGES, FORMS_OF_CARE, type FormOfCare } from '../vocabulary.ts';
import { careFit, FORM_LANGUAGES, formsSpeaking, rankingProblem } from './care-languages.ts';
import type { GivenTotals } from './totals.ts';

const given = (byFormIn: Partial<Record<FormOfCare, number>>): GivenTotals => {
  const byForm = Object.fromEntries(FORMS_OF_CARE.map((f) => [f, byFormIn[f] ?? 0])) as Record<
    FormOfCare,
    number
  >;
  const effort = Object.values(byForm).reduce((a, b) => a + b, 0);
  return { acts: effort, effort, noticed: 0, byForm };
};

describe('FORM_LANGUAGES', () => {
  it('maps every form to at least one known language', () => {
    for (const form of FORMS_OF_CARE) {
      expect(FORM_LANGUAGES[form].length).toBeGreaterThan(0);
      for (const language of FORM_LANGUAGES[form]) expect(CARE_LANGUAGES).toContain(language);
    }
  });

  it('lists the forms that speak a language', () => {
    expect(formsSpeaking('touch')).toEqual(['affection', 'intimacy']);
    expect(formsSpeaking('gifts')).toEqual([]);
  });
});

describe('rankingProblem', () => {
  it('accepts a ranking of distinct known languages', () => {
    expect(rankingProblem(['words', 'time'])).toBeNull();
    expect(rankingProblem([])).toBeNull();
  });

  it('names unknown and duplicate languages', () => {
    expect(rankingProblem(['words', 'hugs'])).toMatch(/unknown/);
    expect(rankingProblem(['words', 'words'])).toMatch(/twice/);
  });
});

describe('careFit', () => {
  it('is the effort share landing in the top three languages', () => {
    const fit = careFit(given({ practical: 6, appreciation: 2, quality_time: 2 }), [
      'words',
      'time',
      'touch',
      'acts',
    ]);
    expect(fit?.fit).toBeCloseTo(0.4, 12);
    expect(fit?.landedEffort).toBe(4);
    expect(fit?.suggestion).toEqual({
      language: 'words',
      forms: ['emotional', 'communication', 'affection', 'repair', 'appreciation'],
    });
  });

  it('offers no suggestion when most care lands', () => {
    const fit = careFit(given({ practical: 6, mental_load: 1 }), ['acts']);
    expect(fit?.fit).toBe(1);
    expect(fit?.suggestion).toBeNull();
  });

  it('is null with no ranking or nothing given', () => {
    expect(careFit(given({ practical: 1 }), [])).toBeNull();
    expect(careFit(given({ practical: 1 }), undefined)).toBeNull();
    expect(careFit(given({}), ['words'])).toBeNull();
  });
});
