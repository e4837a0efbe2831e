/**
 * The closed vocabularies of recipro (PRODUCT.md). Ids here are stable: the API and storage use
 * them as they are, so an id is never renamed, only added.
 */

/** Kinds of circle: who the people are to each other. */
export const CIRCLE_KINDS = ['couple', 'family', 'friends', 'team'] as const;
export type CircleKind = (typeof CIRCLE_KINDS)[number];

/** Forms of care: what is given and received. */
export const FORMS_OF_CARE = [
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
] as const;
export type FormOfCare = (typeof FORMS_OF_CARE)[number];

/** Care languages: what a person values receiving. */
export const CARE_LANGUAGES = [
  'words',
  'acts',
  'time',
  'touch',
  'gifts',
  'loyalty',
  'reliability',
  'space',
] as const;
export type CareLanguage = (typeof CARE_LANGUAGES)[number];

/** Effort of an act: 1 small, 2 medium, 3 big. A small integer, never a price. */
export const EFFORT_MIN = 1;
export const EFFORT_MAX = 3;
export const DEFAULT_EFFORT = 1;
export type Effort = 1 | 2 | 3;

/** Longest note on an act, in UTF-16 code units. */
export const NOTE_MAX_LENGTH = 2000;
/** Longest name of a circle or a person. */
export const NAME_MAX_LENGTH = 100;

export const isCircleKind = (value: unknown): value is CircleKind =>
  typeof value === 'string' && (CIRCLE_KINDS as readonly string[]).includes(value);

export const isFormOfCare = (value: unknown): value is FormOfCare =>
  typeof value === 'string' && (FORMS_OF_CARE as readonly string[]).includes(value);

export const isCareLanguage = (value: unknown): value is CareLanguage =>
  typeof value === 'string' && (CARE_LANGUAGES as readonly string[]).includes(value);

export const isEffort = (value: unknown): value is Effort =>
  Number.isInteger(value) && (value as number) >= EFFORT_MIN && (value as number) <= EFFORT_MAX;
