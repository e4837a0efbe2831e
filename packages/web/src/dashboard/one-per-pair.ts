import type { Insight } from '../api-balance.ts';

/**
 * Kinds said of a pair without a direction ("much of the care between Alex and Sam has not
 * been marked as noticed yet"): core reads them for each direction, and both directions can
 * hold, which would say the same thing twice with the names swapped.
 */
const SAID_WITHOUT_DIRECTION = new Set(['noticed']);

const pairKeyOf = (insight: Insight) => [...insight.memberIds].sort().join('\u0000');

/**
 * The insights with one of each direction-free kind per pair: the one read from the reader's
 * side when there is one (its evidence is theirs to see), else the first.
 */
export function onePerPair(insights: readonly Insight[], me: string): Insight[] {
  const chosen = new Map<string, Insight>();
  for (const insight of insights) {
    if (!SAID_WITHOUT_DIRECTION.has(insight.kind)) continue;
    const key = `${insight.kind}\u0000${pairKeyOf(insight)}`;
    const kept = chosen.get(key);
    if (!kept || (kept.memberIds[0] !== me && insight.memberIds[0] === me)) {
      chosen.set(key, insight);
    }
  }
  return insights.filter(
    (insight) =>
      !SAID_WITHOUT_DIRECTION.has(insight.kind) ||
      chosen.get(`${insight.kind}\u0000${pairKeyOf(insight)}`) === insight,
  );
}
