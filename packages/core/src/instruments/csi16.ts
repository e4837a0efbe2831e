/**
 * CSI-16, verbatim (wording, order, labels, scoring). Total 0–81, higher = more satisfied;
 * every item is required. Items 11–16 are word pairs keyed by position: 11, 13, 14 and 16 print
 * the positive word on the left (left = 5 … right = 0); 12 and 15 print the negative word on
 * the left (left = 0 … right = 5).
 */
import {
  CSI_CITATION,
  CSI_EXTENT_OPTIONS,
  CSI_FREQUENCY_OPTIONS,
  CSI_HAPPINESS_OPTIONS,
  CSI_TRUE_OPTIONS,
  NEGATIVE_LEFT_SCORES,
  POSITIVE_LEFT_SCORES,
  csiChoice,
  csiWordPair,
} from './csi-scales.ts';
import type { Instrument } from './types.ts';

/** The form's only instruction line; it introduces items 11–16. */
export const CSI16_WORD_PAIR_INSTRUCTION =
  'For each of the following items, select the answer that best describes how you feel about your relationship. Base your responses on your first impressions and immediate feelings about the item.';

export const csi16: Instrument = {
  id: 'csi16',
  version: 1,
  name: 'Couples Satisfaction Index (CSI-16)',
  origin: 'validated',
  ownLabel: null,
  citation: CSI_CITATION,
  instructions: [
    {
      text: CSI16_WORD_PAIR_INSTRUCTION,
      itemIds: ['csi16_11', 'csi16_12', 'csi16_13', 'csi16_14', 'csi16_15', 'csi16_16'],
    },
  ],
  items: [
    csiChoice(
      'csi16_1',
      1,
      1,
      'Please indicate the degree of happiness, all things considered, of your relationship.',
      CSI_HAPPINESS_OPTIONS,
    ),
    csiChoice(
      'csi16_2',
      2,
      5,
      'In general, how often do you think that things between you and your partner are going well?',
      CSI_FREQUENCY_OPTIONS,
    ),
    csiChoice('csi16_3', 3, 9, 'Our relationship is strong', CSI_TRUE_OPTIONS),
    csiChoice('csi16_4', 4, 11, 'My relationship with my partner makes me happy', CSI_TRUE_OPTIONS),
    csiChoice(
      'csi16_5',
      5,
      12,
      'I have a warm and comfortable relationship with my partner',
      CSI_TRUE_OPTIONS,
    ),
    csiChoice(
      'csi16_6',
      6,
      17,
      'I really feel like part of a team with my partner',
      CSI_TRUE_OPTIONS,
    ),
    csiChoice(
      'csi16_7',
      7,
      19,
      'How rewarding is your relationship with your partner?',
      CSI_EXTENT_OPTIONS,
    ),
    csiChoice('csi16_8', 8, 20, 'How well does your partner meet your needs?', CSI_EXTENT_OPTIONS),
    csiChoice(
      'csi16_9',
      9,
      21,
      'To what extent has your relationship met your original expectations?',
      CSI_EXTENT_OPTIONS,
    ),
    csiChoice(
      'csi16_10',
      10,
      22,
      'In general, how satisfied are you with your relationship?',
      CSI_EXTENT_OPTIONS,
    ),
    csiWordPair('csi16_11', 11, 26, 'INTERESTING', 'BORING', POSITIVE_LEFT_SCORES),
    csiWordPair('csi16_12', 12, 27, 'BAD', 'GOOD', NEGATIVE_LEFT_SCORES),
    csiWordPair('csi16_13', 13, 28, 'FULL', 'EMPTY', POSITIVE_LEFT_SCORES),
    csiWordPair('csi16_14', 14, 30, 'STURDY', 'FRAGILE', POSITIVE_LEFT_SCORES),
    csiWordPair('csi16_15', 15, 31, 'DISCOURAGING', 'HOPEFUL', NEGATIVE_LEFT_SCORES),
    csiWordPair('csi16_16', 16, 32, 'ENJOYABLE', 'MISERABLE', POSITIVE_LEFT_SCORES),
  ],
  total: { min: 0, max: 81 },
  researchCutOff: 51.5,
};
