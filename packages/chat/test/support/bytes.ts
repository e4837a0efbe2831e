// fast-check arbitraries for byte-level tests: text that is mostly valid UTF-8 with the
// characters the parsers care about, and some bytes that are not UTF-8 at all.
import fc from 'fast-check';

const encoder = new TextEncoder();

/** Pieces of chat text: words, phrases in several cases, marks, spaces and punctuation. */
export const textPieces = [
  'hi',
  'the',
  'Sorry',
  'SORRY',
  'thanks',
  'Thank',
  'thx',
  'my bad',
  'my  bad',
  'tut mir leid',
  'Désolé',
  'DÉSOLÉ',
  'perdón',
  'agradeço',
  'Dankeschön',
  'vielen Dank',
  'je te remercie',
  'galti ho gayi',
  '¿',
  '¡',
  '«',
  '“',
  '"',
  '(',
  "'",
  '?',
  '？',
  '؟',
  'www.',
  'WWW.',
  'https://x.org/?q',
  '://',
  ' ',
  '  ',
  '\t',
  '\u00a0',
  '\u202f',
  '\u2009',
  '\u200b',
  '\u3000',
  '\u200e',
  '\u200f',
  '\ufeff',
  '😊',
  '🌸',
  'İ',
  'K',
  'ß',
  'é',
  '\r',
  ':',
  ': ',
  '.',
  '<',
  '>',
  ')',
  'null',
  '<Media omitted>',
  'This message was deleted',
  'image omitted',
];

/** Bytes that break UTF-8: stray continuation bytes, cut sequences, overlongs, surrogates. */
const brokenBytes: number[][] = [
  [0x80],
  [0xbf],
  [0xc0, 0x80],
  [0xc2],
  [0xe2, 0x80],
  [0xe2, 0x80, 0x20],
  [0xed, 0xa0, 0x80],
  [0xf0, 0x9f],
  [0xf0, 0x9f, 0x98],
  [0xf4, 0x90, 0x80, 0x80],
  [0xf8],
  [0xff],
  [0xef, 0xbf, 0xbd],
];

/** One piece of a line as bytes: text, a broken sequence, or any byte but a line break. */
const piece: fc.Arbitrary<number[]> = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...textPieces).map((t) => [...encoder.encode(t)]) },
  { weight: 2, arbitrary: fc.constantFrom(...brokenBytes) },
  {
    weight: 1,
    arbitrary: fc
      .integer({ min: 0, max: 255 })
      .filter((b) => b !== 0x0a)
      .map((b) => [b]),
  },
  {
    weight: 2,
    arbitrary: fc
      .string({ maxLength: 6 })
      .map((t) => [...encoder.encode(t)].filter((b) => b !== 0x0a)),
  },
);

/** The bytes of one line: no `\n`, maybe not UTF-8. */
export const lineBytes: fc.Arbitrary<Uint8Array> = fc
  .array(piece, { maxLength: 24 })
  .map((pieces) => Uint8Array.from(pieces.flat()));

/** Any bytes, `\n` included. */
export const anyBytes: fc.Arbitrary<Uint8Array> = fc
  .array(fc.oneof(piece, fc.constant([0x0a]), fc.constant([0x0d, 0x0a])), { maxLength: 40 })
  .map((pieces) => Uint8Array.from(pieces.flat()));

/** Splits `bytes` into chunks at the given cut points. */
export function cut(bytes: Uint8Array, cuts: number[]): Uint8Array[] {
  const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  const chunks: Uint8Array[] = [];
  let from = 0;
  for (const p of points) {
    chunks.push(bytes.subarray(from, p));
    from = p;
  }
  chunks.push(bytes.subarray(from));
  return chunks;
}

/** One of `seeds` with up to eight bytes set, inserted, or the rest cut off. */
export function mutated(seeds: readonly Uint8Array[]): fc.Arbitrary<Uint8Array> {
  return fc
    .tuple(
      fc.constantFrom(...seeds),
      fc.array(
        fc.tuple(
          fc.nat(),
          fc.integer({ min: 0, max: 255 }),
          fc.constantFrom('set', 'insert', 'cut'),
        ),
        { maxLength: 8 },
      ),
    )
    .map(([seed, edits]) => {
      let bytes = Array.from(seed);
      for (const [at, value, op] of edits) {
        const i = bytes.length === 0 ? 0 : at % bytes.length;
        if (op === 'set') bytes[i] = value;
        else if (op === 'insert') bytes.splice(i, 0, value);
        else bytes = bytes.slice(0, i);
      }
      return Uint8Array.from(bytes);
    });
}
