import { isolate } from '@recipro/core';
import { describe, expect, it } from 'vitest';
import { firstStrong, visualRuns, withoutControls } from './bidi.ts';

const RLM = '\u200f';
const LRM = '\u200e';
/** The runs as "text>" (left to right) and "<text" (right to left), in drawing order. */
const drawn = (line: string, direction: 'ltr' | 'rtl') =>
  visualRuns(line, direction).map((r) => (r.rtl ? `<${r.text}` : `${r.text}>`));

describe('a line cut into runs by direction, in the order they are drawn', () => {
  it('leaves a line of one direction whole', () => {
    expect(drawn('A report for a counsellor', 'ltr')).toEqual(['A report for a counsellor>']);
    expect(drawn('عن هذا التقرير', 'rtl')).toEqual(['<عن هذا التقرير']);
    expect(drawn('काउंसलर के लिए एक रिपोर्ट', 'ltr')).toEqual(['काउंसलर के लिए एक रिपोर्ट>']);
    expect(drawn('', 'rtl')).toEqual([]);
  });

  it('keeps a Latin name and a number in an Arabic sentence in their place, left to right', () => {
    // Logical: "agreed" Sam "to" 12 "of them"; the eye meets them from the right.
    expect(drawn('وافق Sam على 12 منها', 'rtl')).toEqual([
      '< منها',
      '12>',
      '< على ',
      'Sam>',
      '<وافق ',
    ]);
  });

  it('runs a Latin line in an Arabic report left to right, its punctuation at the start edge', () => {
    expect(drawn('Ben', 'rtl')).toEqual(['Ben>']);
    expect(drawn('لقراءة مختص: Couples Satisfaction Index', 'rtl')).toEqual([
      'Couples Satisfaction Index>',
      '<لقراءة مختص: ',
    ]);
  });

  it('keeps an isolated name whole, spaces and all, and leaves the isolates out', () => {
    const names = `${isolate('Sam Lee', 'rtl')} و${isolate('Alex', 'rtl')}`;
    expect(drawn(`عن ${names}`, 'rtl')).toEqual(['Alex>', '< و', 'Sam Lee>', '<عن ']);
    // An Arabic name in an English line.
    expect(drawn(`Thanks to ${isolate('سامية علي', 'ltr')}, 3 times`, 'ltr')).toEqual([
      'Thanks to >',
      '<سامية علي',
      ', 3 times>',
    ]);
  });

  it('treats a name isolated on its own by the direction it starts with', () => {
    // "12 Rue" starts with a number, then a Latin letter: left to right inside.
    expect(drawn(`من \u2068Flat 12 Rue\u2069 إلى`, 'rtl')).toEqual([
      '< إلى',
      'Flat 12 Rue>',
      '<من ',
    ]);
  });

  it('reads Intl Arabic dates and percents as a reader of Arabic expects', () => {
    // Intl's 'ar' dates put RLM after the day and month: each number its own run.
    expect(drawn(`من 06${RLM}/12${RLM}/2026`, 'rtl')).toEqual([
      '2026>',
      '</',
      '12>',
      '</',
      '06>',
      '<من ',
    ]);
    expect(drawn(`علّم 50${LRM}%${LRM} منها`, 'rtl')).toEqual(['< منها', '50%>', '<علّم ']);
  });

  it('joins a number with its separators, as one run', () => {
    expect(drawn('المعدل 13.5 من 1,000', 'rtl')).toEqual(['1,000>', '< من ', '13.5>', '<المعدل ']);
    // Arabic-Indic digits run left to right as well.
    expect(drawn('سجّلت ١٢ فعلًا', 'rtl')).toEqual(['< فعلًا', '١٢>', '<سجّلت ']);
  });

  it('keeps brackets and the tatweel with the Arabic words around them', () => {
    expect(drawn('شكرًا (2 مرات) — Ben', 'rtl')).toEqual(['Ben>', '< مرات) — ', '2>', '<شكرًا (']);
    expect(drawn('أُعدّ بـ recipro في', 'rtl')).toEqual(['< في', 'recipro>', '<أُعدّ بـ ']);
  });

  it('turns round an Arabic run inside a left-to-right line without moving the rest', () => {
    expect(drawn('Ann: شكرًا جزيلًا, Ben', 'ltr')).toEqual(['Ann: >', '<شكرًا جزيلًا', ', Ben>']);
  });
});

describe('the first strong direction of a text', () => {
  it('is that of its first letter, outside isolates', () => {
    expect(firstStrong('12 Sam')).toBe('ltr');
    expect(firstStrong('12 سام')).toBe('rtl');
    expect(firstStrong(`${isolate('سام', 'ltr')} walks`)).toBe('ltr');
    expect(firstStrong('12 – 3')).toBeNull();
  });
});

describe('a text without its bidi controls', () => {
  it('drops isolates, marks and embeddings, and nothing else', () => {
    expect(withoutControls(`\u2068Ben\u2069 06${RLM}/12 50${LRM}% \u202bما\u202c`)).toBe(
      'Ben 06/12 50% ما',
    );
  });

  it('draws no embedding a person may have typed', () => {
    expect(drawn('\u202aBen\u202c', 'rtl')).toEqual(['Ben>']);
  });
});
