import { createUtf8Decoder, type Utf8Decoder } from './text-decoder.ts';

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
    const s = this.rest.length > 0 ? this.rest + text : text;
    let start = 0;
    for (let nl = s.indexOf('\n'); nl !== -1; nl = s.indexOf('\n', start)) {
      this.emit(s.slice(start, nl));
      start = nl + 1;
    }
    this.rest = start === 0 ? s : s.slice(start);
  }

  private emit(line: string): void {
    const n = line.length;
    this.onLine(n > 0 && line.charCodeAt(n - 1) === 0x0d ? line.slice(0, n - 1) : line);
  }
}
