import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldLine, icsCalendar, icsText } from './ics.ts';

const octets = (s: string) => Buffer.byteLength(s, 'utf8');

describe('icsText', () => {
  it('escapes backslash, semicolon and comma, and writes line breaks as \\n', () => {
    expect(icsText('a\\b;c,d')).toBe('a\\\\b\\;c\\,d');
    expect(icsText('one\r\ntwo\nthree')).toBe('one\\ntwo\\nthree');
  });

  it('leaves out bare CRs, NUL and the other control characters, keeping tabs and letters', () => {
    expect(icsText('Tea\rATTENDEE:mailto:x@example.test')).toBe(
      'TeaATTENDEE:mailto:x@example.test',
    );
    expect(icsText('a\u0000b\u0007c\u001bd\u007fe\u0085f\tg')).toBe('abcdef\tg');
    expect(icsText('Zoë 🌙 夜')).toBe('Zoë 🌙 夜');
  });

  it('never lets any text make a line of its own', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (value) => {
        expect(icsText(value)).not.toMatch(/[\r\n]/);
        expect(icsText(value)).not.toContain('\u0000');
      }),
    );
  });
});

describe('foldLine', () => {
  it('keeps lines of up to 75 octets as they are', () => {
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
  });

  it('folds at 75 octets, continuation lines starting with a space', () => {
    const folded = foldLine('x'.repeat(200));
    expect(folded.split('\r\n').map(octets)).toEqual([75, 75, 52]);
    expect(folded.replace(/\r\n /g, '')).toBe('x'.repeat(200));
  });

  it('never splits a UTF-8 character, and unfolds to the same line', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        const line = `SUMMARY:${icsText(text)}`;
        const folded = foldLine(line);
        const lines = folded.split('\r\n');
        for (const [i, l] of lines.entries()) {
          expect(octets(l)).toBeLessThanOrEqual(75);
          if (i > 0) expect(l.startsWith(' ')).toBe(true);
          // Each physical line is whole UTF-8 on its own: no character was cut in two.
          expect(Buffer.from(l, 'utf8').toString('utf8')).toBe(l);
        }
        expect(folded.replace(/\r\n /g, '')).toBe(line);
      }),
    );
    const moons = foldLine(`SUMMARY:${'🌙'.repeat(40)}`);
    expect(moons.split('\r\n').map(octets)).toEqual([72, 73, 25]);
  });
});

describe('icsCalendar', () => {
  it('writes one property per line, whatever the titles hold', () => {
    const feed = icsCalendar(
      'recipro rituals',
      [
        {
          uid: 'r1-1@recipro',
          start: Date.UTC(2026, 2, 1, 18),
          minutes: 30,
          summary: 'Tea\r\nATTENDEE:mailto:eve@example.test\rORGANIZER:x\u0000',
          description: 'A ritual of Us.',
        },
      ],
      Date.UTC(2026, 2, 1),
    );
    const names = feed
      .split('\r\n')
      .filter((l) => l !== '' && !l.startsWith(' '))
      .map((l) => /^[A-Z-]+/.exec(l)?.[0]);
    expect(names).toEqual([
      'BEGIN',
      'VERSION',
      'PRODID',
      'CALSCALE',
      'METHOD',
      'X-WR-CALNAME',
      'BEGIN',
      'UID',
      'DTSTAMP',
      'DTSTART',
      'DTEND',
      'SUMMARY',
      'DESCRIPTION',
      'END',
      'END',
    ]);
    expect(feed).toContain('SUMMARY:Tea\\nATTENDEE:mailto:eve@example.test');
    expect(feed).not.toMatch(/\r(?!\n)|(?<!\r)\n/);
    expect(feed).not.toContain('\u0000');
  });
});

describe('icsCalendar’s language', () => {
  it('marks each description with the language it is written in, and no title', () => {
    const event = {
      uid: 'r1-1@recipro',
      start: Date.UTC(2026, 2, 1, 18),
      minutes: 30,
      summary: 'Tea',
      description: 'طقس من طقوس Us.',
    };
    const feed = icsCalendar('طقوس recipro', [event], Date.UTC(2026, 2, 1), 'ar');
    expect(feed).toContain('\r\nDESCRIPTION;LANGUAGE=ar:طقس من طقوس Us.\r\n');
    expect(feed).toContain('\r\nSUMMARY:Tea\r\n');
    expect(icsCalendar('x', [event], 0)).toContain('\r\nDESCRIPTION:طقس من طقوس Us.\r\n');
  });
});
