import { reportContents } from '@recipro/core';
import { describe, expect, it } from 'vitest';
import { act, day, emptySource } from '../../../core/src/report/test-source.ts';
import {
  canDrawScripts,
  canReadPdf,
  pdfText,
  pdfWords,
  type PdfWord,
} from '../../test/support/pdf-text.ts';
import { reportDocument } from './document.ts';
import { DEBIAN_FONTS, fontsAt } from './fonts.ts';
import { reportPdf } from './pdf.ts';

const contents = reportContents(
  emptySource({ kind: 'couple', acts: Array.from({ length: 4 }, (_, i) => act('a', 'b', day(i))) }),
);
/** A4 less its 56-point margins. */
const LEFT = 56;
const RIGHT = 595.28 - 56;

const pdfIn = (locale: 'hi' | 'ar', addition: string) =>
  reportPdf(
    reportDocument(
      { contents, additions: [{ memberId: 'b', text: addition }], agreed: true, now: day(20) },
      locale,
    ),
    null,
    fontsAt(DEBIAN_FONTS),
  );

/**
 * The words drawn on the line where `word` is, left to right (a Latin word sits a little lower
 * or higher than the Arabic or Devanagari around it: their fonts' boxes differ).
 */
const lineOf = (words: PdfWord[], word: string): PdfWord[] => {
  const found = words.find((w) => w.text === word);
  expect(found, word).toBeDefined();
  return words
    .filter((w) => w.page === found?.page && Math.abs(w.yMin - found.yMin) < 6)
    .sort((a, b) => a.xMin - b.xMin);
};
const texts = (line: PdfWord[]) => line.map((w) => w.text);
const end = (line: PdfWord[]) => Math.max(...line.map((w) => w.xMax));

describe('the report’s PDF laid out in the reader’s script', () => {
  it('sets Arabic lines from the right margin, a name and a number inside in their place', async () => {
    if (!canReadPdf('report PDF layout') || !canDrawScripts('report PDF layout')) return;
    const words = pdfWords(await pdfIn('ar', 'شكرًا Sam على 12 يومًا'));
    for (const w of words) expect(w.xMin).toBeGreaterThanOrEqual(LEFT - 0.5);
    for (const w of words) expect(w.xMax).toBeLessThanOrEqual(RIGHT + 0.5);
    // "About Ann and Ben": it ends at the right margin, and the first name read is the rightmost.
    const people = lineOf(words, 'Ann');
    expect(end(people)).toBeCloseTo(RIGHT, 0);
    expect(people.findIndex((w) => w.text.includes('Ben'))).toBeLessThan(
      people.findIndex((w) => w.text === 'Ann'),
    );
    // "Thanks Sam for 12 days": Sam is read first, so drawn right of 12; each reads left to right.
    const addition = lineOf(words, 'Sam');
    expect(end(addition)).toBeCloseTo(RIGHT, 0);
    expect(texts(addition).indexOf('12')).toBeGreaterThanOrEqual(0);
    expect(texts(addition).indexOf('12')).toBeLessThan(texts(addition).indexOf('Sam'));
  });

  it('reads a Hindi line back as written, a Latin name and a number inside', async () => {
    if (!canReadPdf('report PDF layout') || !canDrawScripts('report PDF layout')) return;
    // Drawn with its vowel signs where they show (ि before its consonant), read as written.
    const text = pdfText(await pdfIn('hi', 'धन्यवाद Sam, 12 दिन की हिम्मत'));
    expect(text).toContain('धन्यवाद Sam, 12 दिन की हिम्मत');
  });
});
