import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { median, NumberList } from './median.ts';

/** The textbook median: sort a copy, take the middle (or the mean of the two middle values). */
const sortedMedian = (values: number[]): number | null => {
  if (values.length === 0) return null;
  const s = Float64Array.from(values).sort();
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

describe('median', () => {
  it('is null for no values and the value itself for one', () => {
    expect(median(new Float64Array(4), 0)).toBeNull();
    expect(median(Float64Array.of(7, 99), 1)).toBe(7);
  });

  it('equals the middle of the sorted values, for odd and even counts and many ties', () => {
    const value = fc.oneof(
      fc.integer({ min: 0, max: 5 }),
      fc.integer({ min: 0, max: 100_000 }),
      fc.double({ min: 0, max: 1e9, noNaN: true }),
    );
    fc.assert(
      fc.property(fc.array(value, { maxLength: 300 }), (values) => {
        const list = new NumberList();
        for (const v of values) list.push(v);
        expect(median(list.values, list.length)).toBe(sortedMedian(values));
      }),
      { numRuns: 500 },
    );
  });

  it('looks only at the first `length` values', () => {
    expect(median(Float64Array.of(3, 1, 2, 1000, 1000), 3)).toBe(2);
  });
});
