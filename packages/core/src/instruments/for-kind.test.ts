import { describe, expect, it } from 'vitest';
import { CIRCLE_KINDS } from '../vocabulary.ts';
import { instrumentAllowedFor, instrumentsFor } from './for-kind.ts';

describe('instruments by circle kind', () => {
  it('offers the CSI-4 and CSI-16 to couples, with recipro’s own items', () => {
    expect(instrumentsFor('couple')).toEqual(['csi4', 'csi16', 'reciprocity']);
  });

  it.each(CIRCLE_KINDS.filter((kind) => kind !== 'couple'))(
    'offers a %s circle only recipro’s own items, never the CSI',
    (kind) => {
      expect(instrumentsFor(kind)).toEqual(['reciprocity']);
      expect(instrumentAllowedFor(kind, 'csi4')).toBe(false);
      expect(instrumentAllowedFor(kind, 'csi16')).toBe(false);
      expect(instrumentAllowedFor(kind, 'reciprocity')).toBe(true);
    },
  );
});
