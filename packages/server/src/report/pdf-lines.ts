import { visualRuns, withoutControls, type DirectionalRun } from './bidi.ts';
import type { Family } from './fonts.ts';

/**
 * Paragraphs for the report's PDF, laid out here rather than by PDFKit: PDFKit wraps and draws
 * a line left to right in one font, which is right for English but not for an Arabic line (it
 * runs right to left, with names and numbers inside running left to right) nor for a line that
 * needs two fonts (a Latin name in a Devanagari sentence). So each paragraph is wrapped at
 * spaces by measured width, each line is cut into runs by direction (bidi.ts) and by the font
 * that has its letters, and the pieces are drawn in visual order from the line's start edge,
 * on one baseline.
 */
export interface TextStyle {
  readonly bold: boolean;
  readonly size: number;
  readonly colour: string;
}

/** A font as PDFKit loaded it: fontkit's font for TrueType, AFM metrics for Helvetica. */
interface LoadedFont {
  readonly ascender: number;
  readonly descender: number;
  readonly font?: { hasGlyphForCodePoint?: (codePoint: number) => boolean };
}

/** What PDFKit's Helvetica draws: Windows-1252, Latin-1 and a few marks of punctuation. */
const WINDOWS_1252 =
  /[\u0020-\u007e\u00a0-\u00ff\u2013\u2014\u2018\u2019\u201c\u201d\u2022\u2026\u20ac]/u;

interface Piece {
  readonly font: string;
  readonly text: string;
}

const MIRRORED: Readonly<Record<string, string>> = {
  '(': ')',
  ')': '(',
  '[': ']',
  ']': '[',
  '{': '}',
  '}': '{',
  '<': '>',
  '>': '<',
  '«': '»',
  '»': '«',
  '‹': '›',
  '›': '‹',
};

/** Letters fontkit lays out right to left (it turns a run round when its first script is one). */
const RIGHT_TO_LEFT_SCRIPT =
  /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Samaritan}\p{Script=Mandaic}]/u;
const SCRIPTED = /[^\p{Script=Common}\p{Script=Inherited}\p{Script=Unknown}]/u;
const FAMILY_SCRIPT: Readonly<Record<Family, RegExp>> = {
  latin: /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}]/u,
  devanagari: /[\p{Script=Devanagari}\u0964\u0965]/u,
  arabic: /\p{Script=Arabic}/u,
};
/**
 * Features given (none beyond the script's own) make PDFKit lay a piece out whole: without, it
 * lays each word out alone, and fontkit would turn each Arabic word round on its own.
 */
const SHAPED = { features: [] };

const GRAPHEMES = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Marks and joiners: drawn in the font of the letter they belong to. */
const CLINGS = /^(?:\p{M}|\u200c|\u200d|\p{Variation_Selector})$/u;

const fontkitTurnsRound = (text: string): boolean => {
  const first = [...text].find((c) => SCRIPTED.test(c));
  return first !== undefined && RIGHT_TO_LEFT_SCRIPT.test(first);
};

/** `text` in the other order, brackets mirrored: for a run drawn right to left by hand. */
const turnedRound = (text: string): string =>
  [...text]
    .reverse()
    .map((c) => MIRRORED[c] ?? c)
    .join('');

export interface LineWriter {
  /** Writes `text` from the current position over `width`, wrapping; moves `pdf.y` below it. */
  paragraph(text: string, style: TextStyle, width: number): void;
  /** Draws `text` on one line from `x`, its start edge (the right one for Arabic), its top at `y`. */
  line(text: string, style: TextStyle, x: number, y: number): void;
  /** How wide `text` is on one line. */
  width(text: string, style: TextStyle): number;
}

/**
 * A writer for `pdf` in `direction`, with `families` registered under their names (`latin`,
 * `latin-bold`, …) in the order they are tried for a letter that several have (the reader's
 * script first).
 */
export function lineWriter(
  pdf: PDFKit.PDFDocument,
  families: readonly Family[],
  direction: 'ltr' | 'rtl',
): LineWriter {
  const coverage = new Map<string, Map<number, boolean>>();
  const loaded = (font: string): LoadedFont => {
    pdf.font(font);
    return (pdf as unknown as { _font: LoadedFont })._font;
  };
  const covers = (font: string, char: string): boolean => {
    const codePoint = char.codePointAt(0) ?? 0;
    let known = coverage.get(font);
    if (!known) coverage.set(font, (known = new Map()));
    let has = known.get(codePoint);
    if (has === undefined) {
      const glyphs = loaded(font).font;
      has =
        typeof glyphs?.hasGlyphForCodePoint === 'function'
          ? glyphs.hasGlyphForCodePoint(codePoint)
          : WINDOWS_1252.test(char);
      known.set(codePoint, has);
    }
    return has;
  };
  const named = (family: Family, bold: boolean) => (bold ? `${family}-bold` : family);

  /** `text` cut where the font that draws it changes, in logical order. */
  function pieces(text: string, bold: boolean): Piece[] {
    const fonts = families.map((f) => named(f, bold));
    const first = fonts[0] ?? 'latin';
    const out: { font: string; text: string }[] = [];
    for (const char of text) {
      const last = out[out.length - 1];
      let font: string | undefined;
      if (last && CLINGS.test(char)) font = last.font;
      if (!font) {
        const own = families.find((f) => FAMILY_SCRIPT[f].test(char));
        if (own && covers(named(own, bold), char)) font = named(own, bold);
      }
      // Spaces, digits and punctuation stay in the font of what they follow, when it has them.
      if (!font && last && !SCRIPTED.test(char) && covers(last.font, char)) font = last.font;
      font ??= fonts.find((f) => covers(f, char)) ?? first;
      if (last && last.font === font) last.text += char;
      else out.push({ font, text: char });
    }
    return out;
  }

  const measure = (piece: Piece, size: number): number =>
    pdf.font(piece.font).fontSize(size).widthOfString(piece.text, SHAPED);

  function width(text: string, style: TextStyle): number {
    return pieces(withoutControls(text), style.bold).reduce(
      (w, p) => w + measure(p, style.size),
      0,
    );
  }

  /**
   * The height of a line of `text` and where its baseline is, from the fonts it is drawn in.
   * Noto's Arabic leaves room for marks stacked three high (2.1 em a line): an ascent past 1 em
   * or a descent past 0.45 em is not counted, so Arabic lines are 1.45 em apart, Latin 1.16.
   */
  function metrics(text: string, style: TextStyle): { height: number; ascent: number } {
    let ascent = 0;
    let descent = 0;
    const fonts = new Set(pieces(withoutControls(text), style.bold).map((p) => p.font));
    if (fonts.size === 0) fonts.add(named(families[0] ?? 'latin', style.bold));
    for (const font of fonts) {
      const { ascender, descender } = loaded(font);
      ascent = Math.max(ascent, Math.min(ascender, 1000));
      descent = Math.max(descent, Math.min(-descender, 450));
    }
    return {
      height: ((ascent + descent) / 1000) * style.size,
      ascent: (ascent / 1000) * style.size,
    };
  }

  /** The pieces of a line's runs in the order they are drawn, left to right. */
  function drawn(runs: readonly DirectionalRun[], bold: boolean): Piece[] {
    return runs.flatMap((run) => {
      const parts = pieces(run.text, bold).map((p) => ({
        font: p.font,
        // fontkit turns a piece round when its first letters run right to left; a piece that
        // must run the other way is handed over turned round already.
        text: fontkitTurnsRound(p.text) === run.rtl ? p.text : turnedRound(p.text),
      }));
      return run.rtl ? parts.reverse() : parts;
    });
  }

  function line(text: string, style: TextStyle, x: number, y: number, ascent?: number): void {
    ascent ??= metrics(text, style).ascent;
    const runs = visualRuns(text, direction);
    const parts = drawn(runs, style.bold);
    const total = parts.reduce((w, p) => w + measure(p, style.size), 0);
    let at = direction === 'rtl' ? x - total : x;
    // A line that runs left to right says what it reads (Devanagari draws a vowel sign before
    // the consonant it follows). Not a line with right-to-left runs: poppler, and the viewers
    // built on it, would read that text backwards; they read its glyphs back in order as drawn.
    const actual = runs.every((r) => !r.rtl);
    if (actual) pdf.markContent('Span', { actual: withoutControls(text) });
    for (const part of parts) {
      pdf
        .font(part.font)
        .fontSize(style.size)
        .fillColor(style.colour)
        .text(part.text, at, y + ascent, { ...SHAPED, lineBreak: false, baseline: 'alphabetic' });
      at += measure(part, style.size);
    }
    if (actual) pdf.endMarkedContent();
  }

  /**
   * How wide a word (or a letter) is, kept: a line is as wide as its words and the spaces
   * between them, since no letter joins or kerns across a space, so wrapping lays each word out
   * once (fontkit's Indic shaping is slow; a 4,000-letter addition is allowed).
   */
  const widths = new Map<string, number>();
  function wordWidth(word: string, style: TextStyle): number {
    const key = `${style.bold ? 'b' : 'r'}${style.size}|${word}`;
    let known = widths.get(key);
    if (known === undefined) widths.set(key, (known = width(word, style)));
    return known;
  }

  /** `text` in lines no wider than `room`, broken at spaces (inside a word only when it must). */
  function wrap(text: string, style: TextStyle, room: number): string[] {
    const lines: string[] = [];
    const space = wordWidth(' ', style);
    // A tab is a space here: no font draws one.
    for (const hard of text.replace(/\t/gu, ' ').split(/\r\n|\r|\n/u)) {
      let current: string | null = null;
      let used = 0;
      for (const word of hard.split(' ')) {
        const more = wordWidth(word, style);
        if (current !== null && used + space + more <= room) {
          current = `${current} ${word}`;
          used += space + more;
          continue;
        }
        if (current !== null) lines.push(...cut(current, used, style, room));
        current = word;
        used = more;
      }
      lines.push(...cut(current ?? '', used, style, room));
    }
    return lines;
  }

  /** A line `used` wide, cut between letters (grapheme clusters) when one word overfills it. */
  function cut(text: string, used: number, style: TextStyle, room: number): string[] {
    if (used <= room) return [text];
    const out: string[] = [];
    let current = '';
    let along = 0;
    for (const { segment } of GRAPHEMES.segment(text)) {
      const more = wordWidth(segment, style);
      if (current !== '' && along + more > room) {
        out.push(current);
        current = '';
        along = 0;
      }
      current += segment;
      along += more;
    }
    if (current !== '') out.push(current);
    return out;
  }

  function paragraph(text: string, style: TextStyle, room: number): void {
    const { height, ascent } = metrics(text, style);
    const left = pdf.page.margins.left;
    for (const each of wrap(text, style, room)) {
      // A new page closes what is marked on this one and opens it again there.
      if (pdf.y + height > pdf.page.height - pdf.page.margins.bottom) pdf.continueOnNewPage();
      const top = pdf.y;
      line(each, style, direction === 'rtl' ? left + room : left, top, ascent);
      pdf.y = top + height;
    }
    pdf.x = left;
  }

  return { paragraph, line, width };
}
