import type { Instrument, InstrumentItem } from './types.ts';

/** An item as sent: a published questionnaire's words, or none (recipro's own, worded by id). */
export type DisplayItem =
  | (Omit<Extract<InstrumentItem, { kind: 'choice' }>, 'text' | 'options'> & {
      readonly text: string | null;
      readonly options: readonly { readonly label: string | null; readonly score: number }[];
    })
  | (Omit<Extract<InstrumentItem, { kind: 'word_pair' }>, 'left' | 'right'> & {
      readonly left: string | null;
      readonly right: string | null;
    });

export interface DisplayInstrument extends Omit<
  Instrument,
  'researchCutOff' | 'name' | 'items' | 'instructions'
> {
  readonly name: string | null;
  readonly items: readonly DisplayItem[];
  readonly instructions: readonly {
    readonly text: string | null;
    readonly itemIds: readonly string[];
  }[];
}

/**
 * An instrument as people may see it. Its research cut-off is never sent (no clinical labels). A
 * published questionnaire (the CSI) keeps its authors' English, as published; recipro's own
 * goes without words, its structure only (ids, positions, scores, what is private): the reader's
 * language words each item, choice and instruction by id, for the circle's kind (issue 17: the
 * server sends ids, never sentences). Its provenance and label stay documented
 * (docs/instruments.md) rather than sent in one language.
 */
export function forDisplay({
  researchCutOff: _internal,
  ...instrument
}: Instrument): DisplayInstrument {
  if (instrument.origin === 'validated') return instrument;
  return {
    ...instrument,
    name: null,
    ownLabel: null,
    instructions: instrument.instructions.map(({ itemIds }) => ({ text: null, itemIds })),
    items: instrument.items.map((item) =>
      item.kind === 'choice'
        ? {
            ...item,
            text: null,
            provenance: null,
            options: item.options.map(({ score }) => ({ label: null, score })),
          }
        : { ...item, left: null, right: null, provenance: null },
    ),
  };
}
