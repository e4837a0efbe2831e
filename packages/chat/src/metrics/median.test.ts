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

  it('equals it for long lists too, counted when they are whole numbers in a small range', () => {
    const value = fc.oneof(
      { weight: 20, arbitrary: fc.integer({ min: 0, max: 3000 }) },
      { weight: 1, arbitrary: fc.constantFrom(0.5, 1e7, 2 ** 40) },
    );
    fc.assert(
      fc.property(
        fc.array(value, { minLength: 2040, maxLength: 2200 }),
        fc.boolean(),
        (values, whole) => {
          const list = whole ? values.map(Math.round).map((v) => Math.min(v, 3000)) : values;
          const copy = Float64Array.from(list);
          expect(median(copy, copy.length)).toBe(sortedMedian(list));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('gives the same list whether values come one by one or as whole lists', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.nat(50), { maxLength: 40 }), { maxLength: 6 }), (lists) => {
        const one = new NumberList();
        const many = new NumberList();
        for (const l of lists) {
          for (const v of l) one.push(v);
          many.pushAll(Float64Array.from(l));
          many.push(99);
          one.push(99);
        }
        expect(Array.from(many.values.subarray(0, many.length))).toEqual(
          Array.from(one.values.subarray(0, one.length)),
        );
      }),
    );
  });

  it('looks only at the first `length` values', () => {
    expect(median(Float64Array.of(3, 1, 2, 1000, 1000), 3)).toBe(2);
  });
});
