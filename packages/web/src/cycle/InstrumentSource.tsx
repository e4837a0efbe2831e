import type { Instrument } from '../api-cycle.ts';

/** What the questions are: the published citation, or the label of recipro's own questions. */
export function InstrumentSource({ instrument }: { readonly instrument: Instrument }) {
  const line = instrument.citation ?? instrument.ownLabel;
  if (!line) return null;
  return <p className="source">{line}</p>;
}
