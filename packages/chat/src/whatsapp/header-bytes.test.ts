// The header scanner reads strings and bytes alike; these check that both give the same fields.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newHeaderFields, parseHeader, parseHeaderBytes } from './header.ts';

const encoder = new TextEncoder();

/** Headers of many shapes (mostly valid, some not), followed by an author and text. */
const two = (min: number, max: number) =>
  fc.integer({ min, max }).map((n) => String(n).padStart(2, '0'));
const one = (min: number, max: number) => fc.integer({ min, max }).map(String);
const odd = fc.oneof(fc.integer({ min: 0, max: 999_999 }).map(String), fc.constant('99'));
const some = (usual: fc.Arbitrary<string>) =>
  fc.oneof({ weight: 12, arbitrary: usual }, { weight: 1, arbitrary: odd });
const date = fc
  .record({
    order: fc.constantFrom('dmy', 'mdy', 'ymd'),
    day: some(fc.oneof(two(1, 31), one(1, 31))),
    month: some(fc.oneof(two(1, 12), one(1, 12))),
    year: some(fc.oneof(two(0, 99), one(2000, 2600))),
    sep: fc.constantFrom('/', '.', '-', '. ', '\u200f/'),
  })
  .map(({ order, day, month, year, sep }) => {
    const parts =
      order === 'dmy'
        ? [day, month, year]
        : order === 'mdy'
          ? [month, day, year]
          : [year, month, day];
    return parts.join(sep);
  });
const time = fc
  .record({
    hour: some(fc.oneof(two(0, 23), one(0, 23))),
    minute: some(two(0, 59)),
    second: fc.option(some(two(0, 59))),
    sep: fc.constantFrom(':', ':', '.'),
    word: fc.constantFrom(
      '',
      '',
      ' AM',
      ' PM',
      '\u202fPM',
      '\u00a0am',
      ' a. m.',
      ' p.\u00a0m.',
      ' vorm.',
      ' nachm.',
      ' BE',
      ' xm',
    ),
  })
  .map(
    ({ hour, minute, second, sep, word }) =>
      [hour, minute, ...(second === null ? [] : [second])].join(sep) + word,
  );
const header = fc
  .record({
    lead: fc.constantFrom('', '', '', '\u200e', '\ufeff', '\u200f', '\u202a\u200e'),
    bracket: fc.boolean(),
    date,
    time,
    timeFirst: fc.boolean(),
    gap: fc.constantFrom(', ', ', ', ' ', '\u060c ', ',', '\u00a0', ', \u200f'),
    close: fc.oneof(
      { weight: 6, arbitrary: fc.constant('') },
      { weight: 1, arbitrary: fc.constantFrom(' - ', '] ', ']', ' -', ' – ', ']\u200e') },
    ),
    rest: fc.constantFrom('Ana: hi', 'Coach: Mike: ok', '😊: x', '', 'system text'),
  })
  .map((h) => {
    const body = h.timeFirst ? `${h.time}${h.gap}${h.date}` : `${h.date}${h.gap}${h.time}`;
    const close = h.close !== '' ? h.close : h.bracket ? '] ' : ' - ';
    return `${h.lead}${h.bracket ? '[' : ''}${body}${close}${h.rest}`;
  });
const line = fc.oneof(
  header,
  header,
  fc.tuple(header, fc.nat(), fc.string({ maxLength: 2 })).map(([h, at, s]) => {
    const k = at % (h.length + 1);
    return h.slice(0, k) + s + h.slice(k + 1);
  }),
  fc.string({ maxLength: 40 }),
);

describe('parseHeaderBytes', () => {
  it('finds the header parseHeader finds in the decoded line', () => {
    fc.assert(
      fc.property(line, (text) => {
        // Lone surrogates have no UTF-8.
        fc.pre(!/[\ud800-\udfff]/.test(text.replace(/[\ud800-\udbff][\udc00-\udfff]/g, '')));
        const h = newHeaderFields();
        const hb = newHeaderFields();
        const bytes = encoder.encode(`7\n${text}\n7`);
        const found = parseHeader(text, h);
        expect(parseHeaderBytes(bytes, 2, bytes.length - 2, hb)).toBe(found);
        if (!found) return;
        const { bodyStart, ...fields } = h;
        const { bodyStart: byteStart, ...byteFields } = hb;
        expect(byteFields).toEqual(fields);
        expect(new TextDecoder().decode(bytes.subarray(2 + byteStart, bytes.length - 2))).toBe(
          text.slice(bodyStart),
        );
      }),
      { numRuns: 5000 },
    );
  });

  it('is fed with headers, not only with lines that are none', () => {
    const headers = fc.sample(line, 1000).filter((t) => parseHeader(t, newHeaderFields()));
    expect(headers.length).toBeGreaterThan(200);
  });
});
