import { describe, expect, it } from 'vitest';
import { researchBandNotForDisplay } from './research-band.ts';
import { scoreAnswers } from './scoring.ts';

const total = (positions: number[]) => {
  const result = scoreAnswers('csi4', positions);
  if (!result.ok) throw new Error(result.error.message);
  return result.value.total;
};

describe('CSI-4 scoring', () => {
  it('scores each position from the table and keeps the positions', () => {
    expect(scoreAnswers('csi4', [3, 2, 4, 1])).toEqual({
      ok: true,
      value: { instrumentId: 'csi4', positions: [3, 2, 4, 1], scores: [3, 2, 4, 1], total: 10 },
    });
  });

  it('has a minimum of 0 and a maximum of 21', () => {
    expect(total([0, 0, 0, 0])).toBe(0);
    expect(total([6, 5, 5, 5])).toBe(21);
  });

  it('item 1 goes to 6 ("Perfect"), items 2–4 only to 5', () => {
    expect(total([6, 0, 0, 0])).toBe(6);
    for (const index of [1, 2, 3]) {
      const positions = [0, 0, 0, 0];
      positions[index] = 6;
      const result = scoreAnswers('csi4', positions);
      expect(result.ok ? null : result.error).toMatchObject({ code: 'out_of_range', index });
    }
  });

  it('totals 13 and 14 fall on either side of the research cut-off (13.5)', () => {
    expect(total([3, 5, 5, 0])).toBe(13);
    expect(total([3, 5, 5, 1])).toBe(14);
    expect(researchBandNotForDisplay('csi4', 13)).toBe('below_cut_off');
    expect(researchBandNotForDisplay('csi4', 14)).toBe('at_or_above_cut_off');
    expect(researchBandNotForDisplay('csi4', 0)).toBe('below_cut_off');
    expect(researchBandNotForDisplay('csi4', 21)).toBe('at_or_above_cut_off');
  });

  it('gives no band for totals outside 0–21', () => {
    expect(researchBandNotForDisplay('csi4', -1)).toBeNull();
    expect(researchBandNotForDisplay('csi4', 22)).toBeNull();
    expect(researchBandNotForDisplay('csi4', 13.5)).toBeNull();
  });
});
