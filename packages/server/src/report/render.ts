import { pickLocale, type Locale } from '@recipro/core';
import { wordsFor } from '../i18n/index.ts';
import type { SharedReport } from '../services/reports.ts';
import { reportDocument } from './document.ts';
import { notOpenPage, reportPage } from './page.ts';
import { DEBIAN_FONTS, fontsAt, pdfLocale, type ReportFonts } from './fonts.ts';
import { reportPdf } from './pdf.ts';

/** What a report is answered with: a page or a PDF, and its type. */
export interface RenderedReport {
  readonly type: string;
  readonly body: string | Buffer;
  readonly language: Locale;
}

/** Headers on every answer that shows a report: never indexed, never kept by a cache. */
export const REPORT_HEADERS = {
  'x-robots-tag': 'noindex, nofollow, noarchive',
  'cache-control': 'no-store',
} as const;

/**
 * The report as a printable page or a PDF in `locale`. The PDF is in that language when the
 * machine has a font for its script (fonts.ts), else in English with a note saying why.
 * `pdfHref` is where the page links its PDF (null: no PDF to give yet, as for a draft). `fonts`
 * are the system's, at Debian's paths, unless given.
 */
export async function renderReport(
  report: SharedReport & { agreed: boolean },
  options: {
    locale: Locale;
    format: 'page' | 'pdf';
    now: number;
    pdfHref: string | null;
    fonts?: ReportFonts;
  },
): Promise<RenderedReport> {
  const input = {
    contents: report.contents,
    additions: report.additions,
    agreed: report.agreed,
    now: options.now,
  };
  const fonts = options.fonts ?? fontsAt(DEBIAN_FONTS);
  const inPdf = pdfLocale(options.locale, fonts) === options.locale;
  if (options.format === 'pdf') {
    const locale: Locale = inPdf ? options.locale : 'en';
    const note = inPdf ? null : wordsFor('en').t('report.pdfEnglish');
    return {
      type: 'application/pdf',
      body: await reportPdf(reportDocument(input, locale), note, fonts),
      language: locale,
    };
  }
  return {
    type: 'text/html; charset=utf-8',
    body: reportPage(reportDocument(input, options.locale), {
      pdfHref: options.pdfHref,
      pdfNote: inPdf ? null : wordsFor(options.locale).t('report.pdfEnglish'),
    }),
    language: options.locale,
  };
}

/** The language of a reader who is not signed in: their browser's, else English. */
export function readerLocale(acceptLanguage: string | undefined): Locale {
  const wanted = (acceptLanguage ?? '')
    .split(',')
    .map((part) => part.split(';')[0] ?? '')
    .filter((tag) => tag.trim() !== '');
  return pickLocale(wanted);
}

/** The page for a link that does not open, in the reader's language. */
export function notOpen(locale: Locale): string {
  const words = wordsFor(locale);
  return notOpenPage({
    locale: words.locale,
    direction: words.direction,
    title: words.t('report.notOpen.title'),
    text: words.t('report.notOpen.text'),
  });
}
