import { forDisplay, getInstrument, wordedFor, type CircleKind } from '@recipro/core';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Instrument, SentInstrument } from '../api-cycle.ts';
import { loadArea } from '../i18n/areas.ts';
import { completeCatalogues } from '../i18n/complete.ts';
import { en } from '../i18n/en.ts';
import { installCatalogue } from '../i18n/index.ts';
import { inReadersWords, staysInEnglish } from './instrument-words.ts';

/** An instrument as the server sends it: core's `forDisplay`, as the API uses it. */
const sent = (id: 'reciprocity' | 'csi4'): SentInstrument => forDisplay(getInstrument(id)!);

/** Core's English of recipro's own items as a circle of this kind reads them. */
const english = (kind: CircleKind) => wordedFor(getInstrument('reciprocity')!, kind);

// With the items' area, as the cycle's screens load it (i18n/areas.ts).
beforeEach(() => loadArea('checkinItems'));

describe('a check-in’s questions in the reader’s language', () => {
  it('words recipro’s own in English by id, as core writes them for each kind', () => {
    for (const kind of ['couple', 'family', 'team'] as const) {
      const worded = inReadersWords(sent('reciprocity'), kind);
      const source = english(kind);
      expect(worded.items.map((item) => item.id)).toEqual(source.items.map((item) => item.id));
      for (const [i, item] of worded.items.entries()) {
        const from = source.items[i]!;
        if (item.kind === 'choice' && from.kind === 'choice') {
          expect(item.text).toBe(from.text);
          expect(item.options).toEqual(from.options);
        }
      }
      expect(worded.instructions.map((i) => i.text)).toEqual(
        source.instructions.map((i) => i.text),
      );
    }
  });

  it('words recipro’s own in Spanish, for the circle’s kind, choices in the same order', async () => {
    installCatalogue('es', completeCatalogues.es);
    try {
      const couple = inReadersWords(sent('reciprocity'), 'couple');
      const family = inReadersWords(sent('reciprocity'), 'family');
      const source = english('couple');
      expect(staysInEnglish(sent('reciprocity'))).toBe(false);
      for (const [i, item] of couple.items.entries()) {
        const from = source.items[i]!;
        expect(item.id).toBe(from.id);
        if (item.kind === 'choice' && from.kind === 'choice') {
          expect(item.text).not.toBe(from.text);
          expect(item.options.map((o) => o.score)).toEqual(from.options.map((o) => o.score));
          // ("No" is Spanish too, so not every choice changes.)
          expect(item.options.some((o, n) => o.label !== from.options[n]!.label)).toBe(true);
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
      const csi = sent('csi4');
      expect(inReadersWords(csi, 'couple')).toEqual(csi);
      expect(staysInEnglish(csi)).toBe(true);
    } finally {
      installCatalogue('en', en);
    }
  });

  it('says an item newer than this copy of the app is, rather than show nothing', () => {
    const newer = sent('reciprocity');
    const item = { ...newer.items[0]!, id: 'an_item_to_come' };
    const worded = inReadersWords({ ...newer, items: [item] }, 'couple');
    expect(worded.items[0]?.kind === 'choice' && worded.items[0].text).toBe(
      'This question is newer than this page. Reload the page to read it.',
    );
  });
});
