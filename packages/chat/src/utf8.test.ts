import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyBytes } from '../test/support/bytes.ts';
import { decodeUtf8, heldBackBytes, readUtf8, utf16Length } from './utf8.ts';

const decoder = new TextDecoder('utf-8', { ignoreBOM: true });

/** The text readUtf8 reads, character by character. */
const readAll = (bytes: Uint8Array): string => {
  let text = '';
  for (let i = 0; i < bytes.length;) {
    const r = readUtf8(bytes, i, bytes.length);
    text += String.fromCodePoint(r >> 3);
    i += r & 7;
  }
  return text;
};

describe('readUtf8', () => {
  it('reads what TextDecoder reads, U+FFFD for every broken sequence included', () => {
    fc.assert(
      fc.property(anyBytes, (bytes) => {
        expect(readAll(bytes)).toBe(decoder.decode(bytes));
        expect(utf16Length(bytes, 0, bytes.length)).toBe(decoder.decode(bytes).length);
      }),
      { numRuns: 2000 },
    );
  });

  it('handles the edge cases of the WHATWG decoder', () => {
    for (const bytes of [
      [0xe0, 0x80, 0x80], // overlong
      [0xed, 0xa0, 0x80], // surrogate
      [0xf4, 0x90, 0x80, 0x80], // past U+10FFFF
      [0xf0, 0x9f, 0x98, 0x8a], // 😊
      [0xc2, 0xc2, 0xa0],
    ]) {
      const b = Uint8Array.from(bytes);
      expect(readAll(b)).toBe(decoder.decode(b));
    }
  });
});

describe('heldBackBytes', () => {
  it('is what a streaming decoder keeps back at the end of its input', () => {
    fc.assert(
      fc.property(anyBytes, (bytes) => {
        const streamed = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes, {
          stream: true,
        });
        const held = heldBackBytes(bytes, 0, bytes.length);
        expect(utf16Length(bytes, 0, bytes.length - held)).toBe(streamed.length);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('decodeUtf8', () => {
  it('decodes a range as a whole', () => {
    const bytes = new TextEncoder().encode('ab😊c');
    expect(decodeUtf8(bytes, 2, 6)).toBe('😊');
    expect(decodeUtf8(bytes, 2, 4)).toBe('\ufffd');
  });
});
