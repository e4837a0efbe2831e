import { describe, expect, it } from 'vitest';
import { excerpt } from './excerpt.ts';

describe('excerpt', () => {
  it('keeps a short text whole, on one line', () => {
    expect(excerpt('A slow walk\n after dinner ')).toBe('A slow walk after dinner');
  });

  it('cuts a long text at a word and says something was left out', () => {
    const text = 'I feel more connected when we take a slow walk after dinner';
    const short = excerpt(text);
    expect(short).toBe('I feel more connected when we take a…');
    expect(short.length).toBeLessThanOrEqual(41);
    expect(text.startsWith(short.slice(0, -1))).toBe(true);
  });

  it('cuts inside a very long word rather than leaving almost nothing', () => {
    expect(excerpt(`ab ${'x'.repeat(60)}`, 10)).toBe(`ab ${'x'.repeat(7)}…`);
  });
});
