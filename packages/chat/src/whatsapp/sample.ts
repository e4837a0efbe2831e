import { ChatParseError } from '../errors.ts';
import { findColonAuthors } from './colon-authors.ts';

/** How many lines are read before the header shape is locked. */
export const SAMPLE_LINES = 400;

/** A header line of the sample: its shape, and the text after the header. */
export interface SampleHeader {
  readonly shape: number;
  readonly body: string;
}

/** What the sample decides for the whole export. */
export interface SampleDecision {
  /** The most common header shape; only lines of this shape start messages. */
  readonly shape: number;
  /** Authors whose names hold ": " (see colon-authors.ts). */
  readonly colonAuthors: string[];
}

/**
 * Locks the export's header shape from the header lines of its sample (the first shape to
 * reach the highest count wins) and learns names holding ": " from the lines of that shape.
 * Throws `not_a_chat` when the sample has no header at all.
 */
export function decideFromSample(headers: readonly SampleHeader[]): SampleDecision {
  const counts = new Map<number, number>();
  for (const h of headers) counts.set(h.shape, (counts.get(h.shape) ?? 0) + 1);
  let best = 0;
  let shape = -1;
  for (const [candidate, count] of counts) {
    if (count > best) {
      best = count;
      shape = candidate;
    }
  }
  if (best === 0)
    throw new ChatParseError('not_a_chat', 'No line starts with a WhatsApp date and time.');
  const bodies = headers.filter((h) => h.shape === shape).map((h) => h.body);
  return { shape, colonAuthors: findColonAuthors(bodies) };
}
