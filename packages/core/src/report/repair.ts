import { repairPattern, repairStats } from '../repair.ts';
import { inWindow } from '../time-window.ts';
import type { ReportRepair, ReportSource } from './types.ts';

/**
 * Repair over the period as patterns: how many hard moments, how many repaired for everyone
 * involved or for some of them so far, how soon, and where repair tends to start — naming
 * nobody, with no count per person.
 */
export function reportRepair(source: ReportSource): ReportRepair {
  const memberIds = source.members.map((m) => m.id);
  const ruptures = source.ruptures.filter((r) => inWindow(r.occurredAt, source.period));
  const facts = ruptures.map((r) => ({
    occurredAt: r.occurredAt,
    repairStartedByMemberId: r.repairStartedByMemberId,
    repairedAt: r.repairedAt,
  }));
  const stats = repairStats(facts, memberIds);
  const repairedForSome = ruptures.filter(
    (r) => r.repairedAt === null && r.repairedBy.some((id) => r.involvedMemberIds.includes(id)),
  ).length;
  return {
    ruptures: stats.ruptures,
    repaired: stats.repaired,
    repairedForSome,
    medianSecondsToRepair: stats.medianSecondsToRepair,
    withinDayShare: stats.withinGoalShare,
    startPattern: repairPattern(stats.startedShares).kind,
  };
}
