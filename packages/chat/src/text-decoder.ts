/**
 * The slice of the WHATWG `TextDecoder` this package uses. It exists in every runtime we
 * target (Node, browsers, Workers) but not in the ES library types, and the package compiles
 * without DOM or Node types on purpose, so it is reached through `globalThis` here, once.
 */
export interface Utf8Decoder {
  decode(input?: Uint8Array, options?: { stream?: boolean }): string;
}

interface DecoderConstructor {
  new (label: string, options?: { fatal?: boolean; ignoreBOM?: boolean }): Utf8Decoder;
}

/**
 * A UTF-8 decoder. With `fatal`, malformed bytes throw a TypeError instead of becoming U+FFFD.
 * The byte-order mark is kept (`ignoreBOM`) so callers see exactly what the file holds.
 */
export function createUtf8Decoder(fatal = false): Utf8Decoder {
  const ctor = (globalThis as unknown as { TextDecoder?: DecoderConstructor }).TextDecoder;
  if (ctor === undefined) throw new Error('TextDecoder is not available in this runtime');
  return new ctor('utf-8', { fatal, ignoreBOM: true });
}
