import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyBytes, cut } from '../test/support/bytes.ts';
import { ByteLineSplitter } from './byte-lines.ts';
import { ChatParseError } from './errors.ts';
import { LineSplitter, MAX_LINE_CHARS } from './lines.ts';

const decoder = new TextDecoder('utf-8', { ignoreBOM: true });

const byBytes = (chunks: Uint8Array[]): string[] => {
  const lines: string[] = [];
  const s = new ByteLineSplitter((b, start, end) =>
    lines.push(decoder.decode(b.slice(start, end))),
  );
  for (const c of chunks) s.push(c);
  s.end();
  return lines;
};

const byText = (chunks: Uint8Array[]): string[] => {
  const lines: string[] = [];
  const s = new LineSplitter((l) => lines.push(l));
  for (const c of chunks) s.push(c);
  s.end();
  return lines;
};

describe('ByteLineSplitter', () => {
  it('gives the lines LineSplitter gives, however the bytes are cut', () => {
    fc.assert(
      fc.property(anyBytes, fc.array(fc.nat(), { maxLength: 6 }), (bytes, cuts) => {
        const chunks = cut(bytes, cuts);
        expect(byBytes(chunks)).toEqual(byText(chunks));
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses a line longer than any chat message where LineSplitter does', () => {
    // Characters of three bytes: the byte count passes the limit long before the characters do.
    const chunk = new TextEncoder().encode('€'.repeat(1 << 18));
    const pushes = (make: () => { push(b: Uint8Array): void }): number => {
      const s = make();
      for (let i = 1; i <= 3 * (MAX_LINE_CHARS / (1 << 18)) + 2; i++) {
        try {
          s.push(chunk);
        } catch (error) {
          expect(error).toBeInstanceOf(ChatParseError);
          return i;
        }
      }
      return -1;
    };
    const atBytes = pushes(() => new ByteLineSplitter(() => {}));
    expect(atBytes).toBeGreaterThan(0);
    expect(atBytes).toBe(pushes(() => new LineSplitter(() => {})));
  });

  it('refuses exactly the lines over the limit, whole or cut, with or without \\r\\n', () => {
    const outcomeOf = (read: (chunks: Uint8Array[]) => string[], chunks: Uint8Array[]) => {
      try {
        return read(chunks).map((line) => line.length);
      } catch (error) {
        expect(error).toBeInstanceOf(ChatParseError);
        return 'refused';
      }
    };
    for (const [length, expected] of [
      [MAX_LINE_CHARS, [MAX_LINE_CHARS, 2]],
      [MAX_LINE_CHARS + 1, 'refused'],
    ] as const) {
      for (const lineBreak of ['\n', '\r\n']) {
        const bytes = new TextEncoder().encode(`${'x'.repeat(length)}${lineBreak}ok${lineBreak}`);
        const cuts = [[], [1 << 20, 2 << 20, 3 << 20, 4 << 20], [length, length + 1]];
        for (const at of cuts) {
          const chunks = cut(bytes, at);
          expect(outcomeOf(byBytes, chunks)).toEqual(expected);
          expect(outcomeOf(byText, chunks)).toEqual(expected);
        }
      }
    }
  });
});
