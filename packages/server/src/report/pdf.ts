import PDFDocument from 'pdfkit';
import { BAND_COLOURS } from './page.ts';
import type { BandsChart, LinesChart, ReportDocument } from './document.ts';
import { SCRIPT_FAMILY, type Family, type ReportFonts } from './fonts.ts';
import { lineWriter, type TextStyle } from './pdf-lines.ts';

const INK = '#2b2724';
const MUTED = '#5c554e';

/**
 * The report as a PDF made on the server, without a browser: selectable text in a tagged
 * structure (headings, paragraphs, lists, figures with their alternative text), charts drawn as
 * vectors, in `fonts` (fonts.ts; the document's language is one they draw, see `pdfLocale`).
 * `note` is a line said first (why the PDF is in English, when it is).
 */
export async function reportPdf(
  doc: ReportDocument,
  note: string | null,
  fonts: ReportFonts,
): Promise<Buffer> {
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
  // The reader's script first, then Latin (names, numbers, "PDF"), then any other script a
  // name may be written in. Without DejaVu, Latin is PDFKit's own Helvetica.
  const own = SCRIPT_FAMILY[doc.locale];
  const families: Family[] = [
    ...(own && fonts[own] ? [own] : []),
    'latin',
    ...(['devanagari', 'arabic'] as const).filter((f) => f !== own && fonts[f]),
  ];
  for (const family of families) {
    pdf.registerFont(family, fonts[family]?.regular ?? 'Helvetica');
    pdf.registerFont(`${family}-bold`, fonts[family]?.bold ?? 'Helvetica-Bold');
  }
  const writer = lineWriter(pdf, families, doc.direction);
  const rtl = doc.direction === 'rtl';

  const width = pdf.page.width - pdf.page.margins.left - pdf.page.margins.right;
  const bottom = () => pdf.page.height - pdf.page.margins.bottom;
  const room = (height: number) => {
    if (pdf.y + height > bottom()) pdf.continueOnNewPage();
  };

  const root = pdf.struct('Document');
  pdf.addStructure(root);
  const styled = (style: { bold?: boolean; size?: number; colour?: string }): TextStyle => ({
    bold: style.bold ?? false,
    size: style.size ?? 10.5,
    colour: style.colour ?? INK,
  });
  /** A gap below a paragraph, in lines of its size. */
  const gapBelow = (lines: number, size: number) => {
    pdf.y += lines * size * 1.17;
  };
  const text = (
    tag: string,
    words: string,
    style: { bold?: boolean; size?: number; colour?: string; gap?: number } = {},
  ) =>
    root.add(
      pdf.struct(tag, {}, () => {
        writer.paragraph(words, styled(style), width);
        gapBelow(style.gap ?? 0.4, style.size ?? 10.5);
      }),
    );

  text('H1', doc.title, { bold: true, size: 20, gap: 0.2 });
  text('P', doc.period, { colour: MUTED, gap: 0.1 });
  text('P', doc.people, { colour: MUTED, gap: 0.5 });
  if (note) text('P', note, { colour: MUTED, size: 9.5 });
  text('P', doc.status, { bold: true, gap: 0.8 });

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
      gapBelow(0.4, 10.5);
    }
    text('H2', section.heading, { bold: true, size: 13.5, gap: 0.3 });
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
              writer.paragraph(`•  ${line}`, styled({}), width);
              gapBelow(0.2, 10.5);
            }),
          ]),
        );
      }
      list.end();
      gapBelow(0.3, 10.5);
    }
    for (const quote of section.quotes) {
      text('P', quote.name, { bold: true, gap: 0.1 });
      text('P', quote.text, { gap: 0.6 });
    }
    gapBelow(0.6, 10.5);
  }
  text('P', doc.footer, { colour: MUTED, size: 9 });
  root.end();
  pdf.end();
  await finished;
  return Buffer.concat(chunks);

  function bands(chart: BandsChart): void {
    const cell = 16;
    const gap = 3;
    // What each colour means: swatches are layout, their words are the text. From the start
    // edge (the right one in Arabic), on as many lines as they need, as on the page.
    const label: TextStyle = { bold: false, size: 9, colour: MUTED };
    const left = pdf.page.margins.left;
    room(20);
    let along = 0;
    let top = pdf.y;
    for (const entry of chart.legend) {
      const item = 11 + writer.width(entry.label, label);
      if (along > 0 && along + item > width) {
        along = 0;
        top += 14;
      }
      const swatch = rtl ? left + width - along - 8 : left + along;
      pdf.markContent('Artifact', { type: 'Layout' });
      pdf.roundedRect(swatch, top + 1.5, 8, 8, 2).fill(BAND_COLOURS[entry.band]);
      pdf.endMarkedContent();
      root.add(
        pdf.struct('Span', {}, () => {
          writer.line(entry.label, label, rtl ? swatch - 3 : swatch + 11, top);
        }),
      );
      along += item + 14;
    }
    pdf.x = left;
    pdf.y = top + 16;
    for (const row of chart.rows) {
      room(cell + 30);
      text('P', row.label, { bold: true, size: 10, gap: 0.2 });
      const alt = row.cells.map((c) => c.label).join('; ');
      root.add(
        pdf.struct('Figure', { alt }, () => {
          const top = pdf.y;
          // Time runs the way the reader reads, from the start edge: from the right in Arabic.
          const at = (i: number) =>
            rtl ? left + width - (i + 1) * (cell + gap) + gap : left + i * (cell + gap);
          row.cells.forEach((c, i) => {
            pdf.roundedRect(at(i), top, cell, cell, 3).fill(BAND_COLOURS[c.band]);
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
      text('P', s.label, { bold: true, size: 10, gap: 0.2 });
      const alt = `${s.points.map((p) => p.label).join('; ')}. ${s.cutOffLabel}`;
      root.add(
        pdf.struct('Figure', { alt }, () => {
          const left = pdf.page.margins.left + (rtl ? width - w : 0);
          const top = pdf.y;
          const span = Math.max(1, s.max - s.min);
          const y = (v: number) => top + 6 + (h - 12) * (1 - (v - s.min) / span);
          const n = s.points.length;
          const along = (i: number) => (n === 1 ? w / 2 : 6 + ((w - 12) * i) / (n - 1));
          // Earliest at the start edge: the right one in Arabic.
          const x = (i: number) => left + (rtl ? w - along(i) : along(i));
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
