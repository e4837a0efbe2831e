/**
 * What of a member's answers others may see. Items marked `private` (the safety question) are
 * never revealed to other members nor put in the circle's exports: only the member who
 * answered sees them. A server builds the revealed view and any export from this, never from
 * the stored sheet directly.
 */
import { getInstrument } from './registry.ts';
import type { ScoredAnswers } from './scoring.ts';

export interface RevealableAnswers {
  /** Positions in item order; null where the item is private. */
  readonly positions: readonly (number | null)[];
  /** Scores in item order; null where the item is private. */
  readonly scores: readonly (number | null)[];
  readonly total: number | null;
}

/** The answers with every private item blanked out, for others' eyes. */
export function revealableAnswers(answers: ScoredAnswers): RevealableAnswers {
  const items = getInstrument(answers.instrumentId)?.items ?? [];
  const hidden = (index: number) => items[index]?.private ?? true;
  return {
    positions: answers.positions.map((p, i) => (hidden(i) ? null : p)),
    scores: answers.scores.map((s, i) => (hidden(i) ? null : s)),
    total: answers.total,
  };
}
