// Pins every CSI item, label, instruction and the citation to the text of INSTRUMENTS.md,
// written out here so the test needs nothing beside the repository. If this fails, the
// instrument changed: the CSI must be kept exactly (wording, order, labels, scoring).
import { describe, expect, it } from 'vitest';
import { csi16, CSI16_WORD_PAIR_INSTRUCTION } from './csi16.ts';
import { csi4 } from './csi4.ts';
import type { Instrument } from './types.ts';

const CITATION =
  'Funk, J. L., & Rogge, R. D. (2007). Testing the ruler with item response theory: Increasing precision of measurement for relationship satisfaction with the Couples Satisfaction Index. Journal of Family Psychology, 21(4), 572-583.';

const HAPPINESS = [
  ['Extremely Unhappy', 0],
  ['Fairly Unhappy', 1],
  ['A Little Unhappy', 2],
  ['Happy', 3],
  ['Very Happy', 4],
  ['Extremely Happy', 5],
  ['Perfect', 6],
];
const TRUE_ = [
  ['Not at all TRUE', 0],
  ['A little TRUE', 1],
  ['Somewhat TRUE', 2],
  ['Mostly TRUE', 3],
  ['Almost Completely TRUE', 4],
  ['Completely TRUE', 5],
];
const EXTENT = [
  ['Not at all', 0],
  ['A little', 1],
  ['Somewhat', 2],
  ['Mostly', 3],
  ['Almost Completely', 4],
  ['Completely', 5],
];
const OFTEN = [
  ['All the time', 5],
  ['Most of the time', 4],
  ['More often than not', 3],
  ['Occasionally', 2],
  ['Rarely', 1],
  ['Never', 0],
];

/** [number, CSI-32 number, text, options] or [number, CSI-32 number, left, right, scores]. */
type Row =
  | readonly [number, number, string, (string | number)[][]]
  | readonly [number, number, string, string, number[]];

const snapshot = (instrument: Instrument): Row[] =>
  instrument.items.map((item) =>
    item.kind === 'choice'
      ? [
          item.number,
          item.csi32Number ?? -1,
          item.text,
          item.options.map((o) => [o.label, o.score]),
        ]
      : [item.number, item.csi32Number ?? -1, item.left, item.right, [...item.scores]],
  );

describe('CSI wording is verbatim', () => {
  it('CSI-4 items 1, 12, 19, 22 of the CSI-32, labels in printed order with their scores', () => {
    expect(snapshot(csi4)).toEqual([
      [
        1,
        1,
        'Please indicate the degree of happiness, all things considered, of your relationship.',
        HAPPINESS,
      ],
      [2, 12, 'I have a warm and comfortable relationship with my partner.', TRUE_],
      [3, 19, 'How rewarding is your relationship with your partner?', EXTENT],
      [4, 22, 'In general, how satisfied are you with your relationship?', EXTENT],
    ]);
  });

  it('CSI-16 items, labels and word pairs in printed order with their scores', () => {
    expect(snapshot(csi16)).toEqual([
      [
        1,
        1,
        'Please indicate the degree of happiness, all things considered, of your relationship.',
        HAPPINESS,
      ],
      [
        2,
        5,
        'In general, how often do you think that things between you and your partner are going well?',
        OFTEN,
      ],
      [3, 9, 'Our relationship is strong', TRUE_],
      [4, 11, 'My relationship with my partner makes me happy', TRUE_],
      [5, 12, 'I have a warm and comfortable relationship with my partner', TRUE_],
      [6, 17, 'I really feel like part of a team with my partner', TRUE_],
      [7, 19, 'How rewarding is your relationship with your partner?', EXTENT],
      [8, 20, 'How well does your partner meet your needs?', EXTENT],
      [9, 21, 'To what extent has your relationship met your original expectations?', EXTENT],
      [10, 22, 'In general, how satisfied are you with your relationship?', EXTENT],
      [11, 26, 'INTERESTING', 'BORING', [5, 4, 3, 2, 1, 0]],
      [12, 27, 'BAD', 'GOOD', [0, 1, 2, 3, 4, 5]],
      [13, 28, 'FULL', 'EMPTY', [5, 4, 3, 2, 1, 0]],
      [14, 30, 'STURDY', 'FRAGILE', [5, 4, 3, 2, 1, 0]],
      [15, 31, 'DISCOURAGING', 'HOPEFUL', [0, 1, 2, 3, 4, 5]],
      [16, 32, 'ENJOYABLE', 'MISERABLE', [5, 4, 3, 2, 1, 0]],
    ]);
  });

  it('CSI-16 prints its one instruction line before items 11–16', () => {
    const text =
      'For each of the following items, select the answer that best describes how you feel about your relationship. Base your responses on your first impressions and immediate feelings about the item.';
    expect(CSI16_WORD_PAIR_INSTRUCTION).toBe(text);
    expect(csi16.instructions).toEqual([
      {
        text,
        itemIds: ['csi16_11', 'csi16_12', 'csi16_13', 'csi16_14', 'csi16_15', 'csi16_16'],
      },
    ]);
    expect(csi4.instructions).toEqual([]);
  });

  it('both show the citation exactly', () => {
    expect(csi4.citation).toBe(CITATION);
    expect(csi16.citation).toBe(CITATION);
  });

  it('CSI items are validated, public, outside the safety rule and without provenance', () => {
    for (const item of [...csi4.items, ...csi16.items]) {
      expect(item.private).toBe(false);
      expect(item.safetyConcernAt).toEqual([]);
      expect(item.provenance).toBeNull();
    }
    expect(csi4.origin).toBe('validated');
    expect(csi16.origin).toBe('validated');
    expect(csi4.ownLabel).toBeNull();
  });
});
