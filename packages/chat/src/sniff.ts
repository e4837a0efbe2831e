import { ChatParseError } from './errors.ts';
import { createUtf8Decoder } from './text-decoder.ts';

/** The container a file turned out to be. */
export type Container = 'zip' | 'json' | 'text';

/** How many leading bytes decide the container. */
export const SNIFF_BYTES = 64 * 1024;

const isSpace = (b: number): boolean => b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d;

/**
 * Decides from the first bytes of a file what it is. Throws `empty` for nothing but
 * whitespace, `binary` for NUL bytes or invalid UTF-8 outside a zip.
 */
export function sniffContainer(head: Uint8Array): Container {
  if (
    head.length >= 4 &&
    head[0] === 0x50 &&
    head[1] === 0x4b &&
    head[2] === 0x03 &&
    head[3] === 0x04
  ) {
    return 'zip';
  }
  let i = 0;
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) i = 3;
  while (i < head.length && isSpace(head[i]!)) i++;
  if (i >= head.length) throw new ChatParseError('empty');
  if (head.includes(0)) throw new ChatParseError('binary');
  try {
    // `stream` lets a character cut at the end of the sample pass; anything else invalid throws.
    createUtf8Decoder(true).decode(head, { stream: true });
  } catch (cause) {
    throw new ChatParseError('binary', undefined, { cause });
  }
  return head[i] === 0x7b ? 'json' : 'text';
}
