import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { colonAuthorEnd, colonAuthorEndUtf8, findColonAuthors } from './colon-authors.ts';

describe('findColonAuthors', () => {
  it('learns a name holding ": " from lines that always continue the same way', () => {
    const bodies = [
      'Coach: Mike: practice at 6',
      'Ana: ok',
      'Coach: Mike: bring water',
      'Coach: Mike: see you',
    ];
    expect(findColonAuthors(bodies)).toEqual(['Coach: Mike']);
  });

  it('does not learn from text that varies after the first ": "', () => {
    const bodies = ['Dev: Re: pharmacy: yes', 'Dev: Note: milk', 'Dev: Q: why', 'Dev: plain'];
    expect(findColonAuthors(bodies)).toEqual([]);
  });

  it('needs a few lines before believing it', () => {
    expect(findColonAuthors(['Coach: Mike: one', 'Coach: Mike: two'])).toEqual([]);
  });

  it('finds where a learnt name ends', () => {
    expect(colonAuthorEnd('Coach: Mike: hi', ['Coach: Mike'])).toBe(11);
    expect(colonAuthorEnd('Coach: Mikey: hi', ['Coach: Mike'])).toBe(-1);
  });
});

describe('colonAuthorEndUtf8', () => {
  it('finds the learnt name in bytes where colonAuthorEnd finds it in text', () => {
    const names = ['Coach: Mike', 'Ana 😊: Bo', 'Zoë: x'];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('Coach', ': ', 'Mike', 'Ana 😊', 'Bo', 'Zoë', 'x', 'y', '😊'), {
          maxLength: 6,
        }),
        (parts) => {
          const body = parts.join('');
          const bytes = new TextEncoder().encode(body);
          const units = colonAuthorEnd(body, names);
          const at = colonAuthorEndUtf8(bytes, 0, bytes.length, names);
          expect(at === -1 ? -1 : new TextDecoder().decode(bytes.subarray(0, at)).length).toBe(
            units,
          );
        },
      ),
      { numRuns: 2000 },
    );
  });
});
