import { reportContents } from '@recipro/core';
import { describe, expect, it } from 'vitest';
import { act, day, emptySource } from '../../../core/src/report/test-source.ts';
import { wordsFor } from '../i18n/index.ts';
import { renderReport } from './render.ts';

const report = {
  contents: reportContents(
    emptySource({
      kind: 'couple',
      acts: Array.from({ length: 4 }, (_, i) => act('a', 'b', day(i))),
    }),
  ),
  additions: [{ memberId: 'b', text: 'كلمات Ben' }],
  agreed: true,
};
const pair = { regular: '/no/such/Regular.ttf', bold: '/no/such/Bold.ttf' };

describe('a report rendered for a reader whose script the machine has no font for', () => {
  it('is a PDF in English, saying why, and a page in their language saying so too', async () => {
    const options = { locale: 'ar' as const, now: day(20), pdfHref: '/r/x?format=pdf' };
    // Nor DejaVu: PDFKit's Helvetica draws the English (a name in Arabic, as best it can).
    const pdf = await renderReport(report, { ...options, format: 'pdf', fonts: {} });
    expect(pdf.language).toBe('en');
    expect(pdf.type).toBe('application/pdf');
    expect(Buffer.from(pdf.body).subarray(0, 5).toString()).toBe('%PDF-');
    const page = await renderReport(report, { ...options, format: 'page', fonts: {} });
    expect(page.language).toBe('ar');
    expect(String(page.body)).toContain(wordsFor('ar').t('report.pdfEnglish'));
  });

  it('says nothing of English on the page when the machine has the font', async () => {
    const page = await renderReport(report, {
      locale: 'hi',
      now: day(20),
      pdfHref: '/r/x?format=pdf',
      format: 'page',
      fonts: { devanagari: pair },
    });
    expect(String(page.body)).not.toContain(wordsFor('hi').t('report.pdfEnglish'));
  });
});

describe('charts read the way the reader reads', () => {
  /** The x of each band cell on the page, in the order of time. */
  const cellsAt = async (locale: 'en' | 'ar') => {
    const busy = {
      ...report,
      contents: reportContents(
        emptySource({
          kind: 'couple',
          acts: Array.from({ length: 24 }, (_, i) =>
            act(i % 2 ? 'a' : 'b', i % 2 ? 'b' : 'a', day(i)),
          ),
        }),
      ),
    };
    const page = await renderReport(busy, {
      locale,
      now: day(40),
      pdfHref: null,
      format: 'page',
      fonts: {},
    });
    return [
      ...String(page.body).matchAll(/<rect x="([\d.]+)" y="0" width="\d+" height="\d+" rx="4"/g),
    ].map((m) => Number(m[1]));
  };

  it('puts the earliest days at the start edge: the left in English, the right in Arabic', async () => {
    const en = await cellsAt('en');
    const ar = await cellsAt('ar');
    expect(en.length).toBeGreaterThan(1);
    expect(ar).toHaveLength(en.length);
    expect(en).toEqual([...en].sort((x, y) => x - y));
    expect(ar).toEqual([...ar].sort((x, y) => y - x));
  });
});
