import type { FormOfCare, CareLanguage } from '../vocabulary.ts';
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

/** Forms of care in everyday words. */
export const FORM_PHRASES: Readonly<Record<FormOfCare, string>> = {
  practical: 'practical help',
  emotional: 'listening and comfort',
  communication: 'talking and checking in',
  affection: 'affection',
  intimacy: 'closeness',
  quality_time: 'time together',
  respect: 'respect and room',
  repair: 'making up after a conflict',
  healing: 'staying close through hard days',
  future: 'plans and shared routines',
  appreciation: 'thanks and appreciation',
  mental_load: 'remembering and organising',
};

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
