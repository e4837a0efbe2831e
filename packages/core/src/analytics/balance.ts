/**
 * The balance index and band of an ordered pair. Thresholds (also in docs/analytics.md):
 *
 * - index = (given - received) / (given + received), on effort; 0 when nothing flowed.
 * - `in_rhythm` while |index| < 0.25 (the busier side gives less than 5/3 of the other);
 * - `leaning`   while 0.25 <= |index| < 0.6;
 * - `one_sided` from |index| >= 0.6 (4 : 1 or more), but only when the pair exchanged at least
 *   8 acts in the view; with fewer, a lopsided start is shown as `leaning` at most.
 *
 * At equal effort, 20 acts against 2 gives index 18/22 ≈ 0.82 → `one_sided`, and 10 against 8
 * gives 2/18 ≈ 0.11 → `in_rhythm`.
 */

/** Bands of a pair's balance, from even to lopsided. Never a debt: a rhythm. */
export const BALANCE_BANDS = ['in_rhythm', 'leaning', 'one_sided'] as const;
export type BalanceBand = (typeof BALANCE_BANDS)[number];

/** |index| from which a pair is `leaning`. */
export const LEANING_FROM = 0.25;
/** |index| from which a pair is `one_sided` (given enough acts). */
export const ONE_SIDED_FROM = 0.6;
/** Fewest acts, both directions together, for a pair to be called `one_sided`. */
export const MIN_ACTS_FOR_ONE_SIDED = 8;
/** Below this many acts, both directions together, the data is too thin to read a rhythm. */
export const THIN_BELOW_ACTS = 4;

/**
 * Balance index in [-1, 1]: positive when `given` (from → to) exceeds `received` (to → from).
 * Invariant (mirror): balanceIndex(a, b) === -balanceIndex(b, a), exactly.
 */
export function balanceIndex(given: number, received: number): number {
  const total = given + received;
  if (!(total > 0)) return 0;
  const index = (given - received) / total;
  return index === 0 ? 0 : index; // never -0
}

/**
 * BalanceBand of a pair from its index and how many acts it exchanged. `capAtLeaning` is set while a
 * season covers the member who gives less. Invariant: symmetric in the sign of `index`.
 */
export function bandFor(index: number, pairActs: number, capAtLeaning = false): BalanceBand {
  const size = Math.abs(index);
  if (size < LEANING_FROM) return 'in_rhythm';
  if (size < ONE_SIDED_FROM || pairActs < MIN_ACTS_FOR_ONE_SIDED || capAtLeaning) return 'leaning';
  return 'one_sided';
}

/** True when a pair exchanged too few acts in the view to say anything about its rhythm. */
export const isThin = (pairActs: number): boolean => pairActs < THIN_BELOW_ACTS;
