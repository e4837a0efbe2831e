import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineBytes } from '../../test/support/bytes.ts';
import { isQuestion, QUESTION_MARK, scanText } from './text-features.ts';
import { newLineScan, scanUtf8Line, utf8LineAsks, type LineScan } from './utf8-scan.ts';

const decoder = new TextDecoder('utf-8', { ignoreBOM: true });

/** Scans `bytes` placed between other bytes, which must not matter. */
const scanBetween = (bytes: Uint8Array): LineScan => {
  const framed = Uint8Array.from([0x41, 0x0a, ...bytes, 0x0a, 0x41]);
  return scanUtf8Line(framed, 2, framed.length - 2, newLineScan());
};

describe('scanUtf8Line', () => {
  it('counts what scanText counts in the decoded line', () => {
    fc.assert(
      fc.property(lineBytes, (bytes) => {
        const text = decoder.decode(bytes);
        const expected = scanText(text, { words: 0, flags: 0 });
        const got = scanBetween(bytes);
        expect({ words: got.words, flags: got.flags }).toEqual(expected);
        expect(got.units).toBe(text.length);
        expect(got.first).toBe(text.length === 0 ? -1 : text.charCodeAt(0));
        expect(got.last).toBe(text.length === 0 ? -1 : text.charCodeAt(text.length - 1));
        expect(got.marked).toBe(/[\u200e\u200f]/.test(text));
      }),
      { numRuns: 5000 },
    );
  });

  it('finds phrases after opening punctuation and in other cases', () => {
    const scan = (text: string) => scanBetween(new TextEncoder().encode(text));
    expect(scan('¡¿"(Gracias!').flags & 2).toBe(2);
    expect(scan('DÉSOLÉ').flags & 1).toBe(1);
    expect(scan('my  bad').flags & 1).toBe(0);
    expect(scan('so my bad').flags & 1).toBe(1);
    expect(scan('unthankful').flags).toBe(0);
  });

  it('agrees with scanText where phrases meet characters outside ASCII', () => {
    for (const text of [
      'perdón',
      'PERDÓN!',
      'Dankeschön',
      'agradeço',
      '"¿Gracias?',
      '(«merci»)',
      '"\u00a0thanks',
      'than\u212a you', // the Kelvin sign lower-cases to `k`
      'my\u00a0bad',
      'so\u200emy bad',
      'x s',
      '"',
      '😊thanks 😊 sorry',
    ]) {
      const got = scanBetween(new TextEncoder().encode(text));
      const expected = scanText(text, { words: 0, flags: 0 });
      expect({ words: got.words, flags: got.flags }, text).toEqual(expected);
    }
  });
});

describe('utf8LineAsks', () => {
  it('finds URLs at every offset, whole or cut off by the line end', () => {
    for (const marker of ['www.', 'WwW.', '://', 'ww.', ':/']) {
      for (let before = 0; before < 7; before++) {
        for (let after = 0; after < 4; after++) {
          for (const text of [
            `?${'a'.repeat(before)}${marker}${'b'.repeat(after)}`,
            `${'a'.repeat(before)}${marker}${'b'.repeat(after)}?`,
            `${'a'.repeat(before)}${marker}?${'b'.repeat(after)}`,
          ]) {
            const bytes = new TextEncoder().encode(text);
            const asks = utf8LineAsks(bytes, 0, bytes.length, scanBetween(bytes));
            expect(asks, text).toBe(isQuestion(text));
          }
        }
      }
    }
  });

  it('is isQuestion of the decoded line', () => {
    fc.assert(
      fc.property(lineBytes, (bytes) => {
        const text = decoder.decode(bytes);
        const scan = scanBetween(bytes);
        const framed = Uint8Array.from([0x0a, ...bytes, 0x0a]);
        const asks = utf8LineAsks(framed, 1, framed.length - 1, scan);
        expect(asks).toBe((scan.flags & QUESTION_MARK) !== 0 && isQuestion(text));
      }),
      { numRuns: 5000 },
    );
  });
});
