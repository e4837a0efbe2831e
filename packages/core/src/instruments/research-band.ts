/**
 * The research band of a CSI total. INTERNAL: for research export and analysis only, NEVER for
 * display. Questionnaires like these over-diagnose distress compared with a clinical interview,
 * and recipro never shows a clinical label (PRODUCT.md, INSTRUMENTS.md). Screens show each
 * person's own answers and trend instead (see trend.ts).
 */
import { getInstrument } from './registry.ts';
import type { InstrumentId } from './types.ts';

export type ResearchBand = 'below_cut_off' | 'at_or_above_cut_off';

/**
 * NOT FOR DISPLAY. The published research band of a total: CSI-4 below 13.5, CSI-16 below
 * 51.5. Null for instruments without a cut-off and for a total outside the instrument's range.
 */
export function researchBandNotForDisplay(
  instrumentId: InstrumentId,
  total: number,
): ResearchBand | null {
  const instrument = getInstrument(instrumentId);
  if (!instrument?.total || instrument.researchCutOff === null) return null;
  if (!Number.isInteger(total) || total < instrument.total.min || total > instrument.total.max) {
    return null;
  }
  return total < instrument.researchCutOff ? 'below_cut_off' : 'at_or_above_cut_off';
}
