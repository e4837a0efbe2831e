import { ChatParseError } from './errors.ts';
import { createUtf8Decoder, type Utf8Decoder } from './text-decoder.ts';

/**
 * No chat line comes near this many characters (WhatsApp caps a message at 65,536); a longer
 * run without a line break is not a chat, and holding it would only grow memory.
 */
export const MAX_LINE_CHARS = 4 * 1024 * 1024;

/**
 * Throws the error for a line longer than any chat message (MAX_LINE_CHARS UTF-16 units without
 * its break): every reader refuses exactly those lines, however the file arrives in chunks.
 */
export function refuseLongLine(): never {
  throw new ChatParseError('not_a_chat', 'It has a line longer than any chat message.');
}

/**
 * UTF-8 bytes in, lines out, chunk by chunk. Line ends are `\n` or `\r\n`; the break is not
 * part of the line. A multi-byte character split across chunks is joined by the decoder.
 */
export class LineSplitter {
  private readonly decoder: Utf8Decoder = createUtf8Decoder();
  private rest = '';

  constructor(private readonly onLine: (line: string) => void) {}

  /** Feeds the next chunk of bytes. */
  push(bytes: Uint8Array): void {
    this.feed(this.decoder.decode(bytes, { stream: true }));
  }

  /** Ends the input; the last line needs no line break. */
  end(): void {
    this.feed(this.decoder.decode());
    if (this.rest.length > 0) this.emit(this.rest);
    this.rest = '';
  }

  private feed(text: string): void {
    // One native split per chunk is cheaper than an indexOf call per line.
    const lines = (this.rest.length > 0 ? this.rest + text : text).split('\n');
    const last = lines.length - 1;
    for (let i = 0; i < last; i++) this.emit(lines[i]!);
    this.rest = lines[last]!;
    // Memory stays bounded; one unit more is allowed for a \r that may be the line's break.
    if (this.rest.length > MAX_LINE_CHARS + 1) refuseLongLine();
  }

  private emit(line: string): void {
    const n = line.length;
    const text = n > 0 && line.charCodeAt(n - 1) === 0x0d ? line.slice(0, n - 1) : line;
    if (text.length > MAX_LINE_CHARS) refuseLongLine();
    this.onLine(text);
  }
}
