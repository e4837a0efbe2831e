/**
 * Exact scoring of an answer sheet. Answers come in as the 0-based position of the chosen
 * option as printed; scores come from the instrument's tables.
 */
import { getInstrument } from './registry.ts';
import { positionScores, type InstrumentId } from './types.ts';

/** The closed set of reasons an answer sheet cannot be scored. */
export const SCORE_ERROR_CODES = [
  'unknown_instrument',
  'wrong_length',
  'missing_answer',
  'out_of_range',
] as const;
export type ScoreErrorCode = (typeof SCORE_ERROR_CODES)[number];

export interface ScoreError {
  readonly code: ScoreErrorCode;
  /** For developers and logs; not for display. */
  readonly message: string;
  /** The 0-based index of the offending answer, for `missing_answer` and `out_of_range`. */
  readonly index?: number;
  /** The id of the offending item, for `missing_answer` and `out_of_range`. */
  readonly itemId?: string;
}

/** A complete, valid answer sheet with its scores. */
export interface ScoredAnswers {
  readonly instrumentId: InstrumentId;
  /** The positions as given, in item order. */
  readonly positions: readonly number[];
  /** The scored value of each position, in item order. */
  readonly scores: readonly number[];
  /** Sum of the scores; null for instruments without a total (recipro's own items). */
  readonly total: number | null;
}

export type ScoreResult =
  | { readonly ok: true; readonly value: ScoredAnswers }
  | { readonly ok: false; readonly error: ScoreError };

const fail = (error: ScoreError): ScoreResult => ({ ok: false, error });

/**
 * Scores one member's answers to an instrument. Every item is required: a partial sheet has no
 * total (no missing-data rule is published for the CSI).
 *
 * @param instrumentId an instrument id; anything else gives `unknown_instrument`.
 * @param positions the chosen position of each item, in item order; `null`/`undefined` marks
 *   an unanswered item (`missing_answer`); a position that is not an integer within the
 *   item's options gives `out_of_range`; too few or too many entries give `wrong_length`.
 * @example
 * scoreAnswers('csi4', [3, 3, 3, 3]) // → { ok: true, value: { …, scores: [3, 3, 3, 3], total: 12 } }
 */
export function scoreAnswers(
  instrumentId: unknown,
  positions: readonly (number | null | undefined)[],
): ScoreResult {
  const instrument = getInstrument(instrumentId);
  if (!instrument) {
    return fail({
      code: 'unknown_instrument',
      message: `No instrument "${String(instrumentId)}".`,
    });
  }
  if (!Array.isArray(positions) || positions.length !== instrument.items.length) {
    const got = Array.isArray(positions) ? positions.length : 'no list';
    return fail({
      code: 'wrong_length',
      message: `${instrument.id} has ${instrument.items.length} items; got ${got} answers.`,
    });
  }
  const given: number[] = [];
  const scores: number[] = [];
  for (const [index, item] of instrument.items.entries()) {
    const position = positions[index];
    if (position === null || position === undefined) {
      return fail({
        code: 'missing_answer',
        message: `Item ${item.number} is not answered.`,
        index,
        itemId: item.id,
      });
    }
    const score = Number.isInteger(position) ? positionScores(item)[position] : undefined;
    if (score === undefined) {
      return fail({
        code: 'out_of_range',
        message: `Item ${item.number} has no position ${String(position)}.`,
        index,
        itemId: item.id,
      });
    }
    given.push(position);
    scores.push(score);
  }
  const total = instrument.total ? scores.reduce((sum, score) => sum + score, 0) : null;
  return { ok: true, value: { instrumentId: instrument.id, positions: given, scores, total } };
}
