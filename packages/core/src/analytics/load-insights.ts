import {
  KIND_LOAD_MIN_EFFORT,
  KIND_LOAD_SHARE_FROM,
  LOAD_GINI_FROM,
  type Insight,
  type InsightView,
} from './insight-kinds.ts';
import { normalizedGini } from './load.ts';
import { seasonOverlaps, type Season } from './seasons.ts';

/**
 * Insights about how the care logged in the circle is spread. They say that it sits on one side,
 * never whose side (docs/voice.md); the shares stay in the evidence. ("Load" itself is the
 * responsibilities of Share the load, see ../load/shares.ts.) A member's large share is not
 * mentioned while someone else in the circle is in a season: giving more then is expected.
 */
export function loadInsights(view: InsightView, seasons: readonly Season[]): Insight[] {
  const othersInSeason = (memberId: string) =>
    seasons.some((s) => s.memberId !== memberId && seasonOverlaps(s, view.span));
  const out: Insight[] = [];
  const shares = view.loadShares;
  const ids = shares.map((s) => s.memberId);
  const top = [...shares].sort((x, y) => y.share - x.share)[0];
  const spread = normalizedGini(shares.map((s) => s.effort));
  if (shares.length >= 3 && top && spread >= LOAD_GINI_FROM && !othersInSeason(top.memberId)) {
    out.push({
      kind: 'load',
      memberIds: ids,
      evidence: { gini: view.gini, normalizedGini: spread, topShare: top.share },
    });
  }
  for (const kind of ['household', 'emotional'] as const) {
    const total = shares.reduce((sum, s) => sum + s[kind].effort, 0);
    const carrier = shares.find((s) => s[kind].share >= KIND_LOAD_SHARE_FROM);
    if (!carrier || total < KIND_LOAD_MIN_EFFORT || othersInSeason(carrier.memberId)) continue;
    out.push({
      kind: `${kind}_load`,
      memberIds: ids,
      evidence: { share: carrier[kind].share, effort: carrier[kind].effort, total },
    });
  }
  return out;
}
