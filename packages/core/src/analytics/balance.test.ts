import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { balanceIndex, bandFor, isThin } from './balance.ts';

describe('balanceIndex', () => {
  it('is 0 when even or empty, positive when from gives more', () => {
    expect(balanceIndex(0, 0)).toBe(0);
    expect(balanceIndex(5, 5)).toBe(0);
    expect(balanceIndex(3, 1)).toBe(0.5);
    expect(balanceIndex(0, 4)).toBe(-1);
  });

  it('mirrors exactly and stays in [-1, 1]', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        (a, b) => {
          const index = balanceIndex(a, b);
          expect(index).toBeGreaterThanOrEqual(-1);
          expect(index).toBeLessThanOrEqual(1);
          expect(balanceIndex(b, a)).toBe(index === 0 ? 0 : -index);
        },
      ),
    );
  });
});

describe('bandFor', () => {
  it('calls 20 acts against 2 one-sided and 10 against 8 in rhythm', () => {
    expect(bandFor(balanceIndex(20, 2), 22)).toBe('one_sided');
    expect(bandFor(balanceIndex(2, 20), 22)).toBe('one_sided');
    expect(bandFor(balanceIndex(10, 8), 18)).toBe('in_rhythm');
    expect(bandFor(balanceIndex(8, 10), 18)).toBe('in_rhythm');
  });

  it('leans in between, and only leans while a season caps it or data is short', () => {
    expect(bandFor(balanceIndex(2, 1), 30)).toBe('leaning');
    expect(bandFor(balanceIndex(20, 2), 22, true)).toBe('leaning');
    expect(bandFor(balanceIndex(5, 0), 5)).toBe('leaning');
  });

  it('is the same band for both directions of a pair', () => {
    fc.assert(
      fc.property(fc.nat(50), fc.nat(50), fc.boolean(), (a, b, cap) => {
        expect(bandFor(balanceIndex(a, b), a + b, cap)).toBe(
          bandFor(balanceIndex(b, a), a + b, cap),
        );
      }),
    );
  });

  it('calls fewer than 4 acts thin', () => {
    expect(isThin(3)).toBe(true);
    expect(isThin(4)).toBe(false);
  });
});
