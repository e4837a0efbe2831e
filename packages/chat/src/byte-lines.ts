import { MAX_LINE_CHARS, refuseLongLine } from './lines.ts';
import { heldBackBytes, utf16Length } from './utf8.ts';

/** Receives one line as `bytes[start..end)`; the bytes are only valid during the call. */
export type ByteLineSink = (bytes: Uint8Array, start: number, end: number) => void;

/**
 * The same lines as {@link LineSplitter}, as byte ranges instead of strings: nothing is
 * decoded. Line ends are `\n` or `\r\n`, the break is not part of the line, a line cut
 * between chunks is joined, and the too-long-line check counts UTF-16 units as the string
 * splitter does, so both refuse the same input at the same point.
 */
export class ByteLineSplitter {
  /** The start of a line whose end has not arrived yet. */
  private carry = new Uint8Array(256);
  private carryLength = 0;

  constructor(private readonly onLine: ByteLineSink) {}

  /** Feeds the next chunk of bytes. */
  push(bytes: Uint8Array): void {
    let start = 0;
    let nl = bytes.indexOf(0x0a);
    if (nl !== -1 && this.carryLength > 0) {
      this.keep(bytes, 0, nl);
      this.emit(this.carry, 0, this.carryLength);
      this.carryLength = 0;
      start = nl + 1;
      nl = bytes.indexOf(0x0a, start);
    }
    while (nl !== -1) {
      this.emit(bytes, start, nl);
      start = nl + 1;
      nl = bytes.indexOf(0x0a, start);
    }
    this.keep(bytes, start, bytes.length);
    // Memory stays bounded: a line that cannot end short enough is refused now. One unit more
    // is allowed, for a \r that may turn out to be its break. A streaming decoder would not
    // have produced the bytes of a character cut at the end yet.
    const carry = this.carry;
    const length = this.carryLength;
    if (
      length > MAX_LINE_CHARS + 1 &&
      utf16Length(carry, 0, length - heldBackBytes(carry, 0, length)) > MAX_LINE_CHARS + 1
    ) {
      refuseLongLine();
    }
  }

  /** Ends the input; the last line needs no line break. */
  end(): void {
    const length = this.carryLength;
    if (length === 0) return;
    this.carryLength = 0;
    this.emit(this.carry, 0, length);
  }

  private keep(bytes: Uint8Array, start: number, end: number): void {
    const n = end - start;
    if (n === 0) return;
    const need = this.carryLength + n;
    if (need > this.carry.length) {
      const bigger = new Uint8Array(Math.max(need, this.carry.length * 2));
      bigger.set(this.carry.subarray(0, this.carryLength));
      this.carry = bigger;
    }
    this.carry.set(bytes.subarray(start, end), this.carryLength);
    this.carryLength = need;
  }

  private emit(bytes: Uint8Array, start: number, end: number): void {
    const lineEnd = end > start && bytes[end - 1] === 0x0d ? end - 1 : end;
    if (lineEnd - start > MAX_LINE_CHARS && utf16Length(bytes, start, lineEnd) > MAX_LINE_CHARS) {
      refuseLongLine();
    }
    this.onLine(bytes, start, lineEnd);
  }
}
