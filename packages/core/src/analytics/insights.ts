import type { Member } from '../model.ts';
import type { CircleKind } from '../vocabulary.ts';
import { THIN_BELOW_ACTS } from './balance.ts';
import { countPhrase, insightWordsFor, periodPhrase } from './insight-text.ts';
import type { Insight, InsightContext, InsightView } from './insight-kinds.ts';
import { loadInsights } from './load-insights.ts';
import { directedInsights, pairInsights } from './pair-insights.ts';
import type { Season } from './seasons.ts';

/**
 * Insights for a balance view, in a stable order: pairs, then directions, then the circle; in
 * the words of the circle's kind.
 */
export function circleInsights(
  view: InsightView,
  members: readonly Pick<Member, 'id' | 'name'>[],
  seasons: readonly Season[],
  kind: CircleKind,
): Insight[] {
  const names = new Map(members.map((m) => [m.id, m.name]));
  const name = (id: string) => names.get(id) ?? 'someone';
  const period = periodPhrase(view.window);
  const count = (n: number) => countPhrase(n, view.window);
  const words = insightWordsFor(kind);
  const ctx: InsightContext = { name, period, count, seasons, words };
  const totalActs = view.pairs.reduce((sum, p) => sum + p.given.acts, 0);
  if (totalActs < THIN_BELOW_ACTS) {
    return [
      {
        kind: 'thin_data',
        text:
          Math.round(totalActs) === 0
            ? `No acts of care were logged ${period} yet. Once a few small ones are, a rhythm will start to show.`
            : `Only ${count(totalActs)} ${Math.round(totalActs) === 1 ? 'act' : 'acts'} of care ${Math.round(totalActs) === 1 ? 'was' : 'were'} logged ${period} — too few to see a rhythm yet. A few more weeks of small entries will make this picture clearer.`,
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
  for (const p of view.pairs) out.push(...directedInsights(p, ctx));
  return [...out, ...loadInsights(view, seasons, words)];
}
