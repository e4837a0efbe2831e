/**
 * The shape of a check-in instrument as data. A server stores each answer as the 0-based
 * position of the chosen option as printed (left to right, top to bottom) and looks the scored
 * value up here: the score of a position comes from the item, never from the position itself.
 */

/** The instruments a check-in may use. Stable ids: the API and storage use them as they are. */
export const INSTRUMENT_IDS = ['csi4', 'csi16', 'reciprocity'] as const;
export type InstrumentId = (typeof INSTRUMENT_IDS)[number];

export const isInstrumentId = (value: unknown): value is InstrumentId =>
  typeof value === 'string' && (INSTRUMENT_IDS as readonly string[]).includes(value);

/** One printed answer option and the number stored for it. */
export interface ChoiceOption {
  readonly label: string;
  /** For the CSI, the published scored value; for recipro's own items, a descriptive value. */
  readonly score: number;
}

/** Why one of recipro's own items exists: the construct it was written from (clean-room). */
export interface Provenance {
  /** The construct the item measures, as the definition the author wrote from. */
  readonly construct: string;
  /** Where the idea comes from, in a line; never copied wording. */
  readonly basis: string;
}

interface ItemBase {
  /** Stable id, e.g. `csi4_1` or `fairness`. */
  readonly id: string;
  /** 1-based number of the item within its instrument, as printed. */
  readonly number: number;
  /** Item number in the CSI-32, for CSI items; null otherwise. */
  readonly csi32Number: number | null;
  /**
   * Never shown to other members, never in the circle's reveal or export: only the member who
   * answered sees it. Used for the safety item.
   */
  readonly private: boolean;
  /** Positions that suggest fear or harm (see safety.ts); empty for most items. */
  readonly safetyConcernAt: readonly number[];
  /** For recipro's own items; null for the CSI. */
  readonly provenance: Provenance | null;
}

/** A question with labelled options, printed in the authors' (or recipro's) order. */
export interface ChoiceItem extends ItemBase {
  readonly kind: 'choice';
  readonly text: string;
  readonly options: readonly ChoiceOption[];
}

/**
 * A semantic-differential word pair: `left` and `right` words with unlabelled positions
 * between them (the authors print blank circles). `scores[p]` is the value of position p,
 * counted from the left word.
 */
export interface WordPairItem extends ItemBase {
  readonly kind: 'word_pair';
  readonly left: string;
  readonly right: string;
  readonly scores: readonly number[];
}

export type InstrumentItem = ChoiceItem | WordPairItem;

/** An instruction line printed before a run of items. */
export interface InstrumentInstruction {
  readonly text: string;
  /** Ids of the items it introduces, in order. */
  readonly itemIds: readonly string[];
}

export interface Instrument {
  readonly id: InstrumentId;
  /**
   * Bumped whenever items, options, order or scoring change (never for the CSI, whose text is
   * fixed). Store it with each check-in: positions only mean something against their version.
   */
  readonly version: number;
  /** Name to show with the instrument. */
  readonly name: string;
  /** `validated`: a published scale kept verbatim; `own`: recipro's own items. */
  readonly origin: 'validated' | 'own';
  /** The line to show with recipro's own items saying what they are; null for the CSI. */
  readonly ownLabel: string | null;
  /** The citation to show with a published instrument, exactly; null for own items. */
  readonly citation: string | null;
  readonly instructions: readonly InstrumentInstruction[];
  readonly items: readonly InstrumentItem[];
  /** Range of the total; null when the instrument has no total. */
  readonly total: { readonly min: number; readonly max: number } | null;
  /**
   * Research cut-off on the total (totals below it fall in the lower band). Internal and for
   * research export only: never shown to anyone. Null when there is none.
   */
  readonly researchCutOff: number | null;
}

/** The value of every position of an item, in printed order. */
export const positionScores = (item: InstrumentItem): readonly number[] =>
  item.kind === 'choice' ? item.options.map((option) => option.score) : item.scores;
