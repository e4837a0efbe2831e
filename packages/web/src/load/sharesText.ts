import type { LoadOverview } from '../api-load.ts';
import { t } from '../i18n/index.ts';
import { formatShare } from './labels.ts';

/** The share of the doing for each member: their visible load over everyone's. */
export function doingShares(members: LoadOverview['members']): Map<string, number> {
  const doing = members.map((m) => Math.max(0, m.load - m.invisibleLoad));
  const total = doing.reduce((sum, value) => sum + value, 0);
  return new Map(members.map((m, i) => [m.memberId, total > 0 ? (doing[i] ?? 0) / total : 0]));
}

/** The spread of the load (its Gini) in words: never a number to chase. */
export function spreadText(gini: number, memberCount: number): string {
  // Gini runs from 0 (even) to (n − 1)/n (one carries all); compare against that ceiling.
  const ceiling = memberCount > 1 ? (memberCount - 1) / memberCount : 1;
  const relative = gini / ceiling;
  if (relative < 0.25) return t('load.shares.even');
  if (relative < 0.6) return t('load.shares.leaning');
  return t('load.shares.uneven');
}

/** Share of the noticing and planning from which it is said to sit on one side. */
export const PLANNING_ONE_SIDE_FROM = 0.6;

/**
 * What the load looks like, for the member `me` (docs/voice.md): my own share first, then the
 * spread as a pattern, and where the planning sits — "you have carried most of it" to the one
 * who did, "most planning has sat on one side" to everyone else. Never another member's share.
 */
export function sharesText(load: LoadOverview, me: string): string[] {
  const doing = doingShares(load.members);
  const mine = load.members.find((m) => m.memberId === me);
  const lines: string[] = [];
  if (mine && mine.load > 0) {
    lines.push(
      t('load.shares.mine', {
        share: formatShare(mine.share),
        invisible: formatShare(mine.invisibleShare),
        doing: formatShare(doing.get(me) ?? 0),
      }),
    );
  } else if (mine) {
    lines.push(t('load.shares.mineNone'));
  }
  lines.push(spreadText(load.gini, load.members.length));
  const planner = load.members.find((m) => m.invisibleShare >= PLANNING_ONE_SIDE_FROM);
  if (planner && load.members.length > 1) {
    lines.push(
      t(planner.memberId === me ? 'load.shares.planningYou' : 'load.shares.planningOneSide'),
    );
  }
  if (load.unownedLoad > 0) lines.push(t('load.shares.unowned'));
  return lines;
}
