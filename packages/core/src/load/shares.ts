import { gini } from '../analytics/load.ts';
import { INVISIBLE_STAGES, STAGES, stageLoad, type Responsibility } from './responsibilities.ts';

export interface MemberLoad {
  readonly memberId: string;
  /** Monthly load the member carries: Σ frequency × effort × stage weight over stages they own. */
  readonly load: number;
  /** Of which in the invisible stages (noticing, planning, following up). */
  readonly invisibleLoad: number;
  /** Share of the circle's owned load; over all members these sum to 1 (or all are 0). */
  readonly share: number;
  /** Share of the circle's owned invisible load; sums to 1 over members (or all are 0). */
  readonly invisibleShare: number;
}

export interface LoadDivision {
  readonly members: MemberLoad[];
  /** Gini of the members' loads: 0 even, (n − 1)/n when one member carries all. */
  readonly gini: number;
  /** Load of stages nobody owns yet (not in anyone's share). */
  readonly unownedLoad: number;
}

/**
 * How a circle's responsibilities divide between its members, stage by stage. Owners outside
 * `memberIds` are ignored (as if unowned), so a departed member never skews the shares.
 */
export function divideLoad(
  responsibilities: readonly Responsibility[],
  memberIds: readonly string[],
): LoadDivision {
  const load = new Map(memberIds.map((id) => [id, 0]));
  const invisible = new Map(memberIds.map((id) => [id, 0]));
  let unownedLoad = 0;
  for (const r of responsibilities) {
    for (const stage of STAGES) {
      const amount = stageLoad(r, stage);
      const owner = r.owners[stage];
      if (owner === null || !load.has(owner)) {
        unownedLoad += amount;
        continue;
      }
      load.set(owner, (load.get(owner) ?? 0) + amount);
      if (INVISIBLE_STAGES.includes(stage))
        invisible.set(owner, (invisible.get(owner) ?? 0) + amount);
    }
  }
  const total = sum([...load.values()]);
  const totalInvisible = sum([...invisible.values()]);
  const members = memberIds.map((memberId) => {
    const l = load.get(memberId) ?? 0;
    const i = invisible.get(memberId) ?? 0;
    return {
      memberId,
      load: l,
      invisibleLoad: i,
      share: total > 0 ? l / total : 0,
      invisibleShare: totalInvisible > 0 ? i / totalInvisible : 0,
    };
  });
  return { members, gini: gini(members.map((m) => m.load)), unownedLoad };
}

export interface PerceivedShare {
  readonly memberId: string;
  /** What the member says they carry, 0–1; null when they have not said. */
  readonly perceived: number | null;
  /** What the inventory says they carry, 0–1. */
  readonly inventory: number;
}

/** "What each of you thinks you carry" beside what the inventory shows. */
export function perceivedShares(
  division: LoadDivision,
  perceived: Readonly<Record<string, number>>,
): PerceivedShare[] {
  return division.members.map((m) => ({
    memberId: m.memberId,
    perceived: perceived[m.memberId] ?? null,
    inventory: m.share,
  }));
}

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
