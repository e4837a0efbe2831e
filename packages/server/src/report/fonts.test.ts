import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEBIAN_FONTS, fontsAt, pdfLocale } from './fonts.ts';

const pair = { regular: '/fonts/Regular.ttf', bold: '/fonts/Bold.ttf' };

describe('the language of a reader’s PDF', () => {
  it('is theirs when the machine has a font for their script', () => {
    expect(pdfLocale('ar', { latin: pair, arabic: pair })).toBe('ar');
    expect(pdfLocale('hi', { devanagari: pair })).toBe('hi');
  });

  it('is English when it has none, whatever else it has', () => {
    expect(pdfLocale('ar', { latin: pair, devanagari: pair })).toBe('en');
    expect(pdfLocale('hi', { arabic: pair })).toBe('en');
    expect(pdfLocale('hi', {})).toBe('en');
  });

  it('is English or Spanish as asked, with or without fonts (Helvetica draws them)', () => {
    expect(pdfLocale('es', {})).toBe('es');
    expect(pdfLocale('en', {})).toBe('en');
  });
});

describe('the fonts on the machine', () => {
  it('are the families whose regular and bold files are both there', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'recipro-fonts-'));
    try {
      const file = (name: string) => path.join(dir, name);
      fs.writeFileSync(file('a.ttf'), '');
      fs.writeFileSync(file('a-bold.ttf'), '');
      fs.writeFileSync(file('d.ttf'), '');
      const found = fontsAt({
        latin: { regular: file('a.ttf'), bold: file('a-bold.ttf') },
        devanagari: { regular: file('d.ttf'), bold: file('d-bold.ttf') },
        arabic: { regular: file('x.ttf'), bold: file('x-bold.ttf') },
      });
      expect(found).toEqual({ latin: { regular: file('a.ttf'), bold: file('a-bold.ttf') } });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('are looked for at Debian’s paths (fonts-dejavu-core, fonts-noto-core)', () => {
    expect(DEBIAN_FONTS.latin.regular).toBe('/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf');
    expect(DEBIAN_FONTS.arabic.bold).toBe('/usr/share/fonts/truetype/noto/NotoSansArabic-Bold.ttf');
    expect(DEBIAN_FONTS.devanagari.regular).toBe(
      '/usr/share/fonts/truetype/noto/NotoSansDevanagari-Regular.ttf',
    );
  });
});
