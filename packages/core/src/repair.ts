import type { EpochMs } from './model.ts';

/** What the repair statistics need of a rupture. */
export interface RuptureFacts {
  readonly occurredAt: EpochMs;
  readonly repairStartedByMemberId: string | null;
  readonly repairedAt: EpochMs | null;
}

/** The gentle goal: repair within a day. */
export const REPAIR_GOAL_SECONDS = 24 * 60 * 60;

export interface RepairStats {
  readonly ruptures: number;
  readonly repaired: number;
  /** Per member, the share of repairs (that have a known starter) they started; sums to 1 when any. */
  readonly startedShares: {
    readonly memberId: string;
    readonly started: number;
    readonly share: number;
  }[];
  /** Median seconds from rupture to repair; null when nothing was repaired. */
  readonly medianSecondsToRepair: number | null;
  /** Share of repaired ruptures repaired within the 24-hour goal; null when nothing was repaired. */
  readonly withinGoalShare: number | null;
}

/** One member's own "repaired for me". */
export interface RepairedForMe {
  readonly memberId: string;
  readonly at: EpochMs;
}

/**
 * When a rupture counts as repaired: once every member involved has said "repaired for me",
 * at the last of those moments (so time to repair is measured to the last); null before, and
 * null when nobody is involved. What others not involved said does not count.
 */
export function repairedWhen(
  involved: readonly string[],
  said: readonly RepairedForMe[],
): EpochMs | null {
  if (involved.length === 0) return null;
  let last: EpochMs | null = null;
  for (const memberId of involved) {
    const own = said.find((s) => s.memberId === memberId);
    if (!own) return null;
    last = last === null || own.at > last ? own.at : last;
  }
  return last;
}

/** Seconds from a rupture to its repair; never negative (a repair logged "before" counts as 0). */
export const secondsToRepair = (occurredAt: EpochMs, repairedAt: EpochMs): number =>
  Math.max(0, Math.round((repairedAt - occurredAt) / 1000));

/**
 * Who starts repair and how soon, over a circle's ruptures. Every member of `memberIds` appears
 * in `startedShares` (with zero when they started none), in that order.
 */
export function repairStats(
  ruptures: readonly RuptureFacts[],
  memberIds: readonly string[],
): RepairStats {
  const started = new Map(memberIds.map((id) => [id, 0]));
  const durations: number[] = [];
  for (const r of ruptures) {
    if (r.repairStartedByMemberId !== null && started.has(r.repairStartedByMemberId)) {
      started.set(r.repairStartedByMemberId, (started.get(r.repairStartedByMemberId) ?? 0) + 1);
    }
    if (r.repairedAt !== null) durations.push(secondsToRepair(r.occurredAt, r.repairedAt));
  }
  const totalStarted = [...started.values()].reduce((a, b) => a + b, 0);
  durations.sort((a, b) => a - b);
  return {
    ruptures: ruptures.length,
    repaired: durations.length,
    startedShares: memberIds.map((memberId) => {
      const n = started.get(memberId) ?? 0;
      return { memberId, started: n, share: totalStarted === 0 ? 0 : n / totalStarted };
    }),
    medianSecondsToRepair: median(durations),
    withinGoalShare:
      durations.length === 0
        ? null
        : durations.filter((d) => d <= REPAIR_GOAL_SECONDS).length / durations.length,
  };
}

function median(sorted: readonly number[]): number | null {
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] ?? null)
    : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** Fewest repairs with a known starter before a pattern of who reaches out is said. */
export const REPAIR_PATTERN_MIN = 3;
/** Share of repairs started by one member from which repair is said to start from one side. */
export const REPAIR_ONE_SIDE_FROM = 0.7;

/**
 * Where repair tends to start, as a pattern rather than a count per person: `thin` below
 * REPAIR_PATTERN_MIN repairs, `one_side` when one member started REPAIR_ONE_SIDE_FROM or more of
 * them (with `memberId`, for that member's own view only), else `both_sides`.
 */
export type RepairPattern =
  | { readonly kind: 'thin' }
  | { readonly kind: 'both_sides' }
  | { readonly kind: 'one_side'; readonly memberId: string };

export function repairPattern(
  startedShares: readonly RepairStats['startedShares'][number][],
): RepairPattern {
  const total = startedShares.reduce((sum, s) => sum + s.started, 0);
  if (total < REPAIR_PATTERN_MIN) return { kind: 'thin' };
  const side = startedShares.find((s) => s.share >= REPAIR_ONE_SIDE_FROM);
  return side ? { kind: 'one_side', memberId: side.memberId } : { kind: 'both_sides' };
}
