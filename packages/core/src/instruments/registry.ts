/** Every instrument by id. */
import { csi16 } from './csi16.ts';
import { csi4 } from './csi4.ts';
import { reciprocity } from './reciprocity.ts';
import { isInstrumentId, type Instrument, type InstrumentId } from './types.ts';

export const INSTRUMENTS: Readonly<Record<InstrumentId, Instrument>> = {
  csi4,
  csi16,
  reciprocity,
};

/** The instrument with this id, or null for an id that is not one (e.g. from a request body). */
export const getInstrument = (id: unknown): Instrument | null =>
  isInstrumentId(id) ? INSTRUMENTS[id] : null;
