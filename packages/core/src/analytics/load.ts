import type { FormOfCare } from '../vocabulary.ts';
import type { GivenTotals } from './totals.ts';

/** Forms of care counted as household load (chores, errands, remembering and organising). */
export const HOUSEHOLD_FORMS: readonly FormOfCare[] = ['practical', 'mental_load'];
/** Forms of care counted as emotional load (listening, comfort, staying beside, repairing). */
export const EMOTIONAL_FORMS: readonly FormOfCare[] = [
  'emotional',
  'healing',
  'communication',
  'repair',
];

/** What one ordered pair gave in the view. */
export interface PairTotals {
  readonly fromMemberId: string;
  readonly toMemberId: string;
  readonly totals: GivenTotals;
}

/**
 * n×n give/receive matrix in the order of `memberIds`: effort[i][j] is the effort member i gave
 * member j. The diagonal is 0. Row sums are what each member gave, column sums what each received.
 */
export interface GiveMatrix {
  readonly memberIds: readonly string[];
  readonly effort: readonly (readonly number[])[];
}

/** An amount of effort and its share of the circle's total of that kind. */
export interface ShareOf {
  readonly effort: number;
  /** Share of the circle's effort of this kind; 0 when the circle gave none of it. */
  readonly share: number;
}

/**
 * One member's part of the circle's load. Invariant: over all members, each kind of share sums
 * to 1 (or all are 0 when nothing of that kind was given).
 */
export interface LoadShare extends ShareOf {
  readonly memberId: string;
  readonly household: ShareOf;
  readonly emotional: ShareOf;
}

/** The give/receive matrix of `memberIds`; pairs naming anyone else are left out. */
export function giveMatrix(memberIds: readonly string[], pairs: readonly PairTotals[]): GiveMatrix {
  const position = new Map(memberIds.map((id, i) => [id, i]));
  const effort = memberIds.map(() => memberIds.map(() => 0));
  for (const pair of pairs) {
    const i = position.get(pair.fromMemberId);
    const j = position.get(pair.toMemberId);
    if (i === undefined || j === undefined || i === j) continue;
    const row = effort[i];
    if (row) row[j] = (row[j] ?? 0) + pair.totals.effort;
  }
  return { memberIds, effort };
}

const sumForms = (totals: GivenTotals, forms: readonly FormOfCare[]): number =>
  forms.reduce((sum, form) => sum + totals.byForm[form], 0);

/** Each member's share of the effort the circle gave, overall, household and emotional. */
export function loadShares(
  memberIds: readonly string[],
  pairs: readonly PairTotals[],
): LoadShare[] {
  const given = new Map(memberIds.map((id) => [id, { all: 0, household: 0, emotional: 0 }]));
  for (const pair of pairs) {
    const g = given.get(pair.fromMemberId);
    if (!g || pair.fromMemberId === pair.toMemberId || !given.has(pair.toMemberId)) continue;
    g.all += pair.totals.effort;
    g.household += sumForms(pair.totals, HOUSEHOLD_FORMS);
    g.emotional += sumForms(pair.totals, EMOTIONAL_FORMS);
  }
  const total = { all: 0, household: 0, emotional: 0 };
  for (const g of given.values()) {
    total.all += g.all;
    total.household += g.household;
    total.emotional += g.emotional;
  }
  const share = (effort: number, of: number): ShareOf => ({
    effort,
    share: of > 0 ? effort / of : 0,
  });
  return memberIds.map((memberId) => {
    const g = given.get(memberId) ?? { all: 0, household: 0, emotional: 0 };
    return {
      memberId,
      ...share(g.all, total.all),
      household: share(g.household, total.household),
      emotional: share(g.emotional, total.emotional),
    };
  });
}

/**
 * Gini coefficient of non-negative amounts: 0 when everyone carries the same, rising to
 * (n - 1) / n when one member carries everything. 0 for fewer than two members or no load.
 */
export function gini(values: readonly number[]): number {
  const n = values.length;
  const total = values.reduce((sum, x) => sum + x, 0);
  if (n < 2 || !(total > 0)) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  let weighted = 0;
  sorted.forEach((x, i) => (weighted += (i + 1) * x));
  return Math.max(0, (2 * weighted) / (n * total) - (n + 1) / n);
}

/** Gini rescaled to [0, 1] for any n: 1 when one member carries everything. */
export const normalizedGini = (values: readonly number[]): number =>
  values.length < 2 ? 0 : Math.min(1, (gini(values) * values.length) / (values.length - 1));
