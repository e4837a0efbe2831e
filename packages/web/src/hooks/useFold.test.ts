import { describe, expect, it } from 'vitest';
import { foldedPart } from './useFold.ts';

describe('foldedPart', () => {
  const items = Array.from({ length: 65 }, (_, i) => i);

  it('shows the first part and says more are left', () => {
    expect(foldedPart(items, 30)).toEqual({ visible: items.slice(0, 30), more: true });
  });

  it('shows everything, with nothing more, once the part reaches the end', () => {
    expect(foldedPart(items, 90)).toEqual({ visible: items, more: false });
    expect(foldedPart(items.slice(0, 30), 30)).toEqual({
      visible: items.slice(0, 30),
      more: false,
    });
  });

  it('shows nothing more for an empty list', () => {
    expect(foldedPart([], 30)).toEqual({ visible: [], more: false });
  });
});
