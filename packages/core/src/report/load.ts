import { gini } from '../analytics/load.ts';
import { STAGES, stageLoad } from '../load/responsibilities.ts';
import type { ReportLoad, ReportSource } from './types.ts';

/** Share of a stage's owned load from which it is said to sit on one side. */
export const STAGE_ONE_SIDE_FROM = 0.75;

const round = (n: number) => Math.round(n * 100) / 100;

/**
 * Share the load by stage (noticing, planning, doing, following up): how much each stage holds,
 * how much nobody owns, and whether what is owned is shared or sits on one side — never whose.
 */
export function reportLoad(source: ReportSource): ReportLoad {
  const memberIds = source.members.map((m) => m.id);
  const perMember = new Map(memberIds.map((id) => [id, 0]));
  const stages = STAGES.map((stage) => {
    const owned = new Map<string, number>();
    let load = 0;
    let unowned = 0;
    for (const r of source.responsibilities) {
      const amount = stageLoad(r, stage);
      load += amount;
      const owner = r.owners[stage];
      if (owner === null || !perMember.has(owner)) {
        unowned += amount;
        continue;
      }
      owned.set(owner, (owned.get(owner) ?? 0) + amount);
      perMember.set(owner, (perMember.get(owner) ?? 0) + amount);
    }
    const ownedTotal = load - unowned;
    const largest = Math.max(0, ...owned.values());
    const spread =
      ownedTotal <= 0
        ? ('unowned' as const)
        : largest / ownedTotal >= STAGE_ONE_SIDE_FROM
          ? ('one_side' as const)
          : ('shared' as const);
    return { stage, load: round(load), unowned: round(unowned), spread };
  });
  return {
    responsibilities: source.responsibilities.length,
    gini: round(gini([...perMember.values()])),
    stages,
  };
}
