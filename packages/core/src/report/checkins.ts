import { compareAreaShares } from '../instruments/area-shares.ts';
import { getInstrument } from '../instruments/registry.ts';
import { suggestsSafetyConcern } from '../instruments/safety.ts';
import { VALUES_QUESTIONS } from '../instruments/values-questions.ts';
import { isRevealed } from '../reveal.ts';
import { inWindow } from '../time-window.ts';
import type {
  ReportCheckins,
  ReportCsiSeries,
  ReportRound,
  ReportRoundSource,
  ReportSource,
  ReportValuesRound,
} from './types.ts';

const revealed = (r: { closed: boolean; memberCount: number; answers: readonly unknown[] }) =>
  isRevealed({ closed: r.closed, memberCount: r.memberCount, answeredCount: r.answers.length });

/**
 * A round can enter a report only once it is revealed (everyone answered, or it was closed) and
 * every person in the report answered it: the app shows a round's answers only to those who
 * answered (`isRevealedTo`), and everyone in a report reads all of it. A round where anyone's
 * answers or note suggest fear or harm is left out whole, so the report says nothing that could
 * point at it. Notes and the private safety item never enter a report at all.
 */
function reportable(round: ReportRoundSource, memberIds: ReadonlySet<string>): boolean {
  if (!revealed(round)) return false;
  if (![...memberIds].every((id) => round.answers.some((a) => a.memberId === id))) return false;
  return !round.answers.some(
    (a) =>
      !memberIds.has(a.memberId) ||
      suggestsSafetyConcern({
        instrumentId: round.instrument,
        positions: a.positions,
        notes: [a.note],
      }),
  );
}

/** Check-in trends: revealed rounds in the period, and a couple's CSI totals over time. */
export function reportCheckins(source: ReportSource): ReportCheckins {
  const memberIds = new Set(source.members.map((m) => m.id));
  const rounds = source.checkins
    .filter((r) => inWindow(r.openedAt, source.period) && reportable(r, memberIds))
    .sort((a, b) => a.openedAt - b.openedAt || a.id.localeCompare(b.id));
  const shown = rounds.map((r): ReportRound => ({
    id: r.id,
    instrument: r.instrument,
    at: r.openedAt,
    answered: r.answers.length,
    areasToTalkAbout: r.instrument === 'reciprocity' ? areasOf(r) : [],
  }));
  const csi: ReportCsiSeries[] = [];
  if (source.kind === 'couple') {
    for (const instrument of ['csi4', 'csi16'] as const) {
      const definition = getInstrument(instrument);
      if (!definition?.total || definition.researchCutOff === null) continue;
      for (const member of source.members) {
        const points = rounds
          .filter((r) => r.instrument === instrument)
          .flatMap((r) => {
            const total = r.answers.find((a) => a.memberId === member.id)?.total;
            return typeof total === 'number' ? [{ at: r.openedAt, total }] : [];
          });
        if (points.length === 0) continue;
        csi.push({
          memberId: member.id,
          instrument,
          min: definition.total.min,
          max: definition.total.max,
          publishedCutOff: definition.researchCutOff,
          points,
        });
      }
    }
  }
  return { rounds: shown, csi };
}

function areasOf(round: ReportRoundSource): string[] {
  const areas = new Set<string>();
  const { answers } = round;
  for (let i = 0; i < answers.length; i += 1) {
    for (let j = i + 1; j < answers.length; j += 1) {
      const compared = compareAreaShares(answers[i]?.positions ?? [], answers[j]?.positions ?? []);
      if (compared.ok) for (const area of compared.value.thingsToTalkAbout) areas.add(area);
    }
  }
  return [...areas].sort();
}

/**
 * The values conversations revealed in the period that everyone in the report answered (as for
 * check-ins), each as the topics more than one person answered: the topics, never anyone's words.
 */
export function reportValues(source: ReportSource): ReportValuesRound[] {
  const everyone = (r: ReportSource['values'][number]) =>
    source.members.every((m) => r.answers.some((a) => a.memberId === m.id));
  return source.values
    .filter((r) => inWindow(r.openedAt, source.period) && revealed(r) && everyone(r))
    .sort((a, b) => a.openedAt - b.openedAt || a.id.localeCompare(b.id))
    .map((r) => ({
      id: r.id,
      at: r.openedAt,
      topics: VALUES_QUESTIONS.filter(
        (_q, i) => r.answers.filter((a) => (a.texts[i] ?? '').trim() !== '').length >= 2,
      ).map((q) => q.topic),
    }));
}
