/**
 * Descriptive comparison of two members' "who carries this" answers to the reciprocity
 * check-in, per area. No judgement and no total: it shows where views differ and offers the
 * areas both feel they carry as things to talk about.
 */
import {
  RECIPROCITY_AREAS,
  reciprocity,
  shareItemId,
  splitFeelingItemId,
  type ReciprocityArea,
} from './reciprocity.ts';
import { scoreAnswers, type ScoreError } from './scoring.ts';

export interface AreaComparison {
  readonly area: ReciprocityArea;
  /** Member A's own share, 0–100 points (see SHARE_OPTIONS). */
  readonly shareA: number;
  /** Member B's own share, 0–100 points. */
  readonly shareB: number;
  /** shareA + shareB, 0–200. 100: their views fit; above 100: together they claim more than all. */
  readonly claimedTotal: number;
  /** |shareA − (100 − shareB)|, 0–100: how far apart their pictures of the split are. */
  readonly disagreement: number;
  /** Each says they carry the larger share (both above 50). */
  readonly bothClaimLargerShare: boolean;
  /** How A feels about the split, 0 (unhappy) … 4 (happy). */
  readonly splitFeelingA: number;
  /** How B feels about the split, 0 (unhappy) … 4 (happy). */
  readonly splitFeelingB: number;
}

export interface AreaSharesComparison {
  /** One entry per area, in RECIPROCITY_AREAS order. */
  readonly areas: readonly AreaComparison[];
  /** Areas where both claim the larger share, in RECIPROCITY_AREAS order. */
  readonly thingsToTalkAbout: readonly ReciprocityArea[];
}

export type AreaSharesResult =
  | { readonly ok: true; readonly value: AreaSharesComparison }
  | { readonly ok: false; readonly error: ScoreError; readonly member: 'a' | 'b' };

const itemIndex = new Map(reciprocity.items.map((item, index) => [item.id, index]));
const scoreOf = (scores: readonly number[], itemId: string): number =>
  scores[itemIndex.get(itemId) ?? -1] ?? 0;

/**
 * Compares two members' answers (positions, in item order) to the `reciprocity` instrument.
 * Each sheet is validated as by `scoreAnswers`; the first invalid one gives its error.
 */
export function compareAreaShares(
  positionsA: readonly (number | null | undefined)[],
  positionsB: readonly (number | null | undefined)[],
): AreaSharesResult {
  const a = scoreAnswers('reciprocity', positionsA);
  if (!a.ok) return { ok: false, error: a.error, member: 'a' };
  const b = scoreAnswers('reciprocity', positionsB);
  if (!b.ok) return { ok: false, error: b.error, member: 'b' };

  const areas = RECIPROCITY_AREAS.map((area): AreaComparison => {
    const shareA = scoreOf(a.value.scores, shareItemId(area));
    const shareB = scoreOf(b.value.scores, shareItemId(area));
    return {
      area,
      shareA,
      shareB,
      claimedTotal: shareA + shareB,
      disagreement: Math.abs(shareA - (100 - shareB)),
      bothClaimLargerShare: shareA > 50 && shareB > 50,
      splitFeelingA: scoreOf(a.value.scores, splitFeelingItemId(area)),
      splitFeelingB: scoreOf(b.value.scores, splitFeelingItemId(area)),
    };
  });
  return {
    ok: true,
    value: {
      areas,
      thingsToTalkAbout: areas.filter((c) => c.bothClaimLargerShare).map((c) => c.area),
    },
  };
}
