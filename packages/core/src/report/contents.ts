import { ritualRhythm } from '../rituals/rhythm.ts';
import { inWindow, type TimeWindow } from '../time-window.ts';
import type { FormOfCare } from '../vocabulary.ts';
import { reportCheckins, reportValues } from './checkins.ts';
import { reportLoad } from './load.ts';
import { reportRepair } from './repair.ts';
import { reportRhythm } from './rhythm.ts';
import type { ReportCare, ReportContents, ReportSeason, ReportSource } from './types.ts';

/** How far from a ritual's due time a "we did it" still counts for it (as on Rituals). */
export const RITUAL_GRACE_MS = 12 * 3_600_000;

/**
 * What a report for a counsellor contains, from what the circle already shares over a period:
 * care and its rhythm per pair, seasons, revealed check-ins, values topics, repair, load by
 * stage and rituals kept. Kinds, ids and numbers only; the page and the PDF say them in the
 * reader's language. Nothing private in `source` (notes, unrevealed or private answers, a round
 * that suggests fear or harm) can reach it.
 */
export function reportContents(source: ReportSource): ReportContents {
  const { period } = source;
  return {
    version: 1,
    kind: source.kind,
    period: { from: period.from, to: period.to },
    members: source.members.map((m) => ({ id: m.id, name: m.name })),
    care: reportCare(source),
    rhythm: reportRhythm(source),
    seasons: reportSeasons(source),
    checkins: reportCheckins(source),
    values: reportValues(source),
    repair: reportRepair(source),
    load: reportLoad(source),
    rituals: source.rituals.map((r) => {
      const occurrences = r.occurrences.filter((at) => inWindow(at, period));
      const rhythm = ritualRhythm(occurrences, r.completions, RITUAL_GRACE_MS);
      return { id: r.id, kind: r.kind, done: rhythm.done, of: rhythm.of };
    }),
  };
}

function reportCare(source: ReportSource): ReportCare {
  const memberIds = new Set(source.members.map((m) => m.id));
  const acts = source.acts.filter(
    (a) =>
      inWindow(a.at, source.period) && memberIds.has(a.fromMemberId) && memberIds.has(a.toMemberId),
  );
  const effortByForm: Partial<Record<FormOfCare, number>> = {};
  for (const a of acts) effortByForm[a.form] = (effortByForm[a.form] ?? 0) + a.effort;
  const noticed = acts.filter((a) => a.noticedAt !== null).length;
  return {
    acts: acts.length,
    noticedShare: acts.length === 0 ? null : Math.round((noticed / acts.length) * 1000) / 1000,
    effortByForm,
  };
}

const overlaps = (s: { startsAt: number; endsAt: number | null }, w: TimeWindow) =>
  s.startsAt < w.to && (s.endsAt === null || s.endsAt > w.from);

function reportSeasons(source: ReportSource): ReportSeason[] {
  const memberIds = new Set(source.members.map((m) => m.id));
  return source.seasons
    .filter((s) => memberIds.has(s.memberId) && overlaps(s, source.period))
    .sort((a, b) => a.startsAt - b.startsAt || a.id.localeCompare(b.id))
    .map((s) => ({
      id: s.id,
      memberId: s.memberId,
      kind: s.kind,
      startsAt: s.startsAt,
      endsAt: s.endsAt,
    }));
}
