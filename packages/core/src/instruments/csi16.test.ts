import { describe, expect, it } from 'vitest';
import { csi16 } from './csi16.ts';
import { researchBandNotForDisplay } from './research-band.ts';
import { scoreAnswers } from './scoring.ts';
import { positionScores } from './types.ts';

/** The position of each item that scores highest / lowest, found from the printed order. */
const MAX = [6, 0, 5, 5, 5, 5, 5, 5, 5, 5, 0, 5, 0, 0, 5, 0];
const MIN = [0, 5, 0, 0, 0, 0, 0, 0, 0, 0, 5, 0, 5, 5, 0, 5];

const score = (positions: number[]) => {
  const result = scoreAnswers('csi16', positions);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};

describe('CSI-16 scoring', () => {
  it('has a minimum of 0 and a maximum of 81', () => {
    expect(score(MIN).total).toBe(0);
    expect(score(MAX).total).toBe(81);
    expect(score(MAX).scores).toEqual([6, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5]);
  });

  it('item 2 prints "All the time" first: position 0 scores 5, position 5 ("Never") scores 0', () => {
    const positions = [...MIN];
    positions[1] = 0;
    expect(score(positions).scores[1]).toBe(5);
    positions[1] = 5;
    expect(score(positions).scores[1]).toBe(0);
  });

  it.each([
    [11, 'INTERESTING', 'BORING'],
    [13, 'FULL', 'EMPTY'],
    [14, 'STURDY', 'FRAGILE'],
    [16, 'ENJOYABLE', 'MISERABLE'],
  ])('item %i (%s — %s, positive word on the left) scores left = 5 … right = 0', (n) => {
    for (let position = 0; position < 6; position += 1) {
      const positions = [...MIN];
      positions[n - 1] = position;
      expect(score(positions).scores[n - 1]).toBe(5 - position);
      expect(score(positions).total).toBe(5 - position);
    }
  });

  it.each([
    [12, 'BAD', 'GOOD'],
    [15, 'DISCOURAGING', 'HOPEFUL'],
  ])('item %i (%s — %s, negative word on the left) scores left = 0 … right = 5', (n) => {
    for (let position = 0; position < 6; position += 1) {
      const positions = [...MIN];
      positions[n - 1] = position;
      expect(score(positions).scores[n - 1]).toBe(position);
      expect(score(positions).total).toBe(position);
    }
  });

  it('word pairs have six positions; a seventh is out of range', () => {
    for (const item of csi16.items.slice(10)) expect(positionScores(item)).toHaveLength(6);
    const positions = [...MIN];
    positions[10] = 6;
    const result = scoreAnswers('csi16', positions);
    expect(result.ok ? null : result.error).toMatchObject({
      code: 'out_of_range',
      index: 10,
      itemId: 'csi16_11',
    });
  });

  it('totals 51 and 52 fall on either side of the research cut-off (51.5)', () => {
    // From the maximum (81), lower items 3–8 to "Not at all TRUE" / "Not at all": −30.
    const at51 = [...MAX];
    for (const i of [2, 3, 4, 5, 6, 7]) at51[i] = 0;
    const at52 = [...at51];
    at52[7] = 1;
    expect(score(at51).total).toBe(51);
    expect(score(at52).total).toBe(52);
    expect(researchBandNotForDisplay('csi16', 51)).toBe('below_cut_off');
    expect(researchBandNotForDisplay('csi16', 52)).toBe('at_or_above_cut_off');
    expect(researchBandNotForDisplay('csi16', 0)).toBe('below_cut_off');
    expect(researchBandNotForDisplay('csi16', 81)).toBe('at_or_above_cut_off');
    expect(researchBandNotForDisplay('csi16', 82)).toBeNull();
  });

  it('the reciprocity check-in has no research band', () => {
    expect(researchBandNotForDisplay('reciprocity', 10)).toBeNull();
  });
});
