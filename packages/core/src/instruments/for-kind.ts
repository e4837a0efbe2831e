/**
 * Which check-in instruments a circle of each kind may use (PRODUCT.md principle 3): the CSI is
 * a couple questionnaire — it asks about "your partner" — so it is offered to couples only.
 * recipro's own items are offered to every kind, worded for it.
 */
import type { CircleKind } from '../vocabulary.ts';
import { INSTRUMENT_IDS, type InstrumentId } from './types.ts';

const COUPLE_ONLY: readonly InstrumentId[] = ['csi4', 'csi16'];

/** True when a circle of this kind may open (or schedule) a check-in with this instrument. */
export const instrumentAllowedFor = (kind: CircleKind, instrumentId: InstrumentId): boolean =>
  kind === 'couple' || !COUPLE_ONLY.includes(instrumentId);

/** The ids of the instruments a circle of this kind may use, in registry order. */
export const instrumentsFor = (kind: CircleKind): readonly InstrumentId[] =>
  INSTRUMENT_IDS.filter((id) => instrumentAllowedFor(kind, id));
