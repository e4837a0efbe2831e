import { describe, expect, it } from 'vitest';
import { nulIn } from './nul.ts';

describe('nulIn', () => {
  it('finds NUL in values and keys at any depth, naming where', () => {
    expect(nulIn({ email: 'a\u0000b' })).toBe('email');
    expect(nulIn({ a: [1, { b: ['ok', 'n\u0000'] }] })).toBe('a.1.b.1');
    expect(nulIn({ a: { ['k\u0000']: 1 } })).toBe('a.k\\u0000');
    expect(nulIn('\u0000')).toBe('');
  });

  it('finds nothing where there is no NUL', () => {
    for (const value of [null, 1, true, 'fine', '\\u0000', { a: ['%00', { b: '\u0001' }] }, []]) {
      expect(nulIn(value)).toBeNull();
    }
  });

  it('walks a deeply nested body without running out of stack', () => {
    const deep = JSON.parse(`${'['.repeat(200_000)}"\\u0000"${']'.repeat(200_000)}`);
    expect(nulIn(deep)).toMatch(/^0(\.0)+$/);
  });
});
