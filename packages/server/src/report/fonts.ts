import fs from 'node:fs';
import type { Locale } from '@recipro/core';

/**
 * The fonts the report's PDF is written in, at Debian's paths: DejaVu Sans (fonts-dejavu-core)
 * for Latin, Greek and Cyrillic, and Noto Sans (fonts-noto-core) for Devanagari and Arabic,
 * which DejaVu lacks or draws only in part. PDFKit embeds them as TrueType, so fontkit shapes
 * them: Arabic letters joined, Devanagari conjuncts and vowel signs in place. `.ci/run` installs
 * both packages; a machine without the Noto fonts writes a Hindi or Arabic reader's PDF in
 * English with a note (`pdfLocale`), and one without DejaVu falls back to PDFKit's Helvetica.
 */
export type Family = 'latin' | 'devanagari' | 'arabic';

export interface FontFiles {
  readonly regular: string;
  readonly bold: string;
}

export type ReportFonts = Readonly<Partial<Record<Family, FontFiles>>>;

const DEJAVU = '/usr/share/fonts/truetype/dejavu';
const NOTO = '/usr/share/fonts/truetype/noto';

/** Where Debian puts each family. */
export const DEBIAN_FONTS: Readonly<Record<Family, FontFiles>> = {
  latin: { regular: `${DEJAVU}/DejaVuSans.ttf`, bold: `${DEJAVU}/DejaVuSans-Bold.ttf` },
  devanagari: {
    regular: `${NOTO}/NotoSansDevanagari-Regular.ttf`,
    bold: `${NOTO}/NotoSansDevanagari-Bold.ttf`,
  },
  arabic: {
    regular: `${NOTO}/NotoSansArabic-Regular.ttf`,
    bold: `${NOTO}/NotoSansArabic-Bold.ttf`,
  },
};

/** The families of `files` whose regular and bold files are both there. */
export function fontsAt(files: Readonly<Record<Family, FontFiles>>): ReportFonts {
  const found: Partial<Record<Family, FontFiles>> = {};
  for (const [family, pair] of Object.entries(files) as [Family, FontFiles][]) {
    if (fs.existsSync(pair.regular) && fs.existsSync(pair.bold)) found[family] = pair;
  }
  return found;
}

/** The script a language is written in, when the Latin font does not draw it. */
export const SCRIPT_FAMILY: Readonly<Partial<Record<Locale, Family>>> = {
  hi: 'devanagari',
  ar: 'arabic',
};

/**
 * The language a reader's PDF is written in: theirs when its script's font is on the machine,
 * else English (said in a note at the top).
 */
export function pdfLocale(locale: Locale, fonts: ReportFonts): Locale {
  const family = SCRIPT_FAMILY[locale];
  return family === undefined || fonts[family] !== undefined ? locale : 'en';
}
