import { describe, expect, it } from 'vitest';
import { repairMojibake } from './mojibake.ts';

describe('repairMojibake', () => {
  it('turns byte-per-character UTF-8 back into text', () => {
    expect(repairMojibake('\u00f0\u009f\u0098\u0086')).toBe('😆');
    expect(repairMojibake('Zo\u00c3\u00ab')).toBe('Zoë');
  });

  it('leaves correct text alone, so repairing twice is harmless', () => {
    expect(repairMojibake('Zoë')).toBe('Zoë');
    expect(repairMojibake('😆')).toBe('😆');
    expect(repairMojibake('plain')).toBe('plain');
    expect(repairMojibake(repairMojibake('Zo\u00c3\u00ab'))).toBe('Zoë');
  });
});
