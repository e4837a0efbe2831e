import { describe, expect, it } from 'vitest';
import { matches } from './circle-reads.ts';
import { ReadCache } from './read-cache.ts';

describe('the read cache', () => {
  it('keeps answers within its bound, letting the least recently used go first', () => {
    const cache = new ReadCache(30);
    cache.set('a', '1234567'); // 8 characters with its key
    cache.set('b', '1234567');
    cache.set('c', '1234567');
    expect(cache.stats).toEqual({ entries: 3, chars: 24 });
    // Reading "a" makes "b" the least recently used: it goes when "d" comes.
    expect(cache.get('a')).toBe('1234567');
    cache.set('d', '1234567');
    expect(cache.get('b')).toBeUndefined();
    expect(['a', 'c', 'd'].map((k) => cache.get(k))).toEqual(['1234567', '1234567', '1234567']);
    expect(cache.stats.chars).toBeLessThanOrEqual(30);
  });

  it('replaces an answer under the same key, counting it once', () => {
    const cache = new ReadCache(100);
    cache.set('k', 'old answer');
    cache.set('k', 'new');
    expect(cache.get('k')).toBe('new');
    expect(cache.stats).toEqual({ entries: 1, chars: 4 });
  });

  it('keeps nothing larger than its whole bound, and nothing at all when the bound is 0', () => {
    const cache = new ReadCache(10);
    cache.set('small', 'x');
    cache.set('large', 'x'.repeat(20));
    expect(cache.get('large')).toBeUndefined();
    expect(cache.get('small')).toBe('x');
    const none = new ReadCache(0);
    none.set('a', '');
    expect(none.stats).toEqual({ entries: 0, chars: 0 });
  });
});

describe('If-None-Match', () => {
  const etag = 'W/"abc"';
  it('matches the tag weakly, in a list, or as "*"', () => {
    for (const header of ['W/"abc"', '"abc"', 'W/"x", W/"abc"', ' "y" ,"abc" ', '*'])
      expect(matches(header, etag), header).toBe(true);
  });
  it('matches nothing else', () => {
    for (const header of [undefined, '', 'abc', 'W/"ab"', '"abcd"', 'W/', ','])
      expect(matches(header, etag), String(header)).toBe(false);
  });
});
