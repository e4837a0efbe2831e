import type { Act } from './model.ts';
import { inWindow, type TimeWindow } from './time-window.ts';

/** What one member gave another within a window. Counts, never a balance owed. */
export interface PairSummary {
  readonly fromMemberId: string;
  readonly toMemberId: string;
  /** Acts given from → to. */
  readonly acts: number;
  /** Sum of the efforts of those acts. */
  readonly effort: number;
  /** How many of those acts the receiver marked "I noticed". */
  readonly noticed: number;
}

/**
 * Per ordered pair of members, the acts given, the effort given and the acts noticed, for the
 * acts that happened within `window`. When `memberIds` is given, every ordered pair of distinct
 * members appears (with zeros where nothing was given), in the order of `memberIds`; otherwise
 * only pairs with at least one act appear, sorted by giver then receiver id.
 */
export function summarizeActs(
  acts: Iterable<Act>,
  window: TimeWindow,
  memberIds?: readonly string[],
): PairSummary[] {
  const totals = new Map<string, { acts: number; effort: number; noticed: number }>();
  const key = (from: string, to: string) => `${from}\u0000${to}`;
  for (const act of acts) {
    if (!inWindow(act.at, window)) continue;
    const k = key(act.fromMemberId, act.toMemberId);
    const t = totals.get(k) ?? { acts: 0, effort: 0, noticed: 0 };
    t.acts += 1;
    t.effort += act.effort;
    if (act.noticedAt !== null) t.noticed += 1;
    totals.set(k, t);
  }

  if (memberIds) {
    const pairs: PairSummary[] = [];
    for (const from of memberIds) {
      for (const to of memberIds) {
        if (from === to) continue;
        const t = totals.get(key(from, to)) ?? { acts: 0, effort: 0, noticed: 0 };
        pairs.push({ fromMemberId: from, toMemberId: to, ...t });
      }
    }
    return pairs;
  }
  return [...totals.entries()]
    .map(([k, t]) => {
      const [fromMemberId = '', toMemberId = ''] = k.split('\u0000');
      return { fromMemberId, toMemberId, ...t };
    })
    .sort((a, b) =>
      a.fromMemberId === b.fromMemberId
        ? a.toMemberId.localeCompare(b.toMemberId)
        : a.fromMemberId.localeCompare(b.fromMemberId),
    );
}
