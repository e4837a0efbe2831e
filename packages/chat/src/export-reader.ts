import { ChatParseError } from './errors.ts';
import type { ByteSource } from './model.ts';
import type { ParseOptions, ParseSummary } from './parse.ts';
import { SNIFF_BYTES, sniffContainer, type Container } from './sniff.ts';

/** Consumes the bytes of one container (zip, JSON or text) once it is known. */
export interface Reader {
  push(bytes: Uint8Array): void;
  end(): ParseSummary;
}

/** Makes the reader for the container the first bytes showed. */
export type OpenReader = (container: Container) => Reader;

/**
 * Reads an export in one pass: gathers the first bytes until they decide the container,
 * then hands every chunk to the reader `open` makes for it. Enforces the size limit and
 * reports progress. The same loop serves messages (parseChat) and counts (analyzeChat).
 */
export async function readExport(
  source: ByteSource,
  options: ParseOptions,
  open: OpenReader,
): Promise<ParseSummary> {
  const maxBytes = options.maxBytes ?? Infinity;
  let total = 0;
  let reader: Reader | null = null;
  let head: Uint8Array[] = [];
  let headBytes = 0;
  for await (const chunk of source) {
    total += chunk.length;
    if (total > maxBytes) throw new ChatParseError('too_large');
    if (reader === null) {
      head.push(chunk);
      headBytes += chunk.length;
      if (headBytes >= SNIFF_BYTES) {
        reader = openWith(open, concat(head, headBytes));
        head = [];
      }
    } else if (chunk.length > 0) {
      reader.push(chunk);
    }
    options.onProgress?.(total);
  }
  reader ??= openWith(open, concat(head, headBytes));
  return reader.end();
}

function openWith(open: OpenReader, head: Uint8Array): Reader {
  // Exactly the first SNIFF_BYTES decide, however the file arrives in chunks.
  const reader = open(sniffContainer(head.subarray(0, SNIFF_BYTES)));
  reader.push(head);
  return reader;
}

/** The chunks as one array (the chunk itself when there is one). */
export function concat(chunks: Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
