import {
  STAGES,
  type Responsibility,
  type ResponsibilityArea,
  type Stage,
} from './responsibilities.ts';
import { divideLoad } from './shares.ts';

export interface HandOver {
  readonly responsibilityId: string;
  readonly stage: Stage;
  readonly fromMemberId: string;
  readonly toMemberId: string;
  /** Gini of the circle's load before and after this hand-over (and those suggested before it). */
  readonly giniBefore: number;
  readonly giniAfter: number;
}

export interface HandOverContext {
  /** Members in a season: nothing is suggested for them to take on. */
  readonly inSeason?: readonly string[];
  /** Per member, areas they say they cannot take on. */
  readonly cannot?: Readonly<Record<string, readonly ResponsibilityArea[]>>;
  /** Per member, areas they would rather take on (preferred when moves are equally good). */
  readonly prefers?: Readonly<Record<string, readonly ResponsibilityArea[]>>;
  /** At most this many suggestions (default 3). */
  readonly limit?: number;
}

/**
 * Suggests hand-overs that bring the members' loads closer: greedily, each step moves the one
 * stage whose move lowers the Gini of the load the most, from anyone to someone who is not in a
 * season, does not already carry the most load, and has not said they cannot take that area.
 * "Load" here is the one definition the product uses: the responsibilities with an owner per
 * stage (./shares.ts), never the acts of care logged. Suggestions only: a hand-over is
 * proposed, then accepted or declined, never imposed. Invariant: every suggestion lowers Gini.
 */
export function suggestHandOvers(
  responsibilities: readonly Responsibility[],
  memberIds: readonly string[],
  context: HandOverContext = {},
): HandOver[] {
  const limit = context.limit ?? 3;
  const inSeason = new Set(context.inSeason ?? []);
  let current = responsibilities.map((r) => ({ ...r, owners: { ...r.owners } }));
  const moved = new Set<string>();
  const suggestions: HandOver[] = [];

  while (suggestions.length < limit) {
    const division = divideLoad(current, memberIds);
    const before = division.gini;
    // Work never moves towards whoever already carries the most load (ties included).
    const most = Math.max(0, ...division.members.map((m) => m.load));
    const carriesMost = new Set(
      division.members.filter((m) => m.load >= most - 1e-9).map((m) => m.memberId),
    );
    let best: {
      r: Responsibility;
      stage: Stage;
      to: string;
      after: number;
      preferred: boolean;
    } | null = null;
    for (const r of current) {
      for (const stage of STAGES) {
        const from = r.owners[stage];
        if (from === null || !memberIds.includes(from) || moved.has(`${r.id}:${stage}`)) continue;
        for (const to of memberIds) {
          if (to === from || inSeason.has(to) || carriesMost.has(to)) continue;
          if (context.cannot?.[to]?.includes(r.area)) continue;
          const trial = current.map((x) =>
            x.id === r.id ? { ...x, owners: { ...x.owners, [stage]: to } } : x,
          );
          const after = divideLoad(trial, memberIds).gini;
          const preferred = context.prefers?.[to]?.includes(r.area) ?? false;
          const better =
            best === null ||
            after < best.after - 1e-12 ||
            (Math.abs(after - best.after) <= 1e-12 && preferred && !best.preferred);
          if (after < before - 1e-12 && better) best = { r, stage, to, after, preferred };
        }
      }
    }
    if (best === null) break;
    const { r, stage, to, after } = best;
    suggestions.push({
      responsibilityId: r.id,
      stage,
      fromMemberId: r.owners[stage] as string,
      toMemberId: to,
      giniBefore: before,
      giniAfter: after,
    });
    moved.add(`${r.id}:${stage}`);
    current = current.map((x) =>
      x.id === r.id ? { ...x, owners: { ...x.owners, [stage]: to } } : x,
    );
  }
  return suggestions;
}
