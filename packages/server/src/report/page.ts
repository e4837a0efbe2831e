import type { BandsChart, LinesChart, ReportDocument } from './document.ts';

const escape = (text: string) => text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

/** The colour of each band: calm, never an alarm (the same in the PDF). */
export const BAND_COLOURS = {
  in_rhythm: '#5f9e8f',
  leaning: '#d9a441',
  one_sided: '#b9775f',
  thin: '#c9c4bb',
} as const;

const STYLE = `
:root { color-scheme: light; }
body { font-family: system-ui, "Segoe UI", "Noto Sans", sans-serif; color: #2b2724; background: #fbf8f3;
  max-width: 46rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; line-height: 1.55; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: 1.15rem; margin: 2rem 0 .4rem; padding-block-start: .6rem; border-block-start: 1px solid #e4ddd2; }
.meta { margin: 0; color: #5c554e; }
.status { margin: 1rem 0; padding: .6rem .8rem; border-radius: .5rem; background: #eef4f1; }
.status.draft { background: #fbf0dc; }
.caption { color: #5c554e; margin: 0 0 .6rem; }
.professional { border: 1px solid #b9b0a3; border-radius: .5rem; padding: 0 1rem .8rem; }
.professional h2 { border: 0; }
ul { padding-inline-start: 1.2rem; margin: .4rem 0; }
li { margin: .2rem 0; }
figure { margin: .6rem 0; }
svg { max-width: 100%; height: auto; }
blockquote { margin: .6rem 0; padding: .4rem .8rem; border-inline-start: 3px solid #cfc6b8; white-space: pre-wrap; }
.who { font-weight: 600; margin: .8rem 0 0; }
.legend { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .2rem 1rem; color: #5c554e; font-size: .9rem; }
.legend svg { vertical-align: -1px; }
.actions { margin: 1rem 0; }
.actions a { color: #2f6f62; }
footer { margin-top: 2.5rem; color: #5c554e; font-size: .9rem; }
@media print {
  body { background: #fff; max-width: none; padding: 0; font-size: 11pt; }
  .actions { display: none; }
  h2 { break-after: avoid; }
  section, figure, blockquote { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
}
@page { margin: 18mm 16mm; }
`;

/**
 * The report as a printable page of the server's own: in the reader's language and direction,
 * `noindex`, with a print style sheet; charts are inline SVG with their words beside them.
 * `pdfHref` links the PDF when there is one to give (with a note when it comes in English).
 */
export function reportPage(
  doc: ReportDocument,
  options: { pdfHref: string | null; pdfNote: string | null },
): string {
  // Time runs the way the reader reads: from the right in Arabic, as the app's own charts do.
  const rtl = doc.direction === 'rtl';
  const sections = doc.sections
    .map((s) => {
      const inner =
        `<h2>${escape(s.heading)}</h2>` +
        (s.caption ? `<p class="caption">${escape(s.caption)}</p>` : '') +
        (s.chart?.kind === 'bands' ? bands(s.chart, rtl) : '') +
        (s.chart?.kind === 'lines' ? lines(s.chart, rtl) : '') +
        (s.lines.length === 1 ? `<p>${escape(s.lines[0] ?? '')}</p>` : '') +
        (s.lines.length > 1
          ? `<ul>${s.lines.map((l) => `<li>${escape(l)}</li>`).join('')}</ul>`
          : '') +
        s.quotes
          .map(
            (q) =>
              `<p class="who" dir="auto">${escape(q.name)}</p><blockquote dir="auto">${escape(q.text)}</blockquote>`,
          )
          .join('');
      return `<section id="${s.id}"${s.professional ? ' class="professional"' : ''}>${inner}</section>`;
    })
    .join('');
  const pdf =
    options.pdfHref === null
      ? ''
      : `<p class="actions"><a href="${escape(options.pdfHref)}">PDF</a>${
          options.pdfNote ? ` · ${escape(options.pdfNote)}` : ''
        }</p>`;
  return (
    `<!doctype html><html lang="${doc.locale}" dir="${doc.direction}"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<meta name="robots" content="noindex, nofollow"><meta name="referrer" content="no-referrer">` +
    `<title>${escape(doc.title)}</title><style>${STYLE}</style></head><body>` +
    `<header><h1>${escape(doc.title)}</h1><p class="meta">${escape(doc.period)}</p>` +
    `<p class="meta">${escape(doc.people)}</p>` +
    `<p class="status${doc.agreed ? '' : ' draft'}">${escape(doc.status)}</p>${pdf}</header>` +
    `<main>${sections}</main><footer>${escape(doc.footer)}</footer></body></html>`
  );
}

/** Each pair's bands over the period: a row of blocks, each with its words as a title. */
function bands(chart: BandsChart, rtl: boolean): string {
  const cell = 28;
  const gap = 4;
  const steps = Math.max(...chart.rows.map((r) => r.cells.length), 1);
  const width = steps * (cell + gap);
  const legend = `<ul class="legend">${chart.legend
    .map(
      (l) =>
        `<li><svg aria-hidden="true" width="12" height="12"><rect width="12" height="12" rx="2" fill="${BAND_COLOURS[l.band]}"/></svg> ${escape(l.label)}</li>`,
    )
    .join('')}</ul>`;
  return (
    legend +
    chart.rows
      .map((row) => {
        const blocks = row.cells
          .map(
            (c, i) =>
              `<rect x="${rtl ? width - (i + 1) * (cell + gap) + gap : i * (cell + gap)}" y="0" width="${cell}" height="${cell}" rx="4" fill="${BAND_COLOURS[c.band]}"><title>${escape(c.label)}</title></rect>`,
          )
          .join('');
        const summary = row.cells.map((c) => c.label).join('; ');
        return (
          `<figure><figcaption>${escape(row.label)}</figcaption>` +
          `<svg role="img" aria-label="${escape(summary)}" viewBox="0 0 ${width} ${cell}" width="${width}" height="${cell}">${blocks}</svg></figure>`
        );
      })
      .join('')
  );
}

/** One person's totals over time, with the published cut-off as a dashed line. */
function lines(chart: LinesChart, rtl: boolean): string {
  const w = 320;
  const h = 120;
  const pad = 8;
  return chart.series
    .map((s) => {
      const span = Math.max(1, s.max - s.min);
      const y = (v: number) => pad + (h - 2 * pad) * (1 - (v - s.min) / span);
      const n = s.points.length;
      const along = (i: number) => (n === 1 ? w / 2 : pad + ((w - 2 * pad) * i) / (n - 1));
      const x = (i: number) => (rtl ? w - along(i) : along(i));
      const path = s.points.map((p, i) => `${x(i).toFixed(1)},${y(p.total).toFixed(1)}`).join(' ');
      const dots = s.points
        .map(
          (p, i) =>
            `<circle cx="${x(i).toFixed(1)}" cy="${y(p.total).toFixed(1)}" r="3.5" fill="#2f6f62"><title>${escape(p.label)}</title></circle>`,
        )
        .join('');
      const cut = y(s.cutOff).toFixed(1);
      const summary = `${s.label}: ${s.points.map((p) => p.label).join('; ')}. ${s.cutOffLabel}`;
      return (
        `<figure><figcaption>${escape(s.label)}</figcaption>` +
        `<svg role="img" aria-label="${escape(summary)}" viewBox="0 0 ${w} ${h}" width="${w}" height="${h}">` +
        `<rect x="0" y="0" width="${w}" height="${h}" fill="#fff" stroke="#e4ddd2"/>` +
        `<line x1="0" x2="${w}" y1="${cut}" y2="${cut}" stroke="#8a8177" stroke-dasharray="4 4"><title>${escape(s.cutOffLabel)}</title></line>` +
        `<polyline points="${path}" fill="none" stroke="#2f6f62" stroke-width="2"/>${dots}</svg></figure>`
      );
    })
    .join('');
}

/** A small page for a link that does not open, in the reader's language, `noindex`. */
export function notOpenPage(words: {
  locale: string;
  direction: string;
  title: string;
  text: string;
}): string {
  return (
    `<!doctype html><html lang="${words.locale}" dir="${words.direction}"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex, nofollow">` +
    `<title>${escape(words.title)}</title><style>${STYLE}</style></head><body>` +
    `<h1>${escape(words.title)}</h1><p>${escape(words.text)}</p></body></html>`
  );
}
