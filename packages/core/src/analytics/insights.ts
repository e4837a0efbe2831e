import type { Member } from '../model.ts';
import { THIN_BELOW_ACTS } from './balance.ts';
import type { Insight, InsightContext, InsightView } from './insight-kinds.ts';
import { loadInsights } from './load-insights.ts';
import { directedInsights, pairInsights } from './pair-insights.ts';
import type { Season } from './seasons.ts';

/**
 * Insights for a balance view, in a stable order: pairs, then directions, then the circle. Each
 * is a kind, the members it is about and its evidence; the reader's language words it.
 */
export function circleInsights(
  view: InsightView,
  members: readonly Pick<Member, 'id'>[],
  seasons: readonly Season[],
): Insight[] {
  const ctx: InsightContext = { seasons };
  const totalActs = view.pairs.reduce((sum, p) => sum + p.given.acts, 0);
  if (totalActs < THIN_BELOW_ACTS) {
    return [
      {
        kind: 'thin_data',
        memberIds: members.map((m) => m.id),
        evidence: { acts: totalActs, needed: THIN_BELOW_ACTS },
      },
    ];
  }
  const out: Insight[] = [];
  for (const p of view.pairs) {
    const heavier = p.index > 0 || (p.index === 0 && p.fromMemberId < p.toMemberId);
    if (heavier) out.push(...pairInsights(p, ctx));
  }
  for (const p of view.pairs) out.push(...directedInsights(p));
  return [...out, ...loadInsights(view, seasons)];
}
