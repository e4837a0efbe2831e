import { describe, expect, it } from 'vitest';
import { countWords, hasApology, hasAppreciation, isQuestion } from './text-features.ts';

describe('text features', () => {
  it('counts words across any whitespace', () => {
    expect(countWords('')).toBe(0);
    expect(countWords('  one\u00a0two\nthree\u202ffour ')).toBe(4);
  });

  it('finds questions outside URLs, in three scripts', () => {
    expect(isQuestion('Coming?')).toBe(true);
    expect(isQuestion('来る？')).toBe(true);
    expect(isQuestion('كيف حالك؟')).toBe(true);
    expect(isQuestion('see https://example.org/a?b=1')).toBe(false);
    expect(isQuestion('did you see https://example.org?')).toBe(true);
    expect(isQuestion('www.example.org/?q=1 and why?')).toBe(true);
    expect(isQuestion('no question here')).toBe(false);
  });

  it('finds apologies in six languages, at the start of words only', () => {
    for (const t of [
      'Sorry!',
      'lo siento',
      'Es tut mir leid',
      'désolée',
      'Desculpa',
      'maaf karna',
    ]) {
      expect(hasApology(t), t).toBe(true);
    }
    expect(hasApology('ohsorry')).toBe(false);
    expect(hasApology('all good')).toBe(false);
  });

  it('finds appreciation in six languages', () => {
    for (const t of [
      'Thanks!',
      'muchas gracias',
      'Danke',
      'merci beaucoup',
      'obrigada',
      'bahut shukriya',
    ]) {
      expect(hasAppreciation(t), t).toBe(true);
    }
    expect(hasAppreciation('nothing to see')).toBe(false);
  });
});
