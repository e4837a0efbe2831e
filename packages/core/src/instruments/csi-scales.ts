/**
 * The Couples Satisfaction Index (Funk & Rogge, 2007): citation, answer scales and the item
 * builders shared by CSI-4 and CSI-16. Labels are the authors' own wording, in the order their
 * form prints them, each with its published scored value. Keep them exactly (INSTRUMENTS.md).
 */
import type { ChoiceItem, ChoiceOption, WordPairItem } from './types.ts';

/** The citation to show with either CSI instrument, exactly as INSTRUMENTS.md gives it. */
export const CSI_CITATION =
  'Funk, J. L., & Rogge, R. D. (2007). Testing the ruler with item response theory: Increasing precision of measurement for relationship satisfaction with the Couples Satisfaction Index. Journal of Family Psychology, 21(4), 572-583.';

/** CSI item 1: degree of happiness, scored 0–6. */
export const CSI_HAPPINESS_OPTIONS: readonly ChoiceOption[] = [
  { label: 'Extremely Unhappy', score: 0 },
  { label: 'Fairly Unhappy', score: 1 },
  { label: 'A Little Unhappy', score: 2 },
  { label: 'Happy', score: 3 },
  { label: 'Very Happy', score: 4 },
  { label: 'Extremely Happy', score: 5 },
  { label: 'Perfect', score: 6 },
];

/** "… TRUE" statements, scored 0–5. */
export const CSI_TRUE_OPTIONS: readonly ChoiceOption[] = [
  { label: 'Not at all TRUE', score: 0 },
  { label: 'A little TRUE', score: 1 },
  { label: 'Somewhat TRUE', score: 2 },
  { label: 'Mostly TRUE', score: 3 },
  { label: 'Almost Completely TRUE', score: 4 },
  { label: 'Completely TRUE', score: 5 },
];

/** "How …" / "To what extent …" questions, scored 0–5. */
export const CSI_EXTENT_OPTIONS: readonly ChoiceOption[] = [
  { label: 'Not at all', score: 0 },
  { label: 'A little', score: 1 },
  { label: 'Somewhat', score: 2 },
  { label: 'Mostly', score: 3 },
  { label: 'Almost Completely', score: 4 },
  { label: 'Completely', score: 5 },
];

/**
 * CSI-16 item 2: how often things are going well. Printed from "All the time" (scored 5) down
 * to "Never" (scored 0), so position 0 scores 5.
 */
export const CSI_FREQUENCY_OPTIONS: readonly ChoiceOption[] = [
  { label: 'All the time', score: 5 },
  { label: 'Most of the time', score: 4 },
  { label: 'More often than not', score: 3 },
  { label: 'Occasionally', score: 2 },
  { label: 'Rarely', score: 1 },
  { label: 'Never', score: 0 },
];

/** Word pair with the positive word printed on the left: left = 5 … right = 0. */
export const POSITIVE_LEFT_SCORES: readonly number[] = [5, 4, 3, 2, 1, 0];
/** Word pair with the negative word printed on the left: left = 0 … right = 5. */
export const NEGATIVE_LEFT_SCORES: readonly number[] = [0, 1, 2, 3, 4, 5];

/** A CSI question with labelled options. */
export const csiChoice = (
  id: string,
  number: number,
  csi32Number: number,
  text: string,
  options: readonly ChoiceOption[],
): ChoiceItem => ({
  kind: 'choice',
  id,
  number,
  csi32Number,
  text,
  options,
  private: false,
  safetyConcernAt: [],
  provenance: null,
});

/** A CSI word pair (six unlabelled positions). */
export const csiWordPair = (
  id: string,
  number: number,
  csi32Number: number,
  left: string,
  right: string,
  scores: readonly number[],
): WordPairItem => ({
  kind: 'word_pair',
  id,
  number,
  csi32Number,
  left,
  right,
  scores,
  private: false,
  safetyConcernAt: [],
  provenance: null,
});
