/**
 * Change in a member's own answers over check-ins, as data: "went up", "stayed the same" or
 * "went down". Self-report, never success or failure (INSTRUMENTS.md: frame scores as
 * self-report); the screen words it, e.g. "your answers went up".
 */

export type TrendDirection = 'went_up' | 'stayed_the_same' | 'went_down';

export interface TrendStep {
  readonly from: number;
  readonly to: number;
  /** to − from. */
  readonly change: number;
  readonly direction: TrendDirection;
}

export interface TrendOptions {
  /** A change of at most this much (in either direction) counts as "stayed the same". Default 0. */
  readonly tolerance?: number;
}

const direction = (change: number, tolerance: number): TrendDirection =>
  change > tolerance ? 'went_up' : change < -tolerance ? 'went_down' : 'stayed_the_same';

const known = (values: readonly (number | null | undefined)[]): number[] =>
  values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));

/**
 * Each step between consecutive check-ins. `values` is oldest first; null/undefined (a check-in
 * not answered, or an instrument without a total) is skipped.
 */
export function trendSteps(
  values: readonly (number | null | undefined)[],
  options: TrendOptions = {},
): TrendStep[] {
  const tolerance = options.tolerance ?? 0;
  const xs = known(values);
  return xs.slice(1).map((to, i) => {
    const from = xs[i] ?? to;
    const change = to - from;
    return { from, to, change, direction: direction(change, tolerance) };
  });
}

/**
 * The latest change: the last known value against the one before it. Null when fewer than two
 * values are known.
 * @example describeTrend([12, 14, null, 17]) // → { from: 14, to: 17, change: 3, direction: 'went_up' }
 */
export function describeTrend(
  values: readonly (number | null | undefined)[],
  options: TrendOptions = {},
): TrendStep | null {
  return trendSteps(values, options).at(-1) ?? null;
}

/**
 * The latest change of each item. `sheets` holds one member's item scores per check-in, oldest
 * first, all of one instrument (missing sheets as null). Returns one entry per item: null where
 * that item has fewer than two known values.
 */
export function describeItemTrends(
  sheets: readonly (readonly (number | null)[] | null | undefined)[],
  options: TrendOptions = {},
): (TrendStep | null)[] {
  const length = Math.max(0, ...sheets.map((s) => s?.length ?? 0));
  return Array.from({ length }, (_, item) =>
    describeTrend(
      sheets.map((sheet) => sheet?.[item]),
      options,
    ),
  );
}
