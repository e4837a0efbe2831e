import fs from 'node:fs';
import PDFDocument from 'pdfkit';
import { BAND_COLOURS } from './page.ts';
import type { BandsChart, LinesChart, ReportDocument } from './document.ts';

/**
 * A font with Latin, Greek, Cyrillic and Arabic letters, when the system has it (Debian's
 * fonts-dejavu-core, which .ci/run installs); else the PDF's own Helvetica (Latin only). Neither
 * has Devanagari, and PDFKit does not reorder right-to-left text, so a report for a Hindi or
 * Arabic reader is made in English with a one-line note (see `pdfLocale`).
 */
const FONT_DIR = '/usr/share/fonts/truetype/dejavu';
const FONTS = {
  regular: `${FONT_DIR}/DejaVuSans.ttf`,
  bold: `${FONT_DIR}/DejaVuSans-Bold.ttf`,
};

/** The languages the PDF can be written in: those whose script its fonts draw left to right. */
export const PDF_LOCALES = ['en', 'es'] as const;

const INK = '#2b2724';
const MUTED = '#5c554e';

/**
 * The report as a PDF made on the server, without a browser: selectable text in a tagged
 * structure (headings, paragraphs, lists, figures with their alternative text), charts drawn as
 * vectors. `note` is a line said first (why the PDF is in English, when it is).
 */
export async function reportPdf(doc: ReportDocument, note: string | null): Promise<Buffer> {
  const pdf = new PDFDocument({
    size: 'A4',
    margin: 56,
    tagged: true,
    lang: doc.locale,
    displayTitle: true,
    pdfVersion: '1.7',
    info: { Title: doc.title, Creator: 'recipro', Subject: doc.period },
  });
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    pdf.on('end', () => resolve());
    pdf.on('error', reject);
  });
  const hasFonts = fs.existsSync(FONTS.regular) && fs.existsSync(FONTS.bold);
  pdf.registerFont('body', hasFonts ? FONTS.regular : 'Helvetica');
  pdf.registerFont('bold', hasFonts ? FONTS.bold : 'Helvetica-Bold');

  const width = pdf.page.width - pdf.page.margins.left - pdf.page.margins.right;
  const bottom = () => pdf.page.height - pdf.page.margins.bottom;
  const room = (height: number) => {
    if (pdf.y + height > bottom()) pdf.addPage();
  };

  const root = pdf.struct('Document');
  pdf.addStructure(root);
  const text = (
    tag: string,
    words: string,
    style: { font?: string; size?: number; colour?: string; gap?: number } = {},
  ) =>
    root.add(
      pdf.struct(tag, {}, () => {
        pdf
          .font(style.font ?? 'body')
          .fontSize(style.size ?? 10.5)
          .fillColor(style.colour ?? INK)
          .text(words, { width });
        pdf.moveDown(style.gap ?? 0.4);
      }),
    );

  text('H1', doc.title, { font: 'bold', size: 20, gap: 0.2 });
  text('P', doc.period, { colour: MUTED, gap: 0.1 });
  text('P', doc.people, { colour: MUTED, gap: 0.5 });
  if (note) text('P', note, { colour: MUTED, size: 9.5 });
  text('P', doc.status, { font: 'bold', gap: 0.8 });

  for (const section of doc.sections) {
    // A heading stays with the start of what it heads (a chart needs more room).
    room(section.chart ? 200 : 60);
    if (section.professional) {
      // A rule above the part for a professional reader: layout, not content.
      pdf.markContent('Artifact', { type: 'Layout' });
      pdf
        .moveTo(pdf.page.margins.left, pdf.y)
        .lineTo(pdf.page.margins.left + width, pdf.y)
        .lineWidth(1.5)
        .strokeColor('#8a8177')
        .stroke();
      pdf.endMarkedContent();
      pdf.moveDown(0.4);
    }
    text('H2', section.heading, { font: 'bold', size: 13.5, gap: 0.3 });
    if (section.caption) text('P', section.caption, { colour: MUTED, size: 9.5 });
    if (section.chart?.kind === 'bands') bands(section.chart);
    if (section.chart?.kind === 'lines') lines(section.chart);
    if (section.lines.length === 1) text('P', section.lines[0] ?? '');
    if (section.lines.length > 1) {
      const list = pdf.struct('L');
      root.add(list);
      for (const line of section.lines) {
        list.add(
          pdf.struct('LI', {}, [
            pdf.struct('LBody', {}, () => {
              room(14);
              pdf.font('body').fontSize(10.5).fillColor(INK).text(`•  ${line}`, { width });
              pdf.moveDown(0.2);
            }),
          ]),
        );
      }
      list.end();
      pdf.moveDown(0.3);
    }
    for (const quote of section.quotes) {
      text('P', quote.name, { font: 'bold', gap: 0.1 });
      text('P', quote.text, { gap: 0.6 });
    }
    pdf.moveDown(0.6);
  }
  text('P', doc.footer, { colour: MUTED, size: 9 });
  root.end();
  pdf.end();
  await finished;
  return Buffer.concat(chunks);

  function bands(chart: BandsChart): void {
    const cell = 16;
    const gap = 3;
    // What each colour means: swatches are layout, their words are the text.
    room(20);
    let x = pdf.page.margins.left;
    const top = pdf.y;
    pdf.font('body').fontSize(9).fillColor(MUTED);
    for (const entry of chart.legend) {
      pdf.markContent('Artifact', { type: 'Layout' });
      pdf.roundedRect(x, top + 1, 8, 8, 2).fill(BAND_COLOURS[entry.band]);
      pdf.endMarkedContent();
      root.add(
        pdf.struct('Span', {}, () => {
          pdf.fillColor(MUTED).text(entry.label, x + 11, top, { lineBreak: false });
        }),
      );
      x += 11 + pdf.widthOfString(entry.label) + 14;
    }
    pdf.x = pdf.page.margins.left;
    pdf.y = top + 16;
    for (const row of chart.rows) {
      room(cell + 30);
      text('P', row.label, { font: 'bold', size: 10, gap: 0.2 });
      const alt = row.cells.map((c) => c.label).join('; ');
      root.add(
        pdf.struct('Figure', { alt }, () => {
          const top = pdf.y;
          row.cells.forEach((c, i) => {
            pdf
              .roundedRect(pdf.page.margins.left + i * (cell + gap), top, cell, cell, 3)
              .fill(BAND_COLOURS[c.band]);
          });
          pdf.y = top + cell + 8;
        }),
      );
    }
  }

  function lines(chart: LinesChart): void {
    const h = 90;
    const w = Math.min(width, 300);
    for (const s of chart.series) {
      room(h + 40);
      text('P', s.label, { font: 'bold', size: 10, gap: 0.2 });
      const alt = `${s.points.map((p) => p.label).join('; ')}. ${s.cutOffLabel}`;
      root.add(
        pdf.struct('Figure', { alt }, () => {
          const left = pdf.page.margins.left;
          const top = pdf.y;
          const span = Math.max(1, s.max - s.min);
          const y = (v: number) => top + 6 + (h - 12) * (1 - (v - s.min) / span);
          const n = s.points.length;
          const x = (i: number) => left + (n === 1 ? w / 2 : 6 + ((w - 12) * i) / (n - 1));
          pdf.rect(left, top, w, h).lineWidth(0.5).strokeColor('#d8d0c4').stroke();
          pdf
            .moveTo(left, y(s.cutOff))
            .lineTo(left + w, y(s.cutOff))
            .dash(3, { space: 3 })
            .strokeColor('#8a8177')
            .stroke()
            .undash();
          s.points.forEach((p, i) => {
            if (i === 0) pdf.moveTo(x(i), y(p.total));
            else pdf.lineTo(x(i), y(p.total));
          });
          if (n > 1) pdf.lineWidth(1.5).strokeColor('#2f6f62').stroke();
          s.points.forEach((p, i) => pdf.circle(x(i), y(p.total), 2.5).fill('#2f6f62'));
          pdf.y = top + h + 6;
        }),
      );
      text('P', s.cutOffLabel, { colour: MUTED, size: 9, gap: 0.6 });
    }
  }
}
