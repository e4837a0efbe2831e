import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEBIAN_FONTS } from '../../src/report/fonts.ts';
import { systemToolsFor } from './system-tools.ts';

/** Whether `pdftotext` (Debian's poppler-utils) runs here; in CI it must (see systemToolsFor). */
export const canReadPdf = (test: string): boolean =>
  systemToolsFor(
    test,
    spawnSync('pdftotext', ['-v']).error === undefined ? [] : ['pdftotext (poppler-utils)'],
  );

/**
 * Whether the report's PDF can be written in Hindi and Arabic here: Debian's fonts-noto-core
 * (Noto Sans Devanagari and Arabic, at the paths the server looks in). In CI it must be.
 */
export const canDrawScripts = (test: string): boolean => {
  const { arabic, devanagari } = DEBIAN_FONTS;
  const files = [arabic.regular, arabic.bold, devanagari.regular, devanagari.bold];
  return systemToolsFor(test, files.every((f) => fs.existsSync(f)) ? [] : ['fonts-noto-core']);
};

/** The text of a PDF, as `pdftotext` reads it back (in reading order, UTF-8). */
export const pdfText = (pdf: Buffer): string =>
  withFile(pdf, (file) =>
    execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }),
  );

/**
 * A word `pdftotext -bbox` finds, where it is drawn (points from the page's top left). A line
 * marked with the text it reads as (ActualText, as the report marks left-to-right lines) comes
 * back as one word without a useful box: this is for lines read from their glyphs.
 */
export interface PdfWord {
  readonly page: number;
  readonly text: string;
  readonly xMin: number;
  readonly xMax: number;
  readonly yMin: number;
}

/** The words of a PDF and where they are drawn, as `pdftotext -bbox` reads them. */
export const pdfWords = (pdf: Buffer): PdfWord[] => {
  const html = withFile(pdf, (file) =>
    execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' }),
  );
  return html.split('<page ').flatMap((page, index) =>
    [...page.matchAll(WORD)].map(([, xMin, yMin, xMax, text]) => ({
      page: index,
      text: (text ?? '').replace(/&lt;/gu, '<').replace(/&gt;/gu, '>').replace(/&amp;/gu, '&'),
      xMin: Number(xMin),
      xMax: Number(xMax),
      yMin: Number(yMin),
    })),
  );
};
const WORD = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">(.*?)<\/word>/gu;

/** What `pdfinfo` (poppler-utils too) says of a PDF: "Tagged: yes", its title, its pages. */
export const pdfInfo = (pdf: Buffer): string =>
  withFile(pdf, (file) => execFileSync('pdfinfo', [file], { encoding: 'utf8' }));

function withFile<T>(pdf: Buffer, read: (file: string) => T): T {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'recipro-pdf-'));
  try {
    const file = path.join(dir, 'report.pdf');
    fs.writeFileSync(file, pdf);
    return read(file);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
