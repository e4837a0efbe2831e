import { getInstrument, wordedFor, type CircleKind } from '@recipro/core';
import { describe, expect, it } from 'vitest';
import type { Instrument } from '../api-cycle.ts';
import { completeCatalogues } from '../i18n/complete.ts';
import { en } from '../i18n/en.ts';
import { installCatalogue } from '../i18n/index.ts';
import { inReadersWords, staysInEnglish } from './instrument-words.ts';

/** An instrument as the server sends it to a circle of this kind. */
const sent = (id: 'reciprocity' | 'csi4', kind: CircleKind) =>
  wordedFor(getInstrument(id)!, kind) as unknown as Instrument;

describe('a check-in’s questions in the reader’s language', () => {
  it('leaves them as the server sent them to an English reader', () => {
    const family = sent('reciprocity', 'family');
    expect(inReadersWords(family, 'family')).toEqual(family);
  });

  it('words recipro’s own in Spanish, for the circle’s kind, choices in the same order', () => {
    installCatalogue('es', completeCatalogues.es);
    try {
      const couple = inReadersWords(sent('reciprocity', 'couple'), 'couple');
      const family = inReadersWords(sent('reciprocity', 'family'), 'family');
      const english = sent('reciprocity', 'couple');
      expect(staysInEnglish(english)).toBe(false);
      for (const [i, item] of couple.items.entries()) {
        const source = english.items[i]!;
        expect(item.id).toBe(source.id);
        if (item.kind === 'choice' && source.kind === 'choice') {
          expect(item.text).not.toBe(source.text);
          expect(item.options.map((o) => o.score)).toEqual(source.options.map((o) => o.score));
          // ("No" is Spanish too, so not every choice changes.)
          expect(item.options.some((o, n) => o.label !== source.options[n]!.label)).toBe(true);
        }
      }
      // "Mostly my partner" and "Mostly my family" stay apart in Spanish too.
      const last = (instrument: Instrument) => {
        const item = instrument.items.find((i) => i.kind === 'choice' && i.options.length === 5);
        return item?.kind === 'choice' ? item.options[4]!.label : '';
      };
      expect(last(couple)).not.toBe(last(family));
    } finally {
      installCatalogue('en', en);
    }
  });

  it('keeps a published questionnaire in its authors’ English, and says so', () => {
    installCatalogue('ar', completeCatalogues.ar);
    try {
      const csi = sent('csi4', 'couple');
      expect(inReadersWords(csi, 'couple')).toEqual(csi);
      expect(staysInEnglish(csi)).toBe(true);
    } finally {
      installCatalogue('en', en);
    }
  });
});
