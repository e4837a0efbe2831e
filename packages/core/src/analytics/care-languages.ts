import {
  CARE_LANGUAGES,
  FORMS_OF_CARE,
  isCareLanguage,
  type CareLanguage,
  type FormOfCare,
} from '../vocabulary.ts';
import type { GivenTotals } from './totals.ts';

/**
 * The one table from form of care to the care languages it speaks. A form may speak more than
 * one language; it *lands* for a receiver when any of them is among the receiver's top ones.
 *
 * Why each row (docs/analytics.md repeats this):
 * - practical: chores and errands are care shown through actions (`acts`).
 * - emotional: listening needs undivided attention (`time`) and is answered in `words`.
 * - communication: sharing the day and asking questions is talk (`words`) and attention (`time`).
 * - affection: warmth is physical (`touch`) and spoken (`words`).
 * - intimacy: closeness is physical (`touch`) and unhurried (`time`).
 * - quality_time: undivided time together (`time`).
 * - respect: honouring boundaries and privacy (`space`), standing by the other's view (`loyalty`).
 * - repair: an apology is said (`words`) and shows the bond can be relied on (`reliability`).
 * - healing: staying beside someone through a hard time is `time` and standing by (`loyalty`).
 * - future: plans, money and shared routines are `reliability` and commitment (`loyalty`).
 * - appreciation: thanks and noticing are `words`.
 * - mental_load: remembering and organising is work done (`acts`) that keeps life steady
 *   (`reliability`).
 * No form is recorded as a gift yet, so `gifts` is spoken by none; a receiver who values gifts
 * most will see a lower fit, and the suggestion says so plainly.
 */
export const FORM_LANGUAGES: Readonly<Record<FormOfCare, readonly CareLanguage[]>> = {
  practical: ['acts'],
  emotional: ['words', 'time'],
  communication: ['words', 'time'],
  affection: ['touch', 'words'],
  intimacy: ['touch', 'time'],
  quality_time: ['time'],
  respect: ['space', 'loyalty'],
  repair: ['words', 'reliability'],
  healing: ['time', 'loyalty'],
  future: ['reliability', 'loyalty'],
  appreciation: ['words'],
  mental_load: ['acts', 'reliability'],
};

/** How many of a receiver's ranked languages count as "top". */
export const TOP_LANGUAGES = 3;
/** Below this fit, a suggestion is offered. */
export const LOW_FIT_BELOW = 0.5;

/** Forms of care that speak `language`, in vocabulary order. */
export const formsSpeaking = (language: CareLanguage): FormOfCare[] =>
  FORMS_OF_CARE.filter((form) => FORM_LANGUAGES[form].includes(language));

/**
 * Why a ranking is not acceptable, or null when it is: every id must be a known care language
 * and appear once. An empty ranking is allowed (the member has not chosen yet).
 */
export function rankingProblem(ranked: readonly unknown[]): string | null {
  const seen = new Set<string>();
  for (const id of ranked) {
    if (!isCareLanguage(id)) return `unknown care language: ${String(id)}`;
    if (seen.has(id)) return `care language ranked twice: ${id}`;
    seen.add(id);
  }
  return null;
}

/** How well what one member gives fits what the other values. */
export interface CareFit {
  /** Share of the effort given that lands in the receiver's top languages, in [0, 1]. */
  readonly fit: number;
  readonly landedEffort: number;
  readonly givenEffort: number;
  /** The receiver's top languages the fit was measured against, most valued first. */
  readonly topLanguages: readonly CareLanguage[];
  /** When the fit is low: the receiver's most valued language and the forms that speak it. */
  readonly suggestion: { readonly language: CareLanguage; readonly forms: FormOfCare[] } | null;
}

/**
 * Fit of what was given (`given`, from → to) with the receiver's ranked languages. Null when the
 * receiver ranked none or nothing was given — there is nothing to measure.
 */
export function careFit(
  given: GivenTotals,
  receiverRanking: readonly CareLanguage[] | undefined,
  top = TOP_LANGUAGES,
): CareFit | null {
  const topLanguages = (receiverRanking ?? []).filter(isCareLanguage).slice(0, top);
  if (topLanguages.length === 0 || !(given.effort > 0)) return null;
  let landedEffort = 0;
  for (const form of FORMS_OF_CARE) {
    if (FORM_LANGUAGES[form].some((language) => topLanguages.includes(language))) {
      landedEffort += given.byForm[form];
    }
  }
  const fit = Math.min(1, landedEffort / given.effort);
  const first = topLanguages[0] ?? CARE_LANGUAGES[0];
  return {
    fit,
    landedEffort,
    givenEffort: given.effort,
    topLanguages,
    suggestion: fit < LOW_FIT_BELOW ? { language: first, forms: formsSpeaking(first) } : null,
  };
}
