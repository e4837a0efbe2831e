/** Check-in instruments (data and exact scoring) and the RECIPRO prompt texts. See docs/instruments.md. */
export * from './types.ts';
export {
  CSI_CITATION,
  CSI_EXTENT_OPTIONS,
  CSI_FREQUENCY_OPTIONS,
  CSI_HAPPINESS_OPTIONS,
  CSI_TRUE_OPTIONS,
  NEGATIVE_LEFT_SCORES,
  POSITIVE_LEFT_SCORES,
} from './csi-scales.ts';
export * from './csi4.ts';
export * from './csi16.ts';
export * from './reciprocity.ts';
export * from './registry.ts';
export * from './for-kind.ts';
export * from './worded-for-kind.ts';
export * from './scoring.ts';
export * from './research-band.ts';
export * from './reveal.ts';
export * from './area-shares.ts';
export * from './trend.ts';
export * from './display.ts';
export * from './safety.ts';
export * from './coercive-control.ts';
export * from './reflection-prompts.ts';
export * from './needs-starters.ts';
export * from './values-questions.ts';
