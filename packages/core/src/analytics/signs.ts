import type { FormOfCare } from '../vocabulary.ts';
import type { GivenTotals } from './totals.ts';

/**
 * Signs of a one-sided relationship, for one ordered pair from the giver's side.
 *
 * - An exchange is *opened* on a day with acts between the two after a quiet spell of at least
 *   QUIET_SPELL_DAYS days with none. Totals are kept per day, so when both gave on the opening
 *   day we cannot tell who went first: each is credited half.
 * - Support is the effort of `emotional`, `healing` and `practical` acts.
 * - Noticed-rate is the share of the giver's acts the receiver marked "I noticed".
 */
export const QUIET_SPELL_DAYS = 3;

/** Forms of care counted as support. */
export const SUPPORT_FORMS: readonly FormOfCare[] = ['emotional', 'healing', 'practical'];

/** The one-sided signs of an ordered pair, from the giver's side. */
export interface OneSidedSigns {
  /** Exchanges `from` opened, and all exchanges the pair opened, in the view. */
  readonly initiations: { readonly opened: number; readonly total: number };
  /** opened / total; null when no exchange opened. Mirror: share(A,B) + share(B,A) = 1. */
  readonly initiationShare: number | null;
  /** Support effort given and received by `from` in this pair. */
  readonly support: { readonly given: number; readonly received: number };
  /** given / (given + received); null when there was no support either way. */
  readonly supportShare: number | null;
  /** noticed / acts of what `from` gave; null when `from` gave nothing. */
  readonly noticedRate: number | null;
}

/**
 * Exchanges opened by each side. `given[i]` and `received[i]` are acts per day, oldest first,
 * and must start QUIET_SPELL_DAYS (`quietDays`) before the first day that counts, so that
 * an exchange running into the view is not mistaken for a new one.
 */
export function countInitiations(
  given: readonly number[],
  received: readonly number[],
  quietDays = QUIET_SPELL_DAYS,
): { opened: number; total: number } {
  let opened = 0;
  let total = 0;
  let quietRun = 0;
  for (let i = 0; i < given.length; i++) {
    const g = given[i] ?? 0;
    const r = received[i] ?? 0;
    if (g + r === 0) {
      quietRun += 1;
      continue;
    }
    if (i >= quietDays && quietRun >= quietDays) {
      total += 1;
      opened += g > 0 && r > 0 ? 0.5 : g > 0 ? 1 : 0;
    }
    quietRun = 0;
  }
  return { opened, total };
}

const supportOf = (totals: GivenTotals): number =>
  SUPPORT_FORMS.reduce((sum, form) => sum + totals.byForm[form], 0);

const ratio = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);

/** The signs for `from` → `to` from what each gave and the exchanges each opened. */
export function oneSidedSigns(
  given: GivenTotals,
  received: GivenTotals,
  initiations: { opened: number; total: number },
): OneSidedSigns {
  const support = { given: supportOf(given), received: supportOf(received) };
  return {
    initiations,
    initiationShare: ratio(initiations.opened, initiations.total),
    support,
    supportShare: ratio(support.given, support.given + support.received),
    noticedRate: ratio(given.noticed, given.acts),
  };
}
