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

/** One sentence per member, then the spread: what the chart shows, in words. */
export function sharesText(load: LoadOverview, nameOf: (memberId: string) => string): string[] {
  const doing = doingShares(load.members);
  const lines = load.members.map((m) =>
    t('load.shares.person', {
      name: nameOf(m.memberId),
      share: formatShare(m.share),
      invisible: formatShare(m.invisibleShare),
      doing: formatShare(doing.get(m.memberId) ?? 0),
    }),
  );
  lines.push(spreadText(load.gini, load.members.length));
  if (load.unownedLoad > 0) lines.push(t('load.shares.unowned'));
  return lines;
}
