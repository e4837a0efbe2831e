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

/** Lone surrogates have no UTF-8. */
const encodable = (text: string): boolean =>
  !/[\ud800-\udfff]/.test(text.replace(/[\ud800-\udbff][\udc00-\udfff]/g, ''));

/** Checks that parseHeaderBytes of `text` (between other bytes) agrees with parseHeader. */
const expectSameHeader = (text: string): void => {
  const h = newHeaderFields();
  const hb = newHeaderFields();
  const bytes = encoder.encode(`7\n${text}\n7`);
  const found = parseHeader(text, h);
  expect(parseHeaderBytes(bytes, 2, bytes.length - 2, hb), text).toBe(found);
  if (!found) return;
  const { bodyStart, ...fields } = h;
  const { bodyStart: byteStart, ...byteFields } = hb;
  expect(byteFields).toEqual(fields);
  expect(new TextDecoder().decode(bytes.subarray(2 + byteStart, bytes.length - 2))).toBe(
    text.slice(bodyStart),
  );
};

/** `text` with the character at `at` (modulo its length) replaced by `by`, or cut there. */
const edit = (text: string, at: number, by: string | null): string => {
  const k = at % (text.length + 1);
  return by === null ? text.slice(0, k) : text.slice(0, k) + by + text.slice(k + 1);
};

/** What edits put in: mostly other digits, which keep a header's layout, and what breaks it. */
const replacement = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('0', '1', '3', '5', '6', '9') },
  {
    weight: 4,
    arbitrary: fc.constantFrom('12', '', ' ', '  ', '/', '.', ':', ']', '] ', '-', 'a', 'M'),
  },
  { weight: 1, arbitrary: fc.constantFrom('\u202f', '\u200e', '😊', null) },
);

describe('parseHeaderBytes', () => {
  it('finds the header parseHeader finds in the decoded line', () => {
    fc.assert(
      fc.property(line, (text) => {
        fc.pre(encodable(text));
        expectSameHeader(text);
      }),
      { numRuns: 5000 },
    );
  });

  it('finds it in lines read one after another that look alike', () => {
    // The byte path remembers the last header's layout and compares the next line with it.
    fc.assert(
      fc.property(
        line,
        fc.array(fc.array(fc.tuple(fc.nat(), replacement), { minLength: 1, maxLength: 3 }), {
          maxLength: 10,
        }),
        (text, edits) => {
          const lines = [
            text,
            ...edits.map((e) => e.reduce((t, [at, by]) => edit(t, at, by), text)),
          ];
          fc.pre(lines.every(encodable));
          for (const l of lines) expectSameHeader(l);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('reads a space after a closing bracket as the header read before did not', () => {
    for (const lines of [
      ['[3/27/22, 21:41:35]Ana: x', '[3/27/22, 21:41:35] Ana: x', '[3/27/22, 21:41:35]'],
      ['[3/27/22, 21:41:35] Ana: x', '[3/27/22, 21:41:35]Ana: x', '[3/27/22, 21:41:3'],
      ['3/27/22, 21:41 - Ana: x', '3/27/22, 21:41 -', '3/27/22, 21:71 - Ana', '3/27/22, 21:41 - '],
      ['3/27/22, 21:41 - Ana: x', '3/27/22, 21:4a - Ana', '3/27/22, 2141 - Ana', '3/27/22, 21:411'],
      ['123456/1/1, 10:00 - x', '123457/1/1, 10:00 - x', '23.03.22 13:31 - Eva: Ahoj'],
      ['23.03.22 13:31 - Eva: Ahoj', '23.03.22 1:31 - Eva', '23.03.22 13:31:00 - Eva'],
    ]) {
      for (const l of lines) expectSameHeader(l);
    }
  });

  it('is fed with headers, not only with lines that are none', () => {
    const headers = fc.sample(line, 1000).filter((t) => parseHeader(t, newHeaderFields()));
    expect(headers.length).toBeGreaterThan(200);
  });
});
