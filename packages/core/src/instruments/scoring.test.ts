import { describe, expect, it } from 'vitest';
import { INSTRUMENTS } from './registry.ts';
import { SCORE_ERROR_CODES, scoreAnswers, type ScoreResult } from './scoring.ts';
import { INSTRUMENT_IDS } from './types.ts';

const errorOf = (result: ScoreResult) => (result.ok ? null : result.error);

describe('scoreAnswers errors', () => {
  it('has exactly four closed error codes', () => {
    expect([...SCORE_ERROR_CODES].sort()).toEqual(
      ['missing_answer', 'out_of_range', 'unknown_instrument', 'wrong_length'].sort(),
    );
  });

  it('unknown_instrument for an id that is not an instrument', () => {
    for (const id of ['csi32', 'CSI4', '', null, undefined, 4, 'toString', '__proto__']) {
      expect(errorOf(scoreAnswers(id, [0, 0, 0, 0]))?.code).toBe('unknown_instrument');
    }
  });

  it.each(INSTRUMENT_IDS)('%s: wrong_length for too few or too many answers', (id) => {
    const n = INSTRUMENTS[id].items.length;
    expect(errorOf(scoreAnswers(id, []))?.code).toBe('wrong_length');
    expect(errorOf(scoreAnswers(id, Array(n - 1).fill(0)))?.code).toBe('wrong_length');
    expect(errorOf(scoreAnswers(id, Array(n + 1).fill(0)))?.code).toBe('wrong_length');
    expect(errorOf(scoreAnswers(id, 'not a list' as unknown as number[]))?.code).toBe(
      'wrong_length',
    );
  });

  it.each(INSTRUMENT_IDS)('%s: missing_answer names the first unanswered item', (id) => {
    const n = INSTRUMENTS[id].items.length;
    const positions: (number | null | undefined)[] = Array(n).fill(0);
    positions[2] = null;
    positions[3] = undefined;
    expect(errorOf(scoreAnswers(id, positions))).toMatchObject({
      code: 'missing_answer',
      index: 2,
      itemId: INSTRUMENTS[id].items[2]?.id,
    });
    // A sparse array has holes, not answers.
    const sparse = Array<number>(n);
    expect(errorOf(scoreAnswers(id, sparse))).toMatchObject({ code: 'missing_answer', index: 0 });
  });

  it.each(INSTRUMENT_IDS)('%s: out_of_range for a position no option has', (id) => {
    const n = INSTRUMENTS[id].items.length;
    for (const bad of [-1, 1.5, 99, Number.NaN, Number.POSITIVE_INFINITY]) {
      const positions = Array(n).fill(0);
      positions[n - 1] = bad;
      expect(errorOf(scoreAnswers(id, positions))).toMatchObject({
        code: 'out_of_range',
        index: n - 1,
        itemId: INSTRUMENTS[id].items[n - 1]?.id,
      });
    }
    const justPast = Array(n).fill(0);
    const last = INSTRUMENTS[id].items[0];
    justPast[0] = last?.kind === 'choice' ? last.options.length : 6;
    expect(errorOf(scoreAnswers(id, justPast))?.code).toBe('out_of_range');
  });

  it('does not accept a position given as a string', () => {
    const result = scoreAnswers('csi4', ['1', 0, 0, 0] as unknown as number[]);
    expect(errorOf(result)).toMatchObject({ code: 'out_of_range', index: 0 });
  });

  it('reports the first problem in item order', () => {
    expect(errorOf(scoreAnswers('csi4', [9, null, 0, 0]))?.code).toBe('out_of_range');
    expect(errorOf(scoreAnswers('csi4', [null, 9, 0, 0]))?.code).toBe('missing_answer');
  });
});

describe('every instrument', () => {
  it.each(INSTRUMENT_IDS)('%s: ids are unique and numbers run 1…n', (id) => {
    const items = INSTRUMENTS[id].items;
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
    expect(items.map((i) => i.number)).toEqual(items.map((_, index) => index + 1));
    expect(INSTRUMENTS[id].id).toBe(id);
  });

  it.each(INSTRUMENT_IDS)('%s: the total range is the sum of item minima and maxima', (id) => {
    const instrument = INSTRUMENTS[id];
    if (!instrument.total) return;
    let min = 0;
    let max = 0;
    for (const item of instrument.items) {
      const scores = item.kind === 'choice' ? item.options.map((o) => o.score) : item.scores;
      min += Math.min(...scores);
      max += Math.max(...scores);
    }
    expect({ min, max }).toEqual(instrument.total);
  });
});
