import { describe, expect, it } from 'vitest';
import {
  CARE_LANGUAGES,
  FORMS_OF_CARE,
  isCareLanguage,
  isCircleKind,
  isEffort,
  isFormOfCare,
} from './vocabulary.ts';

describe('vocabulary', () => {
  it('has the twelve forms of care of PRODUCT.md, and no others', () => {
    expect(FORMS_OF_CARE).toEqual([
      'practical',
      'emotional',
      'communication',
      'affection',
      'intimacy',
      'quality_time',
      'respect',
      'repair',
      'healing',
      'future',
      'appreciation',
      'mental_load',
    ]);
    expect(isFormOfCare('mental_load')).toBe(true);
    expect(isFormOfCare('money')).toBe(false);
    expect(isFormOfCare('Practical')).toBe(false);
  });

  it('has the eight care languages', () => {
    expect(CARE_LANGUAGES).toHaveLength(8);
    expect(isCareLanguage('reliability')).toBe(true);
    expect(isCareLanguage('cash')).toBe(false);
  });

  it('knows the circle kinds', () => {
    expect(['couple', 'family', 'friends', 'team'].every(isCircleKind)).toBe(true);
    expect(isCircleKind('situationship')).toBe(false);
    expect(isCircleKind(undefined)).toBe(false);
  });

  it('takes effort as a whole number from 1 to 3', () => {
    expect([1, 2, 3].every(isEffort)).toBe(true);
    for (const bad of [0, 4, 1.5, '2', null, Number.NaN]) expect(isEffort(bad)).toBe(false);
  });
});
