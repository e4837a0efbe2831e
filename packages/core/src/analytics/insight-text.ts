import type { ByKind } from '../kind-text.ts';
import { FORM_WORDS } from '../form-words.ts';
import {
  FORMS_OF_CARE,
  type CareLanguage,
  type CircleKind,
  type FormOfCare,
} from '../vocabulary.ts';
import type { SeasonKind } from './seasons.ts';
import type { BalanceWindow } from './windows.ts';

/**
 * English wording for insights. Kept apart from the rules so that a translation layer can
 * replace it: every insight also carries its `kind` and plain `evidence` numbers.
 * Words never used: owes, debt, blame, fault, score, ledger.
 */

/** "Ben …": what a season means, said gently. */
export const SEASON_PHRASES: Readonly<Record<SeasonKind, string>> = {
  illness: 'is unwell',
  new_baby: 'has a new baby',
  exams: 'is in the middle of exams',
  grief: 'is grieving',
  move: 'is in the middle of a move',
  work: 'has a demanding stretch at work',
  caregiving: 'is caring for someone',
  other: 'is going through a demanding time',
};

/** Forms of care in everyday words: each form's phrase in FORM_WORDS (form-words.ts). */
export const FORM_PHRASES: Readonly<Record<FormOfCare, string>> = Object.fromEntries(
  FORMS_OF_CARE.map((form) => [form, FORM_WORDS[form].phrase]),
) as Record<FormOfCare, string>;

/** Care languages in everyday words. */
export const LANGUAGE_PHRASES: Readonly<Record<CareLanguage, string>> = {
  words: 'kind words',
  acts: 'helpful actions',
  time: 'time together',
  touch: 'touch',
  gifts: 'small gifts',
  loyalty: 'standing by them',
  reliability: 'reliability and routine',
  space: 'calm and space',
};

/**
 * The parts of insights that speak of what the people in a circle are to each other, written
 * for each circle kind (PRODUCT.md principle 3). Insights are read by every member alike, so
 * none of these says "you": the reader may or may not be one of the two named. Everything not
 * here — seasons, forms of care, care languages, the thin-data, in-rhythm, noticed, support,
 * fit and circle-spread insights — has one wording that suits every kind.
 */
export interface InsightWords {
  /** After "care between A and B has come mostly from one side". */
  readonly oneSidedNext: string;
  /** After "care between A and B has leaned toward one side". */
  readonly leaningNext: string;
  /** After "care has flowed mostly one way, and little of it was marked as noticed". */
  readonly unseenNext: string;
  /** Open-handed one-way giving, after "has flowed mostly one way lately — ". */
  readonly openHanded: string;
  /** After "it was usually the same side that reached out". */
  readonly takingTurns: string;
  /** The everyday, practical care logged, as "the … logged (…)". */
  readonly household: string;
}

export const INSIGHT_WORDS: ByKind<InsightWords> = {
  couple: {
    oneSidedNext: 'A calm check-in together could help you both find a rhythm that feels good.',
    leaningNext: 'Worth a gentle look together at what each of you needs right now.',
    unseenNext: 'This may be a good moment to talk about what each of you needs.',
    openHanded: 'the open-handed kind of giving close people share',
    takingTurns: 'Taking turns helps both feel wanted.',
    household: 'the household care logged (chores, errands, remembering and planning)',
  },
  family: {
    oneSidedNext: 'A calm family check-in could help find a rhythm that feels good to both.',
    leaningNext: 'Worth a gentle look, as a family, at what each one needs right now.',
    unseenNext: 'This may be a good moment for the family to talk about what each one needs.',
    openHanded: 'the open-handed kind of giving families often share',
    takingTurns: 'Taking turns helps both feel they belong.',
    household: 'the care logged for family life (chores, errands, remembering and planning)',
  },
  friends: {
    oneSidedNext: 'An easy catch-up could help find a rhythm that feels good to both.',
    leaningNext: 'Worth a gentle look at what each friend needs right now.',
    unseenNext: 'This may be a good moment for a friendly talk about what each one needs.',
    openHanded: 'the open-handed kind of giving good friends often share',
    takingTurns: 'Taking turns helps both feel the friendship goes both ways.',
    household: 'the practical care logged (errands, hosting, remembering and planning)',
  },
  team: {
    oneSidedNext: 'A short team check-in could help find a rhythm that works for both.',
    leaningNext: 'Worth a gentle look at what each person needs from the team right now.',
    unseenNext: 'This may be a good moment for the team to talk about what each person needs.',
    openHanded: 'the open-handed kind of help good teammates often give',
    takingTurns: 'Taking turns helps both feel part of the team.',
    household: 'the practical care logged (tasks, errands, remembering and organising)',
  },
};

/** The emotional care logged, in words that suit every kind. */
export const EMOTIONAL_CARE =
  'the emotional care logged (listening, comfort, checking in, smoothing things over)';

/** The insight words a circle of this kind reads. */
export const insightWordsFor = (kind: CircleKind): InsightWords => INSIGHT_WORDS[kind];

/** "in the last 30 days", or "lately" for the decayed view. */
export const periodPhrase = (window: BalanceWindow): string =>
  window === 'decay' ? 'lately' : `in the last ${window} days`;

/** A count of acts as text: whole in fixed windows, "about n" when decay weights it. */
export const countPhrase = (n: number, window: BalanceWindow): string =>
  window === 'decay' ? `about ${Math.round(n)}` : String(n);

/** 0.834 → "83%". */
export const percent = (share: number): string => `${Math.round(share * 100)}%`;

/** "a, b and c" (or "a, b, or c" with `or`, so items that contain "and" stay readable). */
export function listPhrase(items: readonly string[], conjunction: 'and' | 'or' = 'and'): string {
  if (items.length <= 1) return items[0] ?? '';
  const last = items[items.length - 1] ?? '';
  const comma = conjunction === 'or' && items.length > 2 ? ',' : '';
  return `${items.slice(0, -1).join(', ')}${comma} ${conjunction} ${last}`;
}

/** First letter upper-cased. */
export const capitalize = (text: string): string =>
  text.length === 0 ? text : (text[0] ?? '').toUpperCase() + text.slice(1);
