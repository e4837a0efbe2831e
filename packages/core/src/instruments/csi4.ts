/**
 * CSI-4: items 1, 12, 19 and 22 of the CSI-32, verbatim. Total 0–21, higher = more satisfied;
 * every item is required. (Not CSI-16 items 1–4: see INSTRUMENTS.md, "Mistakes seen".)
 */
import {
  CSI_CITATION,
  CSI_EXTENT_OPTIONS,
  CSI_HAPPINESS_OPTIONS,
  CSI_TRUE_OPTIONS,
  csiChoice,
} from './csi-scales.ts';
import type { Instrument } from './types.ts';

export const csi4: Instrument = {
  id: 'csi4',
  version: 1,
  name: 'Couples Satisfaction Index (CSI-4)',
  origin: 'validated',
  ownLabel: null,
  citation: CSI_CITATION,
  instructions: [],
  items: [
    csiChoice(
      'csi4_1',
      1,
      1,
      'Please indicate the degree of happiness, all things considered, of your relationship.',
      CSI_HAPPINESS_OPTIONS,
    ),
    csiChoice(
      'csi4_2',
      2,
      12,
      'I have a warm and comfortable relationship with my partner.',
      CSI_TRUE_OPTIONS,
    ),
    csiChoice(
      'csi4_3',
      3,
      19,
      'How rewarding is your relationship with your partner?',
      CSI_EXTENT_OPTIONS,
    ),
    csiChoice(
      'csi4_4',
      4,
      22,
      'In general, how satisfied are you with your relationship?',
      CSI_EXTENT_OPTIONS,
    ),
  ],
  total: { min: 0, max: 21 },
  researchCutOff: 13.5,
};
