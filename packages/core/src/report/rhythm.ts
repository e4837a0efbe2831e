import { aggregateActs } from '../analytics/aggregates.ts';
import { readCircleBalance } from '../analytics/circle-balance.ts';
import type { PairBalance } from '../analytics/pair-balance.ts';
import type { Season } from '../analytics/seasons.ts';
import type { BalanceWindow } from '../analytics/windows.ts';
import { DAY_MS } from '../time-window.ts';
import type { ReportPairStep, ReportRhythm, ReportRhythmStep, ReportSource } from './types.ts';

/** Most steps a report's rhythm shows (a year of 30-day steps). */
export const RHYTHM_MAX_STEPS = 13;

/**
 * The bands and patterns of each pair over the period: balance views of 30 days (7 for a
 * period under 30 days) ending at the period's end and every 30 (or 7) days before it while
 * they end inside the period, oldest first. Each pair is said once, unordered, with numbers
 * about the two together: the balance index and whose side it leans are never in a report.
 */
export function reportRhythm(source: ReportSource): ReportRhythm {
  const { from, to } = source.period;
  const windowDays: BalanceWindow = to - from >= 30 * DAY_MS ? 30 : 7;
  const ends: number[] = [];
  for (let end = to; end > from && ends.length < RHYTHM_MAX_STEPS; end -= windowDays * DAY_MS) {
    ends.unshift(end);
  }
  const members = source.members.map((m) => ({ id: m.id }));
  const memberIds = new Set(members.map((m) => m.id));
  const acts = source.acts.filter(
    (a) => memberIds.has(a.fromMemberId) && memberIds.has(a.toMemberId),
  );
  const seasons: Season[] = source.seasons.map((s) => ({ ...s, note: null }));
  const steps = ends.map((end): ReportRhythmStep => {
    // The view's last day is the one before `end` (a period ends at midnight, exclusive).
    const now = end - 1;
    const balance = readCircleBalance(aggregateActs(acts.filter((a) => a.at < end)), {
      members,
      now,
      window: windowDays,
      seasons,
    });
    return {
      from: balance.span.from,
      to: balance.span.to,
      pairs: unorderedPairs(balance.pairs),
    };
  });
  return { windowDays, steps };
}

function unorderedPairs(pairs: readonly PairBalance[]): ReportPairStep[] {
  const out: ReportPairStep[] = [];
  const seen = new Set<string>();
  for (const p of pairs) {
    const key = [p.fromMemberId, p.toMemberId].sort().join('\u0000');
    if (seen.has(key)) continue;
    seen.add(key);
    const acts = p.given.acts + p.received.acts;
    if (acts === 0) continue;
    const back = pairs.find(
      (q) => q.fromMemberId === p.toMemberId && q.toMemberId === p.fromMemberId,
    );
    const noticed =
      (p.noticedRate ?? 0) * p.given.acts + (back?.noticedRate ?? 0) * (back?.given.acts ?? 0);
    out.push({
      memberIds: [p.fromMemberId, p.toMemberId],
      band: p.band,
      thin: p.thin,
      pattern: p.pattern,
      acts,
      noticedShare: Math.round((noticed / acts) * 1000) / 1000,
      patternWeeks: p.patternEvidence.weeks,
      activeWeeks: p.patternEvidence.activeWeeks,
      leaningWeeks: p.patternEvidence.leaningWeeks,
      season: p.season,
    });
  }
  return out;
}
