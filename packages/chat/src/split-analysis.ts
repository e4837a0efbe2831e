import { analyzeChat, chatReport, type AnalyzeOptions } from './analyze.ts';
import { ByteLineSplitter } from './byte-lines.ts';
import { ChatParseError } from './errors.ts';
import { MAX_LINE_CHARS, refuseLongLine } from './lines.ts';
import {
  MetricsAccumulator,
  type AccumulatorPart,
  type MetricsOptions,
} from './metrics/accumulator.ts';
import type { ChatReport } from './metrics/report.ts';
import { SNIFF_BYTES, sniffContainer } from './sniff.ts';
import { utf16Length } from './utf8.ts';
import { WhatsAppByteParser, type WhatsAppLock } from './whatsapp/byte-parser.ts';

/**
 * A file read at any offset, synchronously: a file descriptor in Node, or a File through
 * FileReaderSync in a browser Worker.
 */
export interface RandomAccessBytes {
  readonly size: number;
  /**
   * The bytes `[offset, offset + length)`, fewer at the end of the file: in `into` when it is
   * given (and long enough), else in a new array.
   */
  read(offset: number, length: number, into?: Uint8Array): Uint8Array;
}

/**
 * How the rest of a WhatsApp text export is counted in segments, in any order and on any
 * thread, once its head has settled how lines are read. Plain data, for a worker.
 *
 * Segment `i` is nominally the bytes `[i × chunkBytes, (i + 1) × chunkBytes)`. It really
 * starts at the first line at or after its nominal start that starts a message, and ends
 * where the next segment starts: whoever reads a segment finds both ends the same way, so
 * the segments cover the file exactly, each message in one of them.
 */
export interface SplitPlan {
  readonly lock: WhatsAppLock;
  readonly chunkBytes: number;
  /** The first segment after the head, and one past the last. */
  readonly first: number;
  readonly end: number;
  readonly metrics: MetricsOptions;
}

/** What {@link analyzeHead} read. */
export interface HeadAnalysis {
  /** How to count the rest, or null when the head already read the whole file. */
  readonly plan: SplitPlan | null;
  /**
   * The report of the whole file: the head's counts with each segment's part appended in
   * order (`parts[k]` is segment `plan.first + k`). Call once.
   */
  report(parts: readonly AccumulatorPart[]): ChatReport;
}

/** Lines visited beyond a segment's end are read from a window this much longer. */
const OVERHANG = 64 * 1024;
/** Blocks the head reads with. */
const BLOCK = 1 << 20;

/**
 * Reads a chat export from its start until what decides how its lines are read (the header
 * shape in the sample, the date order) is settled, and the head ends at a line start where a
 * message starts; then plans the rest as segments for {@link analyzeSegment}. Small files, and
 * anything but a WhatsApp text export, are read whole, as {@link analyzeChat} does.
 *
 * The report of the head and its segments is the report analyzeChat gives for the file, and
 * the errors are its errors (tested for every fixture and for generated exports cut into small
 * segments).
 */
export async function analyzeHead(
  file: RandomAccessBytes,
  options: AnalyzeOptions,
  chunkBytes: number,
): Promise<HeadAnalysis> {
  const size = file.size;
  if (size > (options.maxBytes ?? Infinity)) throw new ChatParseError('too_large');
  if (size < 2 * chunkBytes || sniffContainer(file.read(0, SNIFF_BYTES)) !== 'text') {
    const report = await analyzeChat(blocks(file), options);
    return { plan: null, report: () => report };
  }
  const metrics = new MetricsAccumulator(options);
  const parser = new WhatsAppByteParser(metrics, options);
  const lines = new ByteLineSplitter((bytes, start, end) => parser.pushLine(bytes, start, end));
  const whole = (): HeadAnalysis => {
    lines.end();
    const dateOrder = parser.end();
    const report = chatReport(metrics, { format: 'whatsapp', dateOrder }, options);
    return { plan: null, report: () => report };
  };

  let read = 0;
  for (let k = 1; read < size; k++) {
    const cut = Math.min(size, lineStartFrom(file, k * chunkBytes));
    for (const block of blocks(file, read, cut)) lines.push(block);
    read = cut;
    options.onProgress?.(read);
    const lock = read < size ? parser.settled() : null;
    if (lock === null) continue;
    // The lines up to the next message start still belong to the head's last message.
    const start = eachLine(file, read, OVERHANG, (bytes, from, to) => {
      if (parser.startsMessage(bytes, from, to)) return false;
      parser.pushLine(bytes, from, to);
      return true;
    });
    if (start === size) return whole();
    const plan: SplitPlan = {
      lock,
      chunkBytes,
      first: k,
      end: Math.ceil(size / chunkBytes),
      metrics: { silenceSeconds: options.silenceSeconds, extraSilences: options.extraSilences },
    };
    return {
      plan,
      report(parts) {
        const dateOrder = parser.end();
        for (const part of parts) metrics.appendPart(part);
        return chatReport(metrics, { format: 'whatsapp', dateOrder }, options);
      },
    };
  }
  return whole();
}

/** Counts segment `index` of `plan` (see {@link SplitPlan}). */
export function analyzeSegment(
  file: RandomAccessBytes,
  plan: SplitPlan,
  index: number,
): AccumulatorPart {
  const metrics = new MetricsAccumulator(plan.metrics);
  const parser = WhatsAppByteParser.resume(metrics, plan.lock);
  const nominalEnd = (index + 1) * plan.chunkBytes;
  let started = false;
  eachLine(
    file,
    lineStartFrom(file, index * plan.chunkBytes),
    plan.chunkBytes + OVERHANG,
    (bytes, start, end, offset) => {
      if (!started) {
        // Lines before the first message start belong to the segment before.
        if (!parser.startsMessage(bytes, start, end)) return true;
        if (offset >= nominalEnd) return false;
        started = true;
      } else if (offset >= nominalEnd && parser.startsMessage(bytes, start, end)) {
        return false;
      }
      parser.pushLine(bytes, start, end);
      return true;
    },
  );
  parser.end();
  return metrics.toPart();
}

/** The first line start at or after `offset` (the file's size when there is none). */
function lineStartFrom(file: RandomAccessBytes, offset: number): number {
  if (offset <= 0) return 0;
  for (let at = offset - 1, step = 4096; at < file.size; at += step, step *= 2) {
    const bytes = file.read(at, step);
    const nl = bytes.indexOf(0x0a);
    if (nl !== -1) return at + nl + 1;
  }
  return file.size;
}

/**
 * The window eachLine reads into, kept from call to call: one per thread, as every module is.
 * A fresh window per segment was most of the garbage a thread made.
 */
let scratch = new Uint8Array(0);

/**
 * Visits the lines from `from` (a line start) as `bytes[start..end)` without their break,
 * with the line's offset in the file, until `visit` returns false or the file ends. Returns
 * the offset of the line it stopped at, or the file's size. Reads `window` bytes at a time,
 * more when a line needs it; refuses lines longer than any chat message.
 */
function eachLine(
  file: RandomAccessBytes,
  from: number,
  window: number,
  visit: (bytes: Uint8Array, start: number, end: number, offset: number) => boolean,
): number {
  let base = from;
  let length = window;
  while (base < file.size) {
    if (scratch.length < length) scratch = new Uint8Array(length);
    const bytes = file.read(base, length, scratch);
    const last = base + bytes.length >= file.size;
    let start = 0;
    for (;;) {
      let nl = bytes.indexOf(0x0a, start);
      if (nl === -1) {
        if (!last) break;
        nl = bytes.length;
      }
      const end = nl > start && bytes[nl - 1] === 0x0d ? nl - 1 : nl;
      if (end - start > MAX_LINE_CHARS && utf16Length(bytes, start, end) > MAX_LINE_CHARS) {
        refuseLongLine();
      }
      if (!visit(bytes, start, end, base + start)) return base + start;
      start = nl + 1;
      if (start >= bytes.length) break;
    }
    if (last && start >= bytes.length) return file.size;
    // The window ended inside a line: read again from that line's start.
    if (start === 0) {
      if (bytes.length > 3 * MAX_LINE_CHARS) refuseLongLine();
      length *= 2;
    }
    base += start;
  }
  return file.size;
}

/** The bytes `[from, to)` of the file in blocks. */
function* blocks(file: RandomAccessBytes, from = 0, to = file.size): Generator<Uint8Array> {
  for (let at = from; at < to; at += BLOCK) yield file.read(at, Math.min(BLOCK, to - at));
}
