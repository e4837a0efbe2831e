// A fast-check arbitrary for WhatsApp text exports in the variants the parser reads: Android
// and iOS headers, day/month/year orders, 12 and 24 hour clocks with their spellings, marks
// and odd spaces, multi-line bodies (some lines looking like headers), authors with ": " or
// emoji, system lines, placeholders in several languages, phrases, questions next to URLs,
// and bytes that are not UTF-8.
import fc from 'fast-check';

const pad = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** How one export writes its headers. */
interface Style {
  readonly order: 'dmy' | 'mdy' | 'ymd';
  readonly bracket: boolean;
  readonly timeFirst: boolean;
  readonly dateSep: string;
  readonly timeSep: string;
  readonly gap: string;
  readonly seconds: boolean;
  readonly fourDigitYear: boolean;
  /** Empty for a 24-hour clock, else the AM and PM words with the space before them. */
  readonly clock: readonly [string, string] | null;
  readonly buddhist: boolean;
  /** Written before some headers: LRM on iOS, RLM in Arabic exports. */
  readonly mark: string;
}

const style: fc.Arbitrary<Style> = fc.record({
  order: fc.constantFrom('dmy', 'mdy', 'ymd'),
  bracket: fc.boolean(),
  timeFirst: fc.boolean(),
  dateSep: fc.constantFrom('/', '.', '-'),
  timeSep: fc.constantFrom(':', ':', '.'),
  gap: fc.constantFrom(', ', ' ', '\u060c '),
  seconds: fc.boolean(),
  fourDigitYear: fc.boolean(),
  clock: fc.option(
    fc.constantFrom<[string, string]>(
      [' AM', ' PM'],
      ['\u202fAM', '\u202fPM'],
      ['\u00a0am', '\u00a0pm'],
      [' a. m.', ' p. m.'],
      ['\u00a0a.\u00a0m.', '\u00a0p.\u00a0m.'],
      [' vorm.', ' nachm.'],
    ),
  ),
  buddhist: fc.constantFrom(false, false, false, true),
  mark: fc.constantFrom('', '', '\u200e', '\u200f'),
});

const authors = [
  'Asha Rao',
  "Tom O'Neill",
  'Priya 🌸',
  'Coach: Mike',
  '\u200eAna',
  'Zoë',
  '+49 170 1234567',
  'Dev',
];

const textPieces = [
  'hi',
  'the',
  'dinner',
  'Sorry',
  'sorry!',
  'thanks',
  'THANK you',
  'my bad',
  'Désolé',
  'perdón',
  '¡Gracias!',
  '"thx"',
  'vielen Dank',
  'agradeço',
  'ok?',
  'why？',
  'لماذا؟',
  'see https://example.org/a?b=1',
  'www.example.org?',
  'WWW.x.y',
  '😊',
  '\u00a0',
  '\u2009',
  '  ',
  '\t',
  'Jose\u0301',
  ':',
  ': ',
];

const placeholders = [
  '<Media omitted>',
  '<Médias omis>',
  'null',
  'This message was deleted',
  '\u200eYou deleted this message.',
  'Diese Nachricht wurde gelöscht.',
  '\u200eimage omitted',
  '\u200eBild weggelassen',
  'IMG-20220323-WA0002.jpg (file attached)',
  'Some file.txt \u200eđã bỏ qua tài liệu',
  '\u200fلم يتم إدراج الصورة',
];

const systemLines = [
  'Messages and calls are end-to-end encrypted. No one outside of this chat can read them.',
  'Asha Rao added Dev',
  'Dev left',
  '\u200eYour security code with Dev changed.',
];

/** Bytes that are not UTF-8, written into some bodies. */
const brokenBytes = ['\udc80', '\ud800'];

/** One message: how far after the previous one, who, what. */
const message = fc.record({
  minutes: fc.oneof(
    { weight: 8, arbitrary: fc.integer({ min: 0, max: 5 }) },
    { weight: 1, arbitrary: fc.integer({ min: 0, max: 3000 }) },
    { weight: 1, arbitrary: fc.integer({ min: -30, max: 0 }) },
  ),
  author: fc.constantFrom(...authors),
  kind: fc.constantFrom('text', 'text', 'text', 'text', 'placeholder', 'system', 'notice', 'bare'),
  bare: fc.constantFrom(':', 'Ana:', ': x', 'Ana: ', 'Coach: Mike:', '', '\u200e: \u200e'),
  words: fc.array(fc.constantFrom(...textPieces), { minLength: 0, maxLength: 8 }),
  placeholder: fc.constantFrom(...placeholders),
  system: fc.constantFrom(...systemLines),
  more: fc.array(
    fc.oneof(
      fc.array(fc.constantFrom(...textPieces), { maxLength: 5 }).map((w) => w.join(' ')),
      fc.constantFrom('', '13/13/2024, 10:00 - X: pasted', '[1.2.2019, 00:00:00] John: quoted'),
    ),
    { maxLength: 2 },
  ),
  broken: fc.option(fc.constantFrom(...brokenBytes), { freq: 4 }),
  marked: fc.boolean(),
});

/** The header of a message at `minutes` since 2019-01-01 in `s`. */
function header(s: Style, minutes: number): string {
  const days = Math.floor(minutes / 1440);
  const t = ((minutes % 1440) + 1440) % 1440;
  // A simple calendar is enough: months of 28 days keep every date valid.
  const year = 2019 + Math.floor(days / 336);
  const month = 1 + (Math.floor(days / 28) % 12);
  const day = 1 + (days % 28);
  const y = s.buddhist ? year + 543 : year;
  const yearText = s.fourDigitYear || s.order === 'ymd' ? String(y) : pad(y % 100);
  const parts =
    s.order === 'dmy'
      ? [pad(day), pad(month), yearText]
      : s.order === 'mdy'
        ? [String(month), String(day), yearText]
        : [yearText, pad(month), pad(day)];
  const date = parts.join(s.dateSep) + (s.buddhist ? ' BE' : '');
  let hour = Math.floor(t / 60);
  let word = '';
  if (s.clock !== null) {
    word = hour < 12 ? s.clock[0] : s.clock[1];
    hour = hour % 12 === 0 ? 12 : hour % 12;
  }
  const time =
    [hour, t % 60, ...(s.seconds ? [(minutes * 7) % 60] : [])]
      .map((n, k) => (k === 0 && s.clock !== null ? String(n) : pad(n)))
      .join(s.timeSep) + word;
  const inside = s.timeFirst ? `${time}${s.gap}${date}` : `${date}${s.gap}${time}`;
  return s.bracket ? `[${inside}] ` : `${inside} - `;
}

/** Options for {@link whatsappExport}. */
export interface ExportShape {
  readonly minMessages: number;
  readonly maxMessages: number;
  /**
   * Write bytes that are not UTF-8 into some bodies once the export is this many characters
   * long (a file whose first 64 KB are not UTF-8 is refused as binary). Default: never.
   */
  readonly brokenAfter?: number;
}

/** A whole export as bytes. */
export function whatsappExport({
  minMessages,
  maxMessages,
  brokenAfter = Infinity,
}: ExportShape): fc.Arbitrary<Uint8Array> {
  return fc
    .record({
      style,
      start: fc.integer({ min: 0, max: 400_000 }),
      crlf: fc.boolean(),
      bom: fc.boolean(),
      title: fc.boolean(),
      messages: fc.array(message, { minLength: minMessages, maxLength: maxMessages }),
    })
    .map(({ style: s, start, crlf, bom, title, messages }) => {
      const lines: string[] = [];
      if (title) lines.push('WhatsApp Chat with Asha Rao');
      let minutes = start;
      let length = 0;
      for (const m of messages) {
        const broken = length >= brokenAfter ? (m.broken ?? '') : '';
        minutes = Math.max(0, minutes + m.minutes);
        const head = (m.marked ? s.mark : '') + header(s, minutes);
        if (m.kind === 'system') lines.push(head + m.system);
        else if (m.kind === 'bare') lines.push(head + m.bare);
        else if (m.kind === 'notice') lines.push(`${head}Family: ${m.system}`);
        else if (m.kind === 'placeholder') lines.push(`${head}${m.author}: ${m.placeholder}`);
        else lines.push(`${head}${m.author}: ${m.words.join(' ')}${broken}`);
        lines.push(...m.more);
        for (let k = lines.length - 1 - m.more.length; k < lines.length; k++) {
          length += lines[k]!.length + 1;
        }
      }
      const text = (bom ? '\ufeff' : '') + lines.join(crlf ? '\r\n' : '\n') + '\n';
      return encodeLoosely(text);
    });
}

const encoder = new TextEncoder();

/** UTF-8, except that a lone surrogate becomes the three bytes that would encode it (not UTF-8). */
function encodeLoosely(text: string): Uint8Array {
  const parts: Uint8Array[] = [];
  let from = 0;
  for (const m of text.matchAll(
    /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
  )) {
    parts.push(encoder.encode(text.slice(from, m.index)));
    const c = m[0].charCodeAt(0);
    parts.push(Uint8Array.of(0xed, 0xa0 | ((c >> 6) & 0x1f), 0x80 | (c & 0x3f)));
    from = m.index + 1;
  }
  parts.push(encoder.encode(text.slice(from)));
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
