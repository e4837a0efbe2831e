import { describe, expect, it } from 'vitest';
import { sentenceCase } from './sentence-case.ts';

describe('answer options in sentence case', () => {
  it('keeps the words and lowers the capitals of a printed form', () => {
    expect(sentenceCase('Not at all TRUE')).toBe('Not at all true');
    expect(sentenceCase('Almost Completely TRUE')).toBe('Almost completely true');
    expect(sentenceCase('Extremely Unhappy')).toBe('Extremely unhappy');
    expect(sentenceCase('INTERESTING')).toBe('Interesting');
    expect(sentenceCase('About half each')).toBe('About half each');
  });
});
